package se.kasus.registry;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A Swedish personnummer (folkbokföringslagen (1991:481) 18 §) or samordningsnummer (18 a §), validated in full
 * and held in the canonical form {@code YYYYMMDD-NNNN}.
 *
 * <p>Accepted input, after surrounding whitespace is stripped:
 * <ul>
 *   <li>10 digits: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN} or {@code YYMMDDNNNN};</li>
 *   <li>12 digits: {@code YYYYMMDD-NNNN} or {@code YYYYMMDDNNNN}.</li>
 * </ul>
 * Nothing else: no letters (so no interim numbers such as {@code T} numbers), no other separator (space, slash,
 * en dash), at most one separator and only before the last four digits.
 *
 * <p><b>Century.</b> In the 10-digit form the separator carries the century. Skatteverket's practice, from
 * folkbokföringslagen 18 § second paragraph, is by calendar year, not by birthday: "det år en person fyller 100
 * år byts bindestrecket ut mot ett plustecken". So, relative to a reference date ("today"):
 * <ul>
 *   <li>{@code -}: born in one of the last 99 years or this year (turns 100 in a later year). A date later this
 *       year is therefore a future date and rejected: that person is written with {@code +} already.</li>
 *   <li>{@code +}: turns 100 this year or turned 100 earlier; the latest such century is taken.</li>
 *   <li>no separator: the century is not given at all, so the latest date that is not in the future is taken
 *       (age below 100 in completed years). This is the common reading of numbers typed without separator and
 *       differs from {@code -} only for someone who turns 100 later this year.</li>
 * </ul>
 * In the 12-digit form the century is in the number and Skatteverket writes only {@code -} (or nothing); a
 * {@code +} there is rejected rather than ignored, because it either contradicts the four-digit year or is a typing
 * mistake, and guessing could match the wrong person.
 *
 * <p><b>Rules checked</b>, in this order, each with its own Swedish message in
 * {@link InvalidPersonnummerException}: characters, number of separators, number of digits, place of the
 * separator, {@code +} in the 12-digit form,
 * real calendar date (leap years included; for a samordningsnummer the day is 61–91 and must give a real date
 * after subtracting 60), not in the future, födelsenummer not {@code 000} (Skatteverket never assigns it), and
 * the Luhn check digit over the 10-digit form.
 *
 * <p><b>Own implementation, no library.</b> The arithmetic is small and written here rather than taken from
 * {@code dev.personnummer:personnummer}. Judging by its source (3.x), that library accepts a {@code +} in the
 * 12-digit form, does not reject future dates, reads "today" from the system clock rather than the application's
 * clock, and throws one generic message whatever rule failed: it rejects less than we must and cannot tell the
 * user what is wrong.
 */
public final class Personnummer {

    /** Europe/Stockholm: a person born just after midnight Swedish time is born "today" here, not tomorrow. */
    private static final Clock DEFAULT_CLOCK = Clock.system(ZoneId.of("Europe/Stockholm"));
    private static final int SAMORDNING_DAY_OFFSET = 60;

    /** Twelve digits, {@code YYYYMMDDNNNC}, the day as written (plus 60 for a samordningsnummer). */
    private final String digits;
    private final LocalDate birthDate;
    private final boolean samordningsnummer;

