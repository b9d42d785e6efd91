package se.kasus.audit;

import java.time.Instant;

/** One audit entry as shown to an auditor or in a client's extract; the hashes stay inside the module. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String resource,
        Long personId,
        Long caseId,
        String reason) {
}
