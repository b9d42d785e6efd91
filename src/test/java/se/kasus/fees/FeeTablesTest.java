package se.kasus.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

/** config/avgifter.yml: every year's amounts follow from the formula, and a broken table stops the start. */
class FeeTablesTest {

    static FeeTables load() {
        return bind(yaml(), Map.of());
    }

    @Test
    void everyStoredAmountIsTheFormulaRoundedToWholeKronorHalfUp() {
        for (FeeTables.YearTable t : load().tables()) {
            assertThat(t.maxtaxa()).as("maxtaxa %s", t.year()).isEqualByComparingTo(formula(t.maxtaxaFactor(), t));
            assertThat(t.maxBostadsavgift()).as("bostadsavgift %s", t.year())
                    .isEqualByComparingTo(formula(t.maxBostadsavgiftFactor(), t));
            assertThat(t.minimibeloppSingle()).isEqualByComparingTo(formula(t.minimibeloppSingleFactor(), t));
            assertThat(t.minimibeloppCoupleEach()).isEqualByComparingTo(formula(t.minimibeloppCoupleFactor(), t));
            assertThat(t.source()).isNotBlank();
            assertThat(t.status()).isIn("verified", "check");
        }
    }

    /** Computed here in double arithmetic, independently of FeeTables.monthlyAmount. */
    private static BigDecimal formula(BigDecimal factor, FeeTables.YearTable t) {
        return BigDecimal.valueOf(Math.round(factor.doubleValue() * t.prisbasbelopp().doubleValue() / 12));
    }

    @Test
    void theTableReproducesLawMd() {
        FeeTables tables = load();
        assertThat(amounts(tables, 2024)).containsExactly(57300, 2575, 2645, 7062, 5762);
        assertThat(amounts(tables, 2025)).containsExactly(58800, 2642, 2714, 7247, 5912);
        assertThat(amounts(tables, 2026)).containsExactly(59200, 2660, 2733, 7296, 5953);
    }

    @Test
    void roundingIsToNearestKronaNotUpOrDown() {
        // 2 574,68 -> 2 575 rules out rounding down; 2 642,08 -> 2 642 rules out rounding up.
        assertThat(FeeTables.monthlyAmount(new BigDecimal("0.5392"), new BigDecimal("57300"))).isEqualTo("2575");
        assertThat(FeeTables.monthlyAmount(new BigDecimal("0.5392"), new BigDecimal("58800"))).isEqualTo("2642");
        assertThat(new BigDecimal("0.5392").multiply(new BigDecimal("58800"))
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.CEILING)).isEqualTo("2643");
    }

    @Test
    void aMonthFindsItsYearAndAMonthWithoutTableFindsNone() {
        FeeTables tables = load();
        assertThat(tables.forMonth(YearMonth.of(2026, 3))).get().extracting(FeeTables.YearTable::year).isEqualTo(2026);
        assertThat(tables.forMonth(YearMonth.of(2024, 12))).get().extracting(FeeTables.YearTable::year).isEqualTo(2024);
        assertThat(tables.forMonth(YearMonth.of(2023, 12))).isEmpty();
        assertThat(tables.forMonth(YearMonth.of(2027, 1))).isEmpty();
    }

    @Test
    void aGapBetweenYearsStopsTheStart() {
        assertThatThrownBy(() -> changed("valid-from: 2025-01-01", "valid-from: 2025-02-01"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("gap or overlap");
    }

    @Test
    void anOverlapStopsTheStart() {
        assertThatThrownBy(() -> changed("valid-to: 2024-12-31", "valid-to: 2025-01-31"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("gap or overlap");
    }

    @Test
    void anAmountThatDoesNotFollowFromItsFormulaStopsTheStart() {
        assertThatThrownBy(() -> changed("maxtaxa: 2660", "maxtaxa: 2661"))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("does not follow from");
    }

    @Test
    void performedTimeIsTheDefault_andDecidedTimeStaysSelectable() throws IOException {
        assertThat(load().municipal().avgiftsgrund()).isEqualTo(FeeTables.FeeBasisRule.UTFORD_TID);
        assertThat(changed("avgiftsgrund: UTFORD_TID", "avgiftsgrund: BESLUTAD_TID").municipal().avgiftsgrund())
                .isEqualTo(FeeTables.FeeBasisRule.BESLUTAD_TID);
        assertThatThrownBy(() -> changed("avgiftsgrund: UTFORD_TID", "avgiftsgrund: GISSAD_TID"))
                .isInstanceOf(BindException.class);
    }

    @Test
    void theMunicipalHigherMinimumUnder65IsOffByDefault() {
        assertThat(load().municipal().under65().enabled()).isFalse();
    }

    private static List<Integer> amounts(FeeTables tables, int year) {
        FeeTables.YearTable t = tables.tables().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
        return List.of(t.prisbasbelopp().intValueExact(), t.maxtaxa().intValueExact(),
                t.maxBostadsavgift().intValueExact(), t.minimibeloppSingle().intValueExact(),
                t.minimibeloppCoupleEach().intValueExact());
    }

    /** The shipped file with one line changed, as an operator's mistake would change it. */
    private static FeeTables changed(String line, String replacement) throws IOException {
        String text = Files.readString(Path.of("config/avgifter.yml"));
        assertThat(text).contains(line);
        return bind(new YamlPropertySourceLoader().load("changed",
                new ByteArrayResource(text.replace(line, replacement).getBytes(StandardCharsets.UTF_8))), Map.of());
    }

    private static List<PropertySource<?>> yaml() {
        try {
            return new YamlPropertySourceLoader().load("avgifter", new FileSystemResource(Path.of("config/avgifter.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FeeTables bind(List<PropertySource<?>> sources, Map<String, Object> overrides) {
        List<PropertySource<?>> all = new ArrayList<>();
        all.add(new MapPropertySource("overrides", overrides));
        all.addAll(sources);
        return new Binder(ConfigurationPropertySources.from(all)).bind("kasus.avgifter", FeeTables.class).get();
    }
}
