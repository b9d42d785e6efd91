package se.kasus.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** An avgiftsunderlag as shown: kr per month, net of tax. */
public record FeeBasisView(long id, YearMonth fromMonth, Household household, BigDecimal incomePension,
        BigDecimal incomeBostadstillagg, BigDecimal incomeOther, BigDecimal spouseIncome, BigDecimal housingCost,
        BigDecimal minimumRaise, String minimumRaiseReason, String registeredBy, Instant registeredAt) {
}
