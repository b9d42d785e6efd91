package se.kasus.audit;

import java.time.Instant;

/**
 * A stretch of time to select audit entries by: {@code from} inclusive, {@code until} exclusive; either end may be
 * open ({@code null}).
 */
public record AuditPeriod(Instant from, Instant until) {

    /** The whole log. */
    public static final AuditPeriod ALL = new AuditPeriod(null, null);

    public AuditPeriod {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("from must be before until: " + from + " / " + until);
        }
    }
}
