package se.kasus.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Kronor with öre: every amount in the fee module has scale 2. */
public final class Money {

    public static final BigDecimal ZERO = kr(BigDecimal.ZERO);

    private Money() {
    }

    /** The amount with scale 2; refuses an amount with more than öre precision rather than rounding it silently. */
    public static BigDecimal kr(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "1 234,50 kr", as amounts are written in Swedish letters and screens. */
    public static String format(BigDecimal amount) {
        return plain(amount) + " kr";
    }

    /** "1 234,50" with a no-break space as thousands separator. */
    public static String plain(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    /** "1234,50": the export's format, decimal comma, no grouping, ASCII minus. */
    public static String export(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }
}
