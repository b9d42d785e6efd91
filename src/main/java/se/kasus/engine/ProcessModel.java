package se.kasus.engine;

import java.util.List;
import java.util.Set;

/**
 * What a replay needs from one process definition's model: its sequence flows and which subprocesses are event
 * subprocesses (started by a timer or a message while the process runs, such as an escalation).
 */
public record ProcessModel(String definitionId, List<Flow> flows, Set<String> eventSubProcesses) {

    public record Flow(String id, String sourceId, String targetId) {
    }
}
