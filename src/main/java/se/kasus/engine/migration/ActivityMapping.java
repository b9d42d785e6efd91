package se.kasus.engine.migration;

/**
 * One instruction of a migration plan: instances waiting in {@code sourceActivityId} of the source version continue
 * in {@code targetActivityId} of the target version. Equal ids are mapped without being asked; an explicit mapping is
 * for an activity that was renamed or moved.
 */
public record ActivityMapping(String sourceActivityId, String targetActivityId) {
}
