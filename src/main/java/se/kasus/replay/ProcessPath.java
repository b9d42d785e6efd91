package se.kasus.replay;

import java.time.Instant;
import java.util.List;

import se.kasus.engine.ProcessRun.RunState;

/**
 * One process run and its path through the diagram of the exact definition it ran on: what to highlight.
 *
 * @param calledBy           the process instance whose call activity started this one, if any
 * @param doneActivities     element ids with at least one completed instance
 * @param activeActivities   element ids where the run stands now
 * @param canceledActivities element ids that were only ever interrupted (e.g. a task ended by a boundary timer)
 * @param takenFlows         sequence flow ids the run went along
 */
public record ProcessPath(String processInstanceId, String calledBy, String processKey, String processName,
        String definitionId, int version, int latestVersion, Instant startedAt, Instant endedAt, RunState state,
        List<String> doneActivities, List<String> activeActivities, List<String> canceledActivities,
        List<String> takenFlows, List<TimerView> timers) {

    public boolean olderVersion() {
        return version < latestVersion;
    }

    public String stateLabel() {
        return switch (state) {
            case ACTIVE -> "Pågår";
            case SUSPENDED -> "Vilande";
            case COMPLETED -> "Avslutad";
            case TERMINATED -> "Avbruten";
        };
    }
}
