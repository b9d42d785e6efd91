package se.kasus.audit;

import java.time.Instant;

/** An event with the time it happened; it waits in a transaction's buffer until it gets its place in the chain. */
record StampedEvent(AuditEvent event, Instant occurredAt) {
}
