package se.kasus.engine;

import java.time.Instant;
import java.util.List;

/**
 * One process instance that ran for a case, with the exact process definition (and its version) it ran on.
 *
 * @param superProcessInstanceId the process that called this one, if it was started by a call activity
 * @param latestVersion          the newest deployed version of the same process, to show that a run used an older one
 * @param steps                  in the order the engine recorded them: by start time, ties by occurrence
 */
public record ProcessRun(String id, String superProcessInstanceId, String processKey, String processName,
        String definitionId, int version, int latestVersion, Instant startedAt, Instant endedAt, RunState state,
        List<HistoryStep> steps, List<TimerJob> timers) {

    public enum RunState {
        ACTIVE, SUSPENDED, COMPLETED, TERMINATED
    }
}
