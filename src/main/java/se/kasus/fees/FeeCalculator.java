package se.kasus.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * SoL 32 kap.: förbehållsbelopp = minimibelopp (+ individual raise) + housing cost; avgiftsutrymme = max(0, income −
 * förbehållsbelopp); fee = min(cost of the month's insatser, avgiftsutrymme, maxtaxa). Pure: the amounts come in,
 * nothing is read or written.
 */
final class FeeCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeCalculator() {
    }

    static FeeCalculation calculate(YearMonth month, FeeTables.YearTable table, FeeTables.Under65 under65,
            FeeBasis basis, LocalDate birthDate, List<CostLine> costLines) {
        List<FeeCalculation.Line> lines = new ArrayList<>();
        BigDecimal income = income(basis, lines);
        BigDecimal minimibelopp = minimibelopp(month, table, under65, basis.household(), birthDate, lines);
        BigDecimal raise = basis.minimumRaise();
        if (raise.signum() > 0) {
            lines.add(new FeeCalculation.Line("Individuellt tillägg till minimibeloppet: "
                    + basis.minimumRaiseReason(), raise, false));
        }
        lines.add(new FeeCalculation.Line("Boendekostnad", basis.housingCost(), false));
        BigDecimal reservation = minimibelopp.add(raise).add(basis.housingCost());
        lines.add(new FeeCalculation.Line("Förbehållsbelopp", reservation, true));
        BigDecimal room = income.subtract(reservation).max(Money.ZERO);
        lines.add(new FeeCalculation.Line("Avgiftsutrymme (inkomst − förbehållsbelopp, lägst 0)", room, true));
        BigDecimal cost = Money.ZERO;
        for (CostLine line : costLines) {
            lines.add(new FeeCalculation.Line(line.label(), line.amount(), false));
            cost = cost.add(line.amount());
        }
        lines.add(new FeeCalculation.Line("Kostnad för månadens insatser", cost, true));
        BigDecimal maxtaxa = Money.kr(table.maxtaxa());
        lines.add(new FeeCalculation.Line("Maxtaxa " + table.year(), maxtaxa, false));
        BigDecimal fee = Money.min(Money.min(cost, room), maxtaxa);
        lines.add(new FeeCalculation.Line("Avgift (lägsta av kostnad, avgiftsutrymme och maxtaxa)", fee, true));
        FeeAmounts amounts = new FeeAmounts(income, minimibelopp, raise, basis.housingCost(), reservation, room, cost,
                maxtaxa, fee);
        return new FeeCalculation(month, basis.id(), basis.household(), amounts, costLines, lines);
    }

    /**
     * A couple's net incomes are added and divided equally (SoL 32 kap., paragraph: check; SoL (2001:453) 8 kap.
     * 4 §). Half an öre is rounded down, in the client's favour.
     */
    private static BigDecimal income(FeeBasis basis, List<FeeCalculation.Line> lines) {
        BigDecimal own = basis.ownIncome();
        lines.add(new FeeCalculation.Line("Egen nettoinkomst (pension, bostadstillägg, övrigt)", own, false));
        if (basis.household() != Household.SAMMANBOENDE) {
            return own;
        }
        lines.add(new FeeCalculation.Line("Makes/sambos nettoinkomst", basis.spouseIncome(), false));
        BigDecimal half = own.add(basis.spouseIncome()).divide(TWO, 2, RoundingMode.DOWN);
        lines.add(new FeeCalculation.Line("Inkomst att räkna med (hälften av makarnas sammanlagda)", half, true));
        return half;
    }

    private static BigDecimal minimibelopp(YearMonth month, FeeTables.YearTable table, FeeTables.Under65 under65,
            Household household, LocalDate birthDate, List<FeeCalculation.Line> lines) {
        boolean single = household == Household.ENSAMSTAENDE;
        BigDecimal base = Money.kr(single ? table.minimibeloppSingle() : table.minimibeloppCoupleEach());
        lines.add(new FeeCalculation.Line("Minimibelopp " + table.year() + (single ? ", ensamstående"
                : ", var och en av makar/sambor"), base, false));
        if (!under65.enabled() || birthDate == null || !birthDate.plusYears(65).isAfter(month.atDay(1))) {
            return base;
        }
        BigDecimal raised = Money.kr(base.multiply(HUNDRED.add(under65.percent()))
                .divide(HUNDRED, 0, RoundingMode.HALF_UP));
        lines.add(new FeeCalculation.Line("Högre minimibelopp under 65 år (+" + under65.percent().stripTrailingZeros()
                .toPlainString() + " %, kommunens beslut)", raised.subtract(base), false));
        return raised;
    }
}
