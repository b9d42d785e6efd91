package se.kasus.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.kasus.engine.HistoryRetention.HistoryRule;
import se.kasus.engine.HistoryRetention.Kind;

/**
 * Compares {@code config/retention.yml} with what the engine has deployed: every deployed process and decision (every
 * version, since old instances keep the version they started on) must have the time to live of the rule that applies
 * today, and every rule must name something deployed. A difference is logged as an error at start: the engine goes by
 * the files, so the data would be wrong about what is kept.
 */
@Component
public class HistoryRetentionCheck {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetentionCheck.class);

    private final HistoryRetention retention;
    private final RepositoryService repository;
    private final Clock clock;

    HistoryRetentionCheck(HistoryRetention retention, RepositoryService repository, Clock clock) {
        this.retention = retention;
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        differences().forEach(d -> log.error("Gallring: {}", d));
    }

    /** Each difference as a Swedish sentence; empty when the data and the deployed definitions agree. */
    public List<String> differences() {
        LocalDate today = LocalDate.now(clock);
        List<String> differences = new ArrayList<>();
        List<String> processKeys = new ArrayList<>();
        for (ProcessDefinition p : repository.createProcessDefinitionQuery().list()) {
            processKeys.add(p.getKey());
            compare(Kind.PROCESS, p.getKey(), p.getVersion(), p.getHistoryTimeToLive(), today, differences);
        }
        List<String> decisionKeys = new ArrayList<>();
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().list()) {
            decisionKeys.add(d.getKey());
            compare(Kind.DECISION, d.getKey(), d.getVersion(), d.getHistoryTimeToLive(), today, differences);
        }
        retention.keys(Kind.PROCESS, today).stream().filter(k -> !processKeys.contains(k))
                .forEach(k -> differences.add("processen " + k + " i config/retention.yml är inte driftsatt"));
        retention.keys(Kind.DECISION, today).stream().filter(k -> !decisionKeys.contains(k))
                .forEach(k -> differences.add("beslutstabellen " + k + " i config/retention.yml är inte driftsatt"));
        return differences;
    }

    private void compare(Kind kind, String key, int version, Integer deployed, LocalDate today,
            List<String> differences) {
        Optional<HistoryRule> rule = retention.rule(kind, key, today);
        String what = (kind == Kind.PROCESS ? "processen " : "beslutstabellen ") + key + " version " + version;
        if (rule.isEmpty()) {
            differences.add(what + " saknar regel i config/retention.yml");
        } else if (deployed == null || deployed != rule.get().historyTimeToLive()) {
            differences.add(what + " har historyTimeToLive " + deployed + " men config/retention.yml säger "
                    + rule.get().historyTimeToLive());
        }
    }
}
