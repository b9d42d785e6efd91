package se.kasus.engine;

import java.time.Instant;
import java.util.Set;

/**
 * An open user task as the rest of Kasus sees it, without Camunda types.
 *
 * @param caseId the case (ärende) the task belongs to: the process instance's business key
 */
public record WorkTask(String id, String name, String taskKey, String processInstanceId, String processKey,
        long caseId, String assignee, Set<String> candidateGroups, Instant created, Instant due) {

    public boolean overdue(Instant now) {
        return due != null && due.isBefore(now);
    }

    public boolean isCandidate(Set<String> groups) {
        return candidateGroups.stream().anyMatch(groups::contains);
    }
}
