package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The LVU deadlines in the shipped {@code config/deadlines.yml}: periods, sources and the "check" mark. */
class LvuDeadlinesTest {

    private static final String FILE = "config/deadlines.yml";
    private final Deadlines shipped = load();

    @Test
    void theLvuPeriodsAreTheLawsAndNeverMoveToAWorkingDay() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(shipped.rule(Deadlines.LVU_UNDERSTALLAN, friday).duration()).isEqualTo(Period.ofWeeks(1));
        assertThat(shipped.rule(Deadlines.LVU_ANSOKAN, friday).duration()).isEqualTo(Period.ofWeeks(4));
        assertThat(shipped.rule(Deadlines.LVU_OMPROVNING, friday).duration()).isEqualTo(Period.ofMonths(6));
        // The authority's own deadline: a decision on Saturday 7 March must be underställt by Saturday 14 March,
        // not moved to the Monday, so the lapse is not put off.
        assertThat(shipped.lastDay(Deadlines.LVU_UNDERSTALLAN, LocalDate.of(2026, 3, 7)))
                .isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(shipped.rule(Deadlines.LVU_UNDERSTALLAN, friday).source()).contains("LVU (1990:52) 7 §");
        assertThat(shipped.rule(Deadlines.LVU_ANSOKAN, friday).source()).contains("8 §").contains("check");
        assertThat(shipped.rule(Deadlines.LVU_OMPROVNING, friday).source()).contains("13 §");
    }

    @Test
    void theAnsokanStartDateStaysMarkedCheck() throws IOException {
        String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
        String rule = text.substring(text.indexOf("key: LVU_ANSOKAN"), text.indexOf("key: LVU_OMPROVNING"));
        assertThat(rule).contains("status: \"check: start date");
    }

    private static Deadlines load() {
        try {
            var sources = new YamlPropertySourceLoader().load(FILE, new ClassPathResource(FILE));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("kasus.deadlines", Deadlines.class)
                    .orElseThrow(() -> new IllegalStateException(FILE + " has no kasus.deadlines"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
