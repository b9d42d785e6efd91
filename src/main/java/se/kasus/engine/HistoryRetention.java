package se.kasus.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gallring as versioned data from {@code config/retention.yml}: how long the engine keeps the history of each process
 * and decision, and the audit log's own rule. The engine itself reads the time to live from each BPMN and DMN file's
 * {@code camunda:historyTimeToLive}; this is the record of why, and {@link HistoryRetentionCheck} compares the two.
 */
@ConfigurationProperties("kasus.retention")
public record HistoryRetention(List<HistoryRule> history, AuditLogRule auditLog) {

    public HistoryRetention {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** What a rule is about: a BPMN process or a DMN decision, by its key (the id in the file). */
    public enum Kind {
        PROCESS,
        DECISION
    }

    /**
     * One version of the retention of a definition's history.
     *
     * @param historyTimeToLive days after the instance ended
     */
    public record HistoryRule(String key, Kind kind, int historyTimeToLive, LocalDate validFrom, LocalDate validTo,
            String source, String status) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * The audit log's own retention. Nothing removes audit entries today; see README (Retention).
     *
     * @param keepAtLeast from the entry's own time
     * @param removal     how removal is to be done, or that it is not implemented
     */
    public record AuditLogRule(Period keepAtLeast, String source, String status, String removal) {
    }

    /** The rule for a definition that applies on {@code day}. */
    public Optional<HistoryRule> rule(Kind kind, String key, LocalDate day) {
        return history.stream().filter(r -> r.kind() == kind && r.key().equals(key) && r.appliesOn(day)).findFirst();
    }

    /** Keys with a rule on {@code day}. */
    public List<String> keys(Kind kind, LocalDate day) {
        return history.stream().filter(r -> r.kind() == kind && r.appliesOn(day)).map(HistoryRule::key).distinct()
                .toList();
    }
}
