package se.kasus.audit;

/** What was done with client data. Stored by name, so renaming a constant breaks verification of old entries. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    COMPLETE_TASK,
    CLAIM_TASK,
    EXPORT,
    /** A refused attempt; recorded with {@link AuditLog#recordIndependently} so the refusal's rollback keeps it. */
    DENIED,
    VERIFY,
    LOGIN,
    /** A process owner ran the process gate on a changed model, which was not deployed (a trial, or refused). */
    GATE_CHECK,
    /** A changed model passed the process gate and was deployed as a new version. */
    DEPLOY,
    /**
     * A menprövning: a user recorded why they need to read a person's cases in another unit and got time-limited read
     * access (OSL 26 kap. 1 §). An event of its own, so the log review finds every crossing of a unit boundary.
     */
    CROSS_UNIT_ACCESS
}
