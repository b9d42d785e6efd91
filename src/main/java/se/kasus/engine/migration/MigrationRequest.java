package se.kasus.engine.migration;

import java.util.List;

/**
 * What the process owner asks for: move the running instances of {@code sourceVersion} of a process to
 * {@code targetVersion}. The versions are boxed so that a missing one is a Swedish message, not a parse error.
 *
 * @param extraMappings instructions for renamed or moved activities, on top of the mapping of equal ids; may be null
 */
public record MigrationRequest(String processKey, Integer sourceVersion, Integer targetVersion,
        List<ActivityMapping> extraMappings) {

    public List<ActivityMapping> mappings() {
        return extraMappings == null ? List.of() : extraMappings;
    }
}
