package se.kasus.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import se.kasus.casework.ServiceType;

/** The price arithmetic on the shipped config/ersattning.yml: bands, midnight, price change, rounding, minimum. */
class PricingTest {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final ErsattningRules RULES = load();
    private final Pricing pricing = new Pricing(RULES);

    static ErsattningRules load() {
        try {
            var sources = new YamlPropertySourceLoader().load("ersattning",
                    new ClassPathResource("config/ersattning.yml"));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("kasus.ersattning",
                    ErsattningRules.class).get();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SWEDEN).toInstant();
    }

    private BigDecimal norr(String from, String to) {
        return pricing.timed("hemtjanst-norr", ServiceType.HEMTJANST, at(from), at(to)).amount();
    }

    @Test
    void aWeekdayVisitInTheDayBandIsMinutesTimesTheHourlyPrice() {
        // Tuesday 2026-10-06, 30 minutes at 436.00 kr/h = 218.00
        assertThat(norr("2026-10-06T09:00", "2026-10-06T09:30")).isEqualByComparingTo("218.00");
    }

    @Test
    void aVisitAcrossTheEveningBoundaryIsSplit() {
        // 18:40–19:20: 20 min day (436.00) + 20 min evening (498.50) = 145.333.. + 166.166.. = 311.50
        var priced = pricing.timed("hemtjanst-norr", ServiceType.HEMTJANST, at("2026-10-06T18:40"),
                at("2026-10-06T19:20"));
        assertThat(priced.segments()).extracting(Pricing.Segment::band)
                .containsExactly(TimeBand.VARDAG_DAG, TimeBand.VARDAG_KVALL);
        assertThat(priced.amount()).isEqualByComparingTo("311.50");
    }

    @Test
    void aVisitAcrossMidnightIntoSaturdayIsPricedAsWeekendAfterMidnight() {
        // Friday 2026-10-09 23:30 – Saturday 00:30: 30 min evening 498.50 + 30 min helg 532.75 = 515.625 → 515.63
        var priced = pricing.timed("hemtjanst-norr", ServiceType.HEMTJANST, at("2026-10-09T23:30"),
                at("2026-10-10T00:30"));
        assertThat(priced.segments()).extracting(Pricing.Segment::band)
                .containsExactly(TimeBand.VARDAG_KVALL, TimeBand.HELG);
        assertThat(priced.amount()).isEqualByComparingTo("515.63");
    }

    @Test
    void aPriceChangeAtMidnightMidMonthSplitsTheVisit() {
        // omsorgen-ab: 441/505 until 15 Oct, 452.40/517.60 from 16 Oct. Thu 15 Oct 23:00 – Fri 16 Oct 01:00 is all
        // evening band: 60 min at 505.00 + 60 min at 517.60 = 1022.60
        var priced = pricing.timed("omsorgen-ab", ServiceType.HEMTJANST, at("2026-10-15T23:00"),
                at("2026-10-16T01:00"));
        assertThat(priced.segments()).extracting(Pricing.Segment::hourlyPrice)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("505.00"), new BigDecimal("517.60"));
        assertThat(priced.amount()).isEqualByComparingTo("1022.60");
    }

    @Test
    void timeIsRoundedUpToWholeMinutesPerVisitAndRaisedToTheMinimum() {
        assertThat(pricing.billableMinutes(at("2026-10-06T09:00"), at("2026-10-06T09:20").plusSeconds(1)))
                .isEqualTo(21);
        assertThat(pricing.billableMinutes(at("2026-10-06T09:00"), at("2026-10-06T09:05"))).isEqualTo(15);
        // 5 minutes is paid as 15: 15/60 × 436.00 = 109.00
        assertThat(norr("2026-10-06T09:00", "2026-10-06T09:05")).isEqualByComparingTo("109.00");
        // 20 min 1 s → 21 min: 21/60 × 436 = 152.60
        assertThat(pricing.timed("hemtjanst-norr", ServiceType.HEMTJANST, at("2026-10-06T09:00"),
                at("2026-10-06T09:20").plusSeconds(1)).amount()).isEqualByComparingTo("152.60");
    }

    @Test
    void theAmountIsRoundedHalfUpToTheOre() {
        // 7 minutes raised to 15 on a Saturday: 15/60 × 532.75 = 133.1875 → 133.19
        assertThat(norr("2026-10-10T10:00", "2026-10-10T10:07")).isEqualByComparingTo("133.19");
    }

    @Test
    void aCancellationByTheClientIsPaidOnlyWhenLate() {
        Instant planned = at("2026-10-06T10:00");
        assertThat(pricing.lateCancellation(planned.minusSeconds(23 * 3600), planned)).isTrue();
        assertThat(pricing.lateCancellation(planned.minusSeconds(24 * 3600), planned)).isFalse();
    }

    @Test
    void publicHolidaysArePricedAsWeekend() {
        // Juldagen 2026-12-25 is a Friday
        assertThat(pricing.band(LocalDateTime.parse("2026-12-25T10:00"))).isEqualTo(TimeBand.HELG);
        assertThat(pricing.band(LocalDateTime.parse("2026-12-23T10:00"))).isEqualTo(TimeBand.VARDAG_DAG);
        assertThat(pricing.band(LocalDateTime.parse("2026-12-23T06:59"))).isEqualTo(TimeBand.VARDAG_KVALL);
    }

    @Test
    void deliveriesAndDaysArePricedByTheListOfTheDay() {
        assertThat(pricing.deliveries("omsorgen-ab", ServiceType.MATDISTRIBUTION,
                java.time.LocalDate.of(2026, 10, 3), 3)).isEqualByComparingTo("192.00");
        assertThat(pricing.day("trygghetslarm", ServiceType.TRYGGHETSLARM, java.time.LocalDate.of(2026, 10, 3)))
                .isEqualByComparingTo("9.85");
    }

    @Test
    void aDayWithoutAPriceIsRefusedWithASwedishMessage() {
        assertThatThrownBy(() -> norr("2025-12-31T10:00", "2025-12-31T11:00"))
                .isInstanceOf(MissingPriceException.class).hasMessageContaining("Pris saknas");
    }

    @Test
    void overlappingPricePeriodsStopTheStart() {
        var source = new MapConfigurationPropertySource(Map.ofEntries(
                Map.entry("kasus.ersattning.rules.day-start", "07:00"),
                Map.entry("kasus.ersattning.rules.evening-start", "19:00"),
                Map.entry("kasus.ersattning.rules.rounding", "UP"),
                Map.entry("kasus.ersattning.rules.lock-day", "5"),
                Map.entry("kasus.ersattning.prices[0].provider", "x"),
                Map.entry("kasus.ersattning.prices[0].service-type", "TRYGGHETSLARM"),
                Map.entry("kasus.ersattning.prices[0].valid-from", "2026-01-01"),
                Map.entry("kasus.ersattning.prices[0].per-day", "1"),
                Map.entry("kasus.ersattning.prices[1].provider", "x"),
                Map.entry("kasus.ersattning.prices[1].service-type", "TRYGGHETSLARM"),
                Map.entry("kasus.ersattning.prices[1].valid-from", "2026-06-01")));
        assertThatThrownBy(() -> new Binder(source).bind("kasus.ersattning", ErsattningRules.class))
                .rootCause().hasMessageContaining("överlappar prices[0]").hasMessageContaining("saknar pris");
    }
}
