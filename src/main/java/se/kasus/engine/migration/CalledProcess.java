package se.kasus.engine.migration;

import java.util.List;

/**
 * A sub-process instance that a call activity of the migrated instance started. Migration leaves it where it is: on
 * its own process and version, at the same steps.
 */
public record CalledProcess(String processKey, int version, List<Step> waitsAt) {
}
