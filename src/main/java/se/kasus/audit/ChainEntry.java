package se.kasus.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One row of {@code audit_entry}. Action and hashes are the raw column values, not parsed, so that a tampered row can
 * still be read and its hash recomputed.
 */
record ChainEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String resource,
        Long personId,
        Long caseId,
        String reason,
        String prevHash,
        String hash) {

    /** The hash before the first entry, as seeded in {@code audit_chain_head}. */
    static final String GENESIS_HASH = "0".repeat(64);

    /** Bump when the hash input changes; old entries then need the old format to verify. */
    private static final String FORMAT = "kasus-audit-v1";

    /** The entry that puts {@code stamped} at {@code id}, chained to the entry whose hash is {@code prevHash}. */
    static ChainEntry link(long id, String prevHash, StampedEvent stamped) {
        AuditEvent event = stamped.event();
        ChainEntry unhashed = new ChainEntry(id, stamped.occurredAt(), event.actor(), event.action().name(),
                event.resource(), event.personId(), event.caseId(), event.reason(), prevHash, null);
        return unhashed.withHash(unhashed.recomputeHash());
    }

    private ChainEntry withHash(String newHash) {
        return new ChainEntry(id, occurredAt, actor, action, resource, personId, caseId, reason, prevHash, newHash);
    }

    /**
     * SHA-256 over every column but the hash itself. The id and the previous hash are included so that moving an
     * entry, or putting another one before it, changes what its hash must be.
     */
    String recomputeHash() {
        return HexFormat.of().formatHex(sha256().digest(hashInput().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Each field is written as its length and its text (or {@code ~} for null), so no choice of values can make two
     * different entries produce the same input.
     */
    private String hashInput() {
        StringBuilder input = new StringBuilder(FORMAT);
        field(input, Long.toString(id));
        field(input, prevHash);
        field(input, occurredAt.toString());
        field(input, actor);
        field(input, action);
        field(input, resource);
        field(input, personId == null ? null : personId.toString());
        field(input, caseId == null ? null : caseId.toString());
        field(input, reason);
        return input.toString();
    }

    private static void field(StringBuilder input, String value) {
        input.append('|');
        if (value == null) {
            input.append('~');
        } else {
            input.append(value.length()).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
