package se.kasus.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Legal deadlines (frister) as versioned data from {@code config/deadlines.yml}: the rule that applies is the one
 * valid on the day the deadline starts to run, so a change in law never moves an old case's deadline.
 */
@ConfigurationProperties("kasus.deadlines")
public record Deadlines(List<Rule> rules) {

    public static final String KOMMUNICERING_SVARSFRIST = "KOMMUNICERING_SVARSFRIST";
    public static final String OVERKLAGANDETID = "OVERKLAGANDETID";
    public static final String EJ_VERKSTALLT = "EJ_VERKSTALLT";

    public Deadlines {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public record Rule(String key, Period duration, LocalDate validFrom, LocalDate validTo, String source) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The last day of the period that starts on {@code start} under the rule {@code key}. */
    public LocalDate lastDay(String key, LocalDate start) {
        return start.plus(rule(key, start).duration());
    }

    public Rule rule(String key, LocalDate on) {
        return rules.stream().filter(r -> r.key().equals(key) && r.appliesOn(on)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Ingen frist " + key + " gäller " + on
                        + ". Kontrollera config/deadlines.yml."));
    }
}
