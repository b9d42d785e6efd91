package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The shipped {@code config/deadlines.yml}, bound as the application binds it, and the rule selection. */
class DeadlinesTest {

    private final Deadlines shipped = load("config/deadlines.yml");

    @Test
    void appealPeriod_endingOnASaturday_endsOnMonday() {
        // Received Saturday 7 March 2026: day 21 is Saturday 28 March.
        assertThat(shipped.lastDay(Deadlines.OVERKLAGANDETID, LocalDate.of(2026, 3, 7)))
                .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void appealPeriod_endingOnAnOrdinaryFriday_staysThreeWeeks() {
        assertThat(shipped.lastDay(Deadlines.OVERKLAGANDETID, LocalDate.of(2026, 3, 6)))
                .isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void appealPeriod_endingOnJulafton_endsAfterTheChristmasHolidays() {
        // Received Thursday 3 December 2026: day 21 is julafton, then juldagen, annandag jul and a weekend.
        assertThat(shipped.lastDay(Deadlines.OVERKLAGANDETID, LocalDate.of(2026, 12, 3)))
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void appealPeriod_endingOnASundayBeforeJulafton_skipsJulaftonToo() {
        // Received Sunday 2 December 2029: day 21 is Sunday 23 December; Monday is julafton, then two helgdagar.
        assertThat(shipped.lastDay(Deadlines.OVERKLAGANDETID, LocalDate.of(2029, 12, 2)))
                .isEqualTo(LocalDate.of(2029, 12, 27));
    }

    @Test
    void kommunicering_endingOnMidsommarafton_endsOnMonday() {
        assertThat(shipped.lastDay(Deadlines.KOMMUNICERING_SVARSFRIST, LocalDate.of(2026, 6, 5)))
                .isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void ejVerkstallt_isTheAuthoritysTriggerAndIsNotExtended() {
        // Decided 31 July 2026: three months end on Saturday 31 October, alla helgons dag, and stay there.
        assertThat(shipped.lastDay(Deadlines.EJ_VERKSTALLT, LocalDate.of(2026, 7, 31)))
                .isEqualTo(LocalDate.of(2026, 10, 31));
        // Lag (1930:173) 1 §: with no matching day in the last month, its last day.
        assertThat(shipped.lastDay(Deadlines.EJ_VERKSTALLT, LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void theShippedFlagsSayWhichDeadlinesArePartiesActions() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThat(shipped.rule(Deadlines.OVERKLAGANDETID, day).extendsToWorkingDay()).isTrue();
        assertThat(shipped.rule(Deadlines.KOMMUNICERING_SVARSFRIST, day).extendsToWorkingDay()).isTrue();
        assertThat(shipped.rules()).filteredOn(r -> r.key().equals(Deadlines.EJ_VERKSTALLT))
                .hasSize(2).allMatch(r -> !r.extendsToWorkingDay());
    }

    @Test
    void theShippedRuleIsChosenByTheDayTheDeadlineStarts() {
        assertThat(shipped.rule(Deadlines.EJ_VERKSTALLT, LocalDate.of(2025, 6, 30)).source()).contains("2001:453");
        assertThat(shipped.rule(Deadlines.EJ_VERKSTALLT, LocalDate.of(2025, 7, 1)).source()).contains("2025:400");
    }

    @Test
    void aChangeInLaw_appliesFromItsValidFromDay() {
        Deadlines deadlines = new Deadlines(List.of(
                rule("FRIST", 14, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30)),
                rule("FRIST", 21, LocalDate.of(2025, 7, 1), null)));

        assertThat(deadlines.lastDay("FRIST", LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2025, 7, 14));
        assertThat(deadlines.lastDay("FRIST", LocalDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2025, 7, 22));
    }

    @Test
    void noRule_isAClearError() {
        assertThatThrownBy(() -> shipped.lastDay("OKAND_FRIST", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Ingen frist OKAND_FRIST gäller 2026-01-01. Kontrollera config/deadlines.yml.");
        assertThatThrownBy(() -> shipped.lastDay(Deadlines.OVERKLAGANDETID, LocalDate.of(2018, 6, 30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Ingen frist OVERKLAGANDETID gäller 2018-06-30. Kontrollera config/deadlines.yml.");
    }

    @Test
    void aRuleWithoutTheFlag_isRefused() {
        assertThatThrownBy(() -> new Deadlines.Rule("FRIST", Period.ofDays(21), LocalDate.of(2020, 1, 1), null,
                "källa", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("extends-to-working-day");
    }

    private static Deadlines.Rule rule(String key, int days, LocalDate from, LocalDate to) {
        return new Deadlines.Rule(key, Period.ofDays(days), from, to, "test", false);
    }

    private static Deadlines load(String classpathLocation) {
        try {
            var sources = new YamlPropertySourceLoader().load(classpathLocation,
                    new ClassPathResource(classpathLocation));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("kasus.deadlines", Deadlines.class)
                    .orElseThrow(() -> new IllegalStateException(classpathLocation + " has no kasus.deadlines"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
