package se.kasus.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A fee decision as shown. */
public record FeeDecisionView(long id, long personId, YearMonth month, BigDecimal fee, FeeAmounts amounts,
        String motivation, String legalBasis, String appealText, String decidedBy, Instant decidedAt) {
}
