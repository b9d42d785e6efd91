package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import se.kasus.casework.EkbCalculator.Child;
import se.kasus.casework.EkbCalculator.Costs;
import se.kasus.casework.EkbCalculator.Household;
import se.kasus.casework.EkbCalculator.Line;

/** Worked examples of försörjningsstöd against the shipped config/riksnorm.yml (riksnormen 2026, LAW.md). */
class EkbCalculatorTest {

    static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    private final EkbCalculator calculator = new EkbCalculator(shippedRiksnorm());

    @Test
    void singleAdult_normPlusHousingAndElectricity() {
        var result = calculator.calculate(MARCH_2026, new Household(false, List.of()),
                new Costs(6000, 300, 0, 0, 0, 0, 0), 0);

        // 3 940 (ensamstående) + 1 280 (hushåll om 1 person) = 5 220; + 6 000 + 300 = 11 520
        assertThat(result.normLines()).containsExactly(new Line("Ensamstående vuxen", 3940),
                new Line("Gemensamma hushållskostnader, 1 person", 1280));
        assertThat(result.norm()).isEqualTo(5220);
        assertThat(result.costs()).isEqualTo(6300);
        assertThat(result.amount()).isEqualTo(11520);
        assertThat(result.housingCapped()).isFalse();
        assertThat(result.normYear()).isEqualTo(2026);
    }

    @Test
    void coupleWithTwoChildrenOfDifferentAges_eachChildByAgeAndLunch() {
        var household = new Household(true, List.of(new Child(5, true), new Child(12, false)));
        var result = calculator.calculate(MARCH_2026, household, new Costs(9000, 500, 0, 200, 0, 0, 0), 20000);

        // 7 100 (sammanboende) + 2 720 (4–6 år, lunch i förskolan) + 4 390 (11–14 år) + 2 030 (4 personer) = 16 240
        assertThat(result.normLines()).extracting(Line::amount).containsExactly(7100, 2720, 4390, 2030);
        assertThat(result.normLines().get(1).label()).isEqualTo("Barn 5 år, lunch i förskolan");
        assertThat(result.norm()).isEqualTo(16240);
        // 16 240 + 9 700 − 20 000 = 5 940
        assertThat(result.costs()).isEqualTo(9700);
        assertThat(result.amount()).isEqualTo(5940);
    }

    @Test
    void incomeAboveTheNormAndCosts_givesNothing() {
        var result = calculator.calculate(MARCH_2026, new Household(false, List.of()),
                new Costs(6000, 0, 0, 0, 0, 0, 0), 15000);

        assertThat(result.amount()).as("5 220 + 6 000 − 15 000 is below zero: avslag").isZero();
        assertThat(result.income()).isEqualTo(15000);
    }

    @Test
    void housingAboveTheReasonable_isCappedWithTheReasonShown() {
        var result = calculator.calculate(MARCH_2026, new Household(false, List.of()),
                new Costs(10000, 0, 0, 0, 0, 0, 0), 0);

        assertThat(result.housingClaimed()).isEqualTo(10000);
        assertThat(result.housingCounted()).isEqualTo(7500);
        assertThat(result.housingNote()).isEqualTo("Boendekostnaden 10000 kr är högre än den skäliga för ett hushåll"
                + " med 1 person (7500 kr enligt nämndens riktlinjer); 7500 kr räknas.");
        assertThat(result.amount()).isEqualTo(5220 + 7500);
    }

    @Test
    void aLargeHousehold_addsTheSharedAmountForEachPersonBeyondSeven() {
        var children = List.of(new Child(1, false), new Child(3, false), new Child(7, false), new Child(10, false),
                new Child(14, false), new Child(16, false), new Child(19, false));
        var result = calculator.calculate(MARCH_2026, new Household(true, children), new Costs(0, 0, 0, 0, 0, 0, 0), 0);

        // nine persons: 2 830 + 2 × 190
        assertThat(result.normLines().get(result.normLines().size() - 1)).isEqualTo(
                new Line("Gemensamma hushållskostnader, 9 personer", 3210));
        assertThat(result.norm()).isEqualTo(7100 + 3060 + 2720 + 3820 + 3820 + 4390 + 4960 + 5000 + 3210);
    }

    @Test
    void aMonthWithoutARiksnorm_orAnAdultChild_isRefused() {
        assertThat(calculator.covers(YearMonth.of(2025, 12))).isFalse();
        assertThatThrownBy(() -> calculator.calculate(YearMonth.of(2025, 12), new Household(false, List.of()),
                new Costs(0, 0, 0, 0, 0, 0, 0), 0)).hasMessage("Riksnormen för 2025 finns inte i Kasus.");
        assertThatThrownBy(() -> calculator.calculate(MARCH_2026, new Household(false, List.of(new Child(21, false))),
                new Costs(0, 0, 0, 0, 0, 0, 0), 0)).hasMessageContaining("21 år räknas inte till hushållet");
    }

    static Riksnorm shippedRiksnorm() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("riksnorm", new FileSystemResource(Path.of("config/riksnorm.yml")))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("kasus.riksnorm", Riksnorm.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