    private Personnummer(String digits, LocalDate birthDate, boolean samordningsnummer) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.samordningsnummer = samordningsnummer;
    }

    /**
     * Parses with today's date in Sweden as the reference date for the century of a 10-digit number.
     *
     * @throws InvalidPersonnummerException if the input breaks any rule in the class description
     */
    public static Personnummer parse(String input) {
        return parse(input, LocalDate.now(DEFAULT_CLOCK));
    }

    /**
     * Parses with {@code today} as the reference date for the century of a 10-digit number and for the rule that
     * the date may not lie in the future.
     *
     * @throws InvalidPersonnummerException if the input breaks any rule in the class description
     */
    public static Personnummer parse(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String text = requireText(input);
        requireAllowedCharacters(text);
        requireAtMostOneSeparator(text);
        String given = text.replace("-", "").replace("+", "");
        requireLength(given);
        char separator = separatorOf(text);
        if (given.length() == 12 && separator == '+') {
            throw invalid("Plustecken används bara när året har två siffror; skriv bindestreck när året har fyra.");
        }
        String twelve = given.length() == 12 ? given : resolveCentury(given, separator, today) + given;
        return validated(twelve, today);
    }

    /** The canonical form {@code YYYYMMDD-NNNN}, as stored in the person table. */
    @Override
    public String toString() {
        return digits.substring(0, 8) + "-" + digits.substring(8);
    }

    /**
     * The ten digits {@code YYMMDDNNNN} without separator, the form the check digit is computed over. The century
     * is lost, so use it for display or exchange with systems that want it, never as a key.
     */
    public String tenDigitForm() {
        return digits.substring(2);
    }

    /** The real date of birth; for a samordningsnummer the day written in the number minus 60. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** Whether this is a samordningsnummer (day of month written as 61–91) rather than a personnummer. */
    public boolean isSamordningsnummer() {
        return samordningsnummer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Personnummer that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    private static String requireText(String input) {
        if (input == null || input.isBlank()) {
            throw invalid("Personnummer saknas.");
        }
        return input.strip();
    }

    /** ASCII digits only: {@link Character#isDigit} would let Arabic-Indic and other digits through. */
    private static void requireAllowedCharacters(String text) {
        for (char c : text.toCharArray()) {
            if (!isAsciiDigit(c) && !isSeparator(c)) {
                throw invalid("Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.");
            }
        }
    }

    private static void requireAtMostOneSeparator(String text) {
        if (text.chars().filter(c -> isSeparator((char) c)).count() > 1) {
            throw invalid("Personnumret får bara ha ett skiljetecken, antingen bindestreck eller plustecken.");
        }
    }

    /**
     * The separator, checked to stand before the last four digits, or {@code 0} if there is none. Runs after the
     * length check, so a missing digit is reported as such rather than as a misplaced separator.
     */
    private static char separatorOf(String text) {
        if (text.chars().noneMatch(c -> isSeparator((char) c))) {
            return 0;
        }
        int at = text.length() - 5;
        if (at < 0 || !isSeparator(text.charAt(at))) {
            throw invalid("Bindestreck eller plustecken ska stå före de fyra sista siffrorna.");
        }
        return text.charAt(at);
    }

    private static void requireLength(String digits) {
        if (digits.length() != 10 && digits.length() != 12) {
            throw invalid("Personnumret ska ha 10 eller 12 siffror.");
        }
    }

    /**
     * The two century digits for a 10-digit number, by the rules in the class description. Month and day are
     * compared as numbers, so an impossible date still gets a century and then fails as a date.
     */
    private static String resolveCentury(String ten, char separator, LocalDate today) {
        int yy = Integer.parseInt(ten.substring(0, 2));
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100); // latest year ending in yy
        if (separator == '+') {
            year -= 100;
        } else if (separator == 0 && year == today.getYear() && monthDay(ten) > monthDay(today)) {
            year -= 100;
        }
        return String.format("%02d", year / 100);
    }

    /** Month and day as MMDD, the day of a samordningsnummer already reduced by 60. */
    private static int monthDay(String ten) {
        return Integer.parseInt(ten.substring(2, 4)) * 100 + birthDay(Integer.parseInt(ten.substring(4, 6)));
    }

    private static int monthDay(LocalDate date) {
        return date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static Personnummer validated(String twelve, LocalDate today) {
        int writtenDay = Integer.parseInt(twelve.substring(6, 8));
        boolean samordning = isSamordningDay(writtenDay);
        LocalDate birthDate = realDate(twelve, samordning);
        if (birthDate.isAfter(today)) {
            throw invalid("Datumet " + twelve.substring(0, 8) + " ligger i framtiden.");
        }
        if (twelve.startsWith("000", 8)) {
            throw invalid("Födelsenumret 000 finns inte; de tre siffrorna före kontrollsiffran ska vara 001–999.");
        }
        if (!hasValidCheckDigit(twelve.substring(2))) {
            throw invalid("Kontrollsiffran stämmer inte.");
        }
        return new Personnummer(twelve, birthDate, samordning);
    }

    private static LocalDate realDate(String twelve, boolean samordning) {
        int year = Integer.parseInt(twelve.substring(0, 4));
        int month = Integer.parseInt(twelve.substring(4, 6));
        int day = birthDay(Integer.parseInt(twelve.substring(6, 8)));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            String date = twelve.substring(0, 8);
            throw invalid(samordning
                    ? "Datumet " + date + " finns inte; i ett samordningsnummer ska dagen minus 60 ge en verklig dag."
                    : "Datumet " + date + " finns inte.");
        }
    }

    /** Samordningsnummer carry the day of birth plus 60 (18 a § folkbokföringslagen), so 61–91. */
    private static boolean isSamordningDay(int writtenDay) {
        return writtenDay >= 1 + SAMORDNING_DAY_OFFSET && writtenDay <= 31 + SAMORDNING_DAY_OFFSET;
    }

    private static int birthDay(int writtenDay) {
        return isSamordningDay(writtenDay) ? writtenDay - SAMORDNING_DAY_OFFSET : writtenDay;
    }

    /** Luhn (modulus 10) over the ten digits: weights 2,1,2,1,… on the first nine; digits of products are summed. */
    private static boolean hasValidCheckDigit(String ten) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10 == ten.charAt(9) - '0';
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '+';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static InvalidPersonnummerException invalid(String message) {
        return new InvalidPersonnummerException(message);
    }
}
