package se.kasus.audit;

import java.util.Objects;

/**
 * One access to client data, as the caller knows it: who, what, which person and case, and why. The time, id and
 * hashes are added by {@link AuditLog} when the event joins the chain.
 *
 * <p>Lengths are checked here rather than left to the database, because a buffered event is written only at commit:
 * a value too long for its column would then roll back the caller's business transaction far from its cause.
 *
 * @param actor    username of the person acting (required)
 * @param action   what was done (required)
 * @param resource what was touched, e.g. {@code "person"} or {@code "case/42/decision"} (required)
 * @param personId the client whose data was touched, if any
 * @param caseId   the case, if any
 * @param reason   why, e.g. the task or the stated purpose; for {@link AuditAction#DENIED} the refusal
 */
public record AuditEvent(String actor, AuditAction action, String resource, Long personId, Long caseId, String reason) {

    static final int MAX_ACTOR = 100;
    static final int MAX_RESOURCE = 200;
    static final int MAX_REASON = 1000;

    public AuditEvent {
        Objects.requireNonNull(action, "action is required");
        requireText("actor", actor, MAX_ACTOR);
        requireText("resource", resource, MAX_RESOURCE);
        if (reason != null) {
            checkText("reason", reason, MAX_REASON);
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        checkText(field, value, maxLength);
    }

    private static void checkText(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        // PostgreSQL refuses NUL in text; H2 would accept it, so the failure would only show in production.
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " contains a NUL character");
        }
    }
}
