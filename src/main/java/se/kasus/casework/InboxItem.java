package se.kasus.casework;

import java.time.Instant;

/** One row of the caseworker's inbox. */
public record InboxItem(String taskId, String taskName, String taskKey, long caseId, String caseReference, long personId,
        String personName, String personnummer, String assignee, boolean mine, Instant created, Instant due,
        boolean overdue) {
}
