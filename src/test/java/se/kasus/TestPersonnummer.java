package se.kasus;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique personnummer for tests, in the 98x serial range used for test persons. */
public final class TestPersonnummer {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPersonnummer() {
    }

    public static String next() {
        int n = NEXT.getAndIncrement();
        String date = String.format("19%02d%02d%02d", 30 + n / 300 % 60, 1 + n / 28 % 12, 1 + n % 28);
        String serial = "98" + (n / 16800 % 10);
        String ten = date.substring(2) + serial;
        return date + "-" + serial + luhn(ten);
    }

    /** The check digit of a personnummer's first nine digits (YYMMDDNNN). */
    public static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
