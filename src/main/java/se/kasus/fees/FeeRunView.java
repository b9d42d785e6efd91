package se.kasus.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A fee run as shown: its status, total and rows. */
public record FeeRunView(long id, String unitId, YearMonth month, boolean exported, BigDecimal total,
        String runBy, Instant runAt, String exportedBy, Instant exportedAt, List<Row> rows) {

    public FeeRunView {
        rows = List.copyOf(rows);
    }

    /** @param kind AVGIFT or JUSTERING */
    public record Row(long personId, String personnummer, String name, String kind, YearMonth concernsMonth,
            FeeAmounts amounts, BigDecimal amount) {
    }
}
