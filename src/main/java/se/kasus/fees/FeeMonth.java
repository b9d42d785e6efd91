package se.kasus.fees;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as the screens and the API write it: ÅÅÅÅ-MM. */
public final class FeeMonth {

    private FeeMonth() {
    }

    /** @throws FeeRejectedException with a Swedish message when the text is not a month */
    public static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FeeRejectedException("Ange månad (ÅÅÅÅ-MM).");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FeeRejectedException("Månaden ska skrivas ÅÅÅÅ-MM, till exempel 2026-03.");
        }
    }
}
