package se.kasus.processadmin;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One process and its deployed versions, newest first, as the process owner sees them on {@code /processer}.
 *
 * @param key      the process id, e.g. {@code aldreomsorg-bistand}
 * @param name     the latest version's name
 * @param versions newest first
 */
public record ProcessHistory(String key, String name, List<Version> versions) {

    public ProcessHistory {
        versions = List.copyOf(versions);
    }

    @JsonProperty
    public long runningInstances() {
        return versions.stream().mapToLong(Version::runningInstances).sum();
    }

    /**
     * @param version          the engine's version number
     * @param definitionId     the engine's process definition id
     * @param deploymentId     the deployment it came with
     * @param deployedAt       when
     * @param deploymentName   e.g. "kasus" (start-up) or "kasus-grind: aldreomsorg-bistand.bpmn (ivar.admin)"
     * @param source           {@code kasus-start}, {@code kasus-grind}, or another tool's (Camunda Modeler's is
     *                         "Camunda Modeler"); null when the deployer gave none
     * @param byKasus          deployed by Kasus itself, at start-up or through the gate, not around it
     * @param runningInstances process instances (cases, or their parts) running on this version now
     * @param changes          what changed from the previous version
     */
    public record Version(int version, String definitionId, String deploymentId, Instant deployedAt,
            String deploymentName, String source, boolean byKasus, long runningInstances,
            VersionChanges changes) {
    }
}
