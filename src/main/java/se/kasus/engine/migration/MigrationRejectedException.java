package se.kasus.engine.migration;

import java.util.List;

/**
 * The request cannot be carried out as asked: missing or equal versions, malformed mappings, a plan the engine
 * refuses, or a target version whose deployment lacks what its steps need. Nothing was changed.
 */
public class MigrationRejectedException extends RuntimeException {

    private final List<String> problems;

    public MigrationRejectedException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public MigrationRejectedException(String message) {
        this(message, List.of());
    }

    /** The details, one per line; the engine's own words are kept in brackets where it gave a reason. */
    public List<String> problems() {
        return problems;
    }
}
