package se.kasus.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Worked examples of SoL 32 kap., with the arithmetic written out in each test: förbehållsbelopp = minimibelopp +
 * housing cost; avgiftsutrymme = max(0, income − förbehållsbelopp); fee = min(cost, avgiftsutrymme, maxtaxa).
 */
class FeeCalculatorTest {

    private static final FeeTables TABLES = FeeTablesTest.load();
    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);
    private static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);
    private static final LocalDate BORN_1940 = LocalDate.of(1940, 5, 1);
    /** 12 hours of hemtjänst at the example timtaxa 320,00 kr. */
    private static final List<CostLine> TWELVE_HOURS = List.of(new CostLine("Hemtjänst 12 tim", kr("3840.00")));

    @Test
    void singleUnderTheMaxtaxaPaysTheAvgiftsutrymme() {
        // 16 000,00 − (7 296 + 6 500,00) = 2 204,00 < maxtaxa 2 660 < cost 3 840,00
        FeeCalculation c = calculate(MARCH_2026, single("14500.00", "1500.00", "6500.00"), TWELVE_HOURS);
        assertAmounts(c, "16000.00", "7296.00", "13796.00", "2204.00", "3840.00", "2660.00", "2204.00");
    }

    @Test
    void singleWithAmpleRoomIsCappedAtTheMaxtaxa() {
        // 25 000,00 − (7 296 + 7 000,00) = 10 704,00; cost 3 840,00; maxtaxa 2 660
        FeeCalculation c = calculate(MARCH_2026, single("25000.00", "0", "7000.00"), TWELVE_HOURS);
        assertAmounts(c, "25000.00", "7296.00", "14296.00", "10704.00", "3840.00", "2660.00", "2660.00");
    }

    @Test
    void singleWithoutAvgiftsutrymmePaysNothing() {
        // 12 000,00 − (7 296 + 6 000,00) = −1 296,00, so no room and no fee
        FeeCalculation c = calculate(MARCH_2026, single("12000.00", "0", "6000.00"), TWELVE_HOURS);
        assertAmounts(c, "12000.00", "7296.00", "13296.00", "0.00", "3840.00", "2660.00", "0.00");
        assertThat(c.fee().scale()).isEqualTo(2);
    }

    @Test
    void aCheapInsatsCostsWhatItCostsWhenBelowBothLimits() {
        // room 10 704,00 and maxtaxa 2 660 are both above the trygghetslarm's 250,00
        FeeCalculation c = calculate(MARCH_2026, single("25000.00", "0", "7000.00"),
                List.of(new CostLine("Trygghetslarm", kr("250.00"))));
        assertThat(c.fee()).isEqualTo(kr("250.00"));
    }

    @Test
    void aCoupleSharesTheirCombinedIncomeEquallyAndGetsTheCoupleMinimibelopp() {
        // (9 000,01 + 13 000,00) ÷ 2 = 11 000,005 -> 11 000,00 (half an öre down, in the client's favour)
        // 11 000,00 − (5 953 + 4 000,00) = 1 047,00 < maxtaxa 2 660 < cost
        FeeBasis basis = basis(new NewFeeBasis(MARCH_2026, Household.SAMMANBOENDE, kr("9000.01"), kr("0"), kr("0"),
                kr("13000.00"), kr("4000.00"), null, null));
        FeeCalculation c = calculate(MARCH_2026, basis, TWELVE_HOURS);
        assertAmounts(c, "11000.00", "5953.00", "9953.00", "1047.00", "3840.00", "2660.00", "1047.00");
    }

    @Test
    void the2024TableGivesThe2024Amounts() {
        // 15 000,00 − (7 062 + 5 500,00) = 2 438,00 < maxtaxa 2 575
        assertAmounts(calculate(MARCH_2024, single("15000.00", "0", "5500.00"), TWELVE_HOURS),
                "15000.00", "7062.00", "12562.00", "2438.00", "3840.00", "2575.00", "2438.00");
        // 20 000,00 − 12 562,00 = 7 438,00: capped at 2 575
        assertThat(calculate(MARCH_2024, single("20000.00", "0", "5500.00"), TWELVE_HOURS).fee())
                .isEqualTo(kr("2575.00"));
    }

    @Test
    void amountsAreExactToTheOre() {
        // 14 000,55 + 1 234,40 + 0,01 = 15 234,96; 7 296 + 300,00 + 6 123,45 = 13 719,45; room 1 515,51
        FeeBasis basis = basis(new NewFeeBasis(MARCH_2026, Household.ENSAMSTAENDE, kr("14000.55"), kr("1234.40"),
                kr("0.01"), null, kr("6123.45"), kr("300.00"), "Fördyrad kost vid diabetes"));
        FeeCalculation c = calculate(MARCH_2026, basis, TWELVE_HOURS);
        assertAmounts(c, "15234.96", "7296.00", "13719.45", "1515.51", "3840.00", "2660.00", "1515.51");
        assertThat(c.amounts().minimumRaise()).isEqualTo(kr("300.00"));
        assertThat(c.lines()).anySatisfy(l -> assertThat(l.label()).contains("Fördyrad kost vid diabetes"));
    }

    @Test
    void theMunicipalHigherMinimibeloppUnder65AppliesOnlyWhenChosenAndUnder65() {
        FeeBasis basis = single("16000.00", "0", "6500.00");
        FeeTables.Under65 on = new FeeTables.Under65(true, BigDecimal.TEN);
        LocalDate born1970 = LocalDate.of(1970, 1, 1);
        // 7 296 × 1,10 = 8 025,6 -> 8 026 kr
        FeeCalculation young = FeeCalculator.calculate(MARCH_2026, table(MARCH_2026), on, basis, born1970, TWELVE_HOURS);
        assertThat(young.amounts().minimibelopp()).isEqualTo(kr("8026.00"));
        FeeCalculation old = FeeCalculator.calculate(MARCH_2026, table(MARCH_2026), on, basis, BORN_1940, TWELVE_HOURS);
        assertThat(old.amounts().minimibelopp()).isEqualTo(kr("7296.00"));
        FeeCalculation off = calculate(MARCH_2026, basis, TWELVE_HOURS);
        assertThat(off.amounts().minimibelopp()).isEqualTo(kr("7296.00"));
    }

    @Test
    void theCalculationIsShownLineByLine() {
        FeeCalculation c = calculate(MARCH_2026, single("16000.00", "0", "6500.00"), TWELVE_HOURS);
        assertThat(c.lines()).extracting(FeeCalculation.Line::label).contains("Boendekostnad", "Förbehållsbelopp",
                "Maxtaxa 2026", "Hemtjänst 12 tim");
        assertThat(c.lines().get(c.lines().size() - 1).amount()).isEqualTo(c.fee());
    }

    static FeeCalculation calculate(YearMonth month, FeeBasis basis, List<CostLine> costs) {
        return FeeCalculator.calculate(month, table(month), TABLES.municipal().under65(), basis, BORN_1940, costs);
    }

    private static FeeTables.YearTable table(YearMonth month) {
        return TABLES.forMonth(month).orElseThrow();
    }

    private static FeeBasis single(String pension, String other, String housing) {
        return basis(new NewFeeBasis(MARCH_2024, Household.ENSAMSTAENDE, kr(pension), kr("0"), kr(other), null,
                kr(housing), null, null));
    }

    private static FeeBasis basis(NewFeeBasis input) {
        FeeBasis basis = new FeeBasis(1, "norr", input, "handlaggare.norr", Instant.now());
        ReflectionTestUtils.setField(basis, "id", 1L);
        return basis;
    }

    private static void assertAmounts(FeeCalculation c, String income, String minimibelopp, String reservation,
            String room, String cost, String maxtaxa, String fee) {
        FeeAmounts a = c.amounts();
        assertThat(List.of(a.income(), a.minimibelopp(), a.reservation(), a.feeRoom(), a.serviceCost(), a.maxtaxa(),
                a.fee())).containsExactly(kr(income), kr(minimibelopp), kr(reservation), kr(room), kr(cost),
                        kr(maxtaxa), kr(fee));
    }

    private static BigDecimal kr(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
