package se.kasus.fees;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A fee computed for one client and month, with every step shown line by line.
 *
 * @param basisId the avgiftsunderlag it was computed from
 * @param lines   the computation as the client reads it in the decision
 */
public record FeeCalculation(YearMonth month, long basisId, Household household, FeeAmounts amounts,
        List<CostLine> costLines, List<Line> lines) {

    public FeeCalculation {
        costLines = List.copyOf(costLines);
        lines = List.copyOf(lines);
    }

    public BigDecimal fee() {
        return amounts.fee();
    }

    /** @param result a sum or the outcome of a step, shown in bold */
    public record Line(String label, BigDecimal amount, boolean result) {
    }
}
