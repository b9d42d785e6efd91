package se.kasus.access;

/** A unit as other modules see it. */
public record UnitView(String id, String name) {
}
