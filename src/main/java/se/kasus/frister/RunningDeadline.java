package se.kasus.frister;

import java.time.Instant;
import java.util.List;

/**
 * One running deadline as the engine holds it: a timer job's or an open task's due date at an activity of a process
 * instance whose business key is the case.
 *
 * @param responsible for a task its assignee, else {@code null}; for a timer the case's responsible caseworker
 */
record RunningDeadline(Source source, String id, String definitionId, String activityId, Instant due, long caseId,
        long personId, String responsible, List<String> candidateGroups) {

    enum Source { TIMER, TASK }

    String processKey() {
        return definitionId.split(":")[0];
    }
}
