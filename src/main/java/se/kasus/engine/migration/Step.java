package se.kasus.engine.migration;

/** An activity of a process version as the process owner reads it: the BPMN id and its Swedish name. */
public record Step(String activityId, String name) {
}
