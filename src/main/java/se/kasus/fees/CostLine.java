package se.kasus.fees;

import java.math.BigDecimal;

/** One insats's cost for a month, e.g. "Hemtjänst 12 tim × 320,00 kr". */
public record CostLine(String label, BigDecimal amount) {
}
