package se.kasus.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a replay needs from one process definition's model: its sequence flows, which subprocesses are event
 * subprocesses (started by a timer or a message while the process runs, such as an escalation), and the names of
 * its elements (also of those that never ran, such as a timer that was removed).
 */
public record ProcessModel(String definitionId, List<Flow> flows, Set<String> eventSubProcesses,
        Map<String, String> names) {

    public String nameOf(String elementId) {
        return names.get(elementId);
    }

    public record Flow(String id, String sourceId, String targetId) {
    }
}
