package se.kasus.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.kasus.audit.AuditEntryView;
import se.kasus.engine.HistoryStep;
import se.kasus.engine.StepType;

/**
 * Who completed each user task. Kasus completes tasks without claiming them first, so the engine often records no
 * assignee; the audit log's COMPLETE_TASK entry ("Slutför &lt;task name&gt;") does name the person. It is written in
 * the completion's own transaction (a rejected completion leaves none), after the task started and before it ended.
 */
final class Completions {

    private static final String REASON_PREFIX = "Slutför ";

    private final Map<String, String> byActivityInstance = new HashMap<>();

    Completions(List<HistoryStep> steps, List<AuditEntryView> completeTaskEntries) {
        List<AuditEntryView> unused = new ArrayList<>(completeTaskEntries);
        steps.stream().filter(s -> s.type() == StepType.USER_TASK && s.completed())
                .sorted(Comparator.comparing(HistoryStep::endedAt)).forEach(step -> match(step, unused));
    }

    /** The latest unused entry for a task of this name between the task's start and end. */
    private void match(HistoryStep step, List<AuditEntryView> unused) {
        AuditEntryView best = null;
        for (AuditEntryView entry : unused) {
            if ((REASON_PREFIX + step.activityName()).equals(entry.reason())
                    && !entry.occurredAt().isBefore(step.startedAt()) && !entry.occurredAt().isAfter(step.endedAt())
                    && (best == null || !entry.occurredAt().isBefore(best.occurredAt()))) {
                best = entry;
            }
        }
        if (best != null) {
            unused.remove(best);
            byActivityInstance.put(step.id(), best.actor());
        }
    }

    /** Who completed the step according to the audit log, or {@code null} when it does not say. */
    String completedBy(HistoryStep step) {
        return byActivityInstance.get(step.id());
    }
}
