package se.kasus.engine.migration;

import java.util.List;

/** A deployed process and its versions, for choosing what to migrate. */
public record ProcessVersions(String processKey, String name, List<Version> versions) {

    /** One version, and how many instances run on it now. */
    public record Version(int version, long runningInstances) {
    }
}
