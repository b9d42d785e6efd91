package se.kasus.fees;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A new avgiftsunderlag as entered, all amounts net per month in kronor (at most two decimals).
 *
 * @param incomePension        pension after tax (allmän pension, tjänstepension)
 * @param incomeBostadstillagg bostadstillägg (BTP)
 * @param incomeOther          other net income (e.g. kapitalinkomst, livränta)
 * @param spouseIncome         for a couple, the spouse's net income per month; null or 0 for a single person
 * @param minimumRaise         an individual raise of the minimibelopp for lasting special needs, with its reason
 */
public record NewFeeBasis(YearMonth fromMonth, Household household, BigDecimal incomePension,
        BigDecimal incomeBostadstillagg, BigDecimal incomeOther, BigDecimal spouseIncome, BigDecimal housingCost,
        BigDecimal minimumRaise, String minimumRaiseReason) {

    BigDecimal spouseIncomeOrZero() {
        return spouseIncome == null ? BigDecimal.ZERO : spouseIncome;
    }

    BigDecimal minimumRaiseOrZero() {
        return minimumRaise == null ? BigDecimal.ZERO : minimumRaise;
    }
}
