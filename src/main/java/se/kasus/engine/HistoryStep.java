package se.kasus.engine;

import java.time.Instant;

/**
 * One step a process run took, as the engine's history recorded it: an activity instance.
 *
 * @param id                      the activity instance
 * @param parentId                the scope it ran in: the process instance, or an (event) subprocess's instance
 * @param assignee                for a user task, whom it was assigned to when it ended (may be nobody)
 * @param calledProcessInstanceId for a call activity, the process instance it started
 * @param endedAt                 {@code null} while the step is still active
 * @param canceled                ended without completing, e.g. a task interrupted by a boundary timer
 */
public record HistoryStep(String id, String parentId, String activityId, String activityName, StepType type,
        String assignee, String calledProcessInstanceId, Instant startedAt, Instant endedAt, boolean canceled) {

    public boolean active() {
        return endedAt == null;
    }

    /** Finished and not canceled: the step was done. */
    public boolean completed() {
        return endedAt != null && !canceled;
    }
}
