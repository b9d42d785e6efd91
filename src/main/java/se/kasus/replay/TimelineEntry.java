package se.kasus.replay;

import java.time.Instant;
import java.util.List;

import se.kasus.engine.StepType;

/**
 * One step of the case's timeline: one activity instance of one process run.
 *
 * @param name        the element's Swedish name as it was in the version that ran, or a label for its type
 * @param depth       0 for the case's own process; one more inside a subprocess or a called process
 * @param assignee    for a user task, whom the engine had it assigned to
 * @param completedBy for a user task, who completed it (from the audit log's COMPLETE_TASK entries)
 * @param timer       for a timer event, its timer
 * @param escalation  the step is (inside) an event subprocess that a timer started, e.g. ej verkställt beslut
 * @param records     what the step decided or registered, and why
 */
public record TimelineEntry(String processInstanceId, String activityInstanceId, String activityId, String name,
        StepType type, String typeLabel, int depth, Instant startedAt, Instant endedAt, StepState state,
        String assignee, String completedBy, TimerView timer, boolean escalation, String calledProcessInstanceId,
        List<RecordNote> records) {
}
