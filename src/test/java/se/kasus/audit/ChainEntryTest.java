package se.kasus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainEntryTest {

    static final Instant AT = Instant.parse("2025-01-02T03:04:05.678Z");

    static ChainEntry entry(long id, String actor, String resource, Long personId, Long caseId, String reason) {
        return new ChainEntry(id, AT, actor, "READ", resource, personId, caseId, reason, ChainEntry.GENESIS_HASH, null);
    }

    @Test
    void theHashIsSha256InLowercaseHexAndRepeatable() {
        ChainEntry entry = entry(1, "a", "person", 1L, null, "skäl");

        assertThat(entry.recomputeHash()).matches("[0-9a-f]{64}").isEqualTo(entry.recomputeHash());
    }

    @Test
    void everyFieldChangesTheHash() {
        ChainEntry base = entry(1, "a", "person", 1L, 2L, "skäl");
        List<ChainEntry> changed = List.of(
                entry(2, "a", "person", 1L, 2L, "skäl"),
                new ChainEntry(1, AT.plusMillis(1), "a", "READ", "person", 1L, 2L, "skäl", ChainEntry.GENESIS_HASH, null),
                entry(1, "b", "person", 1L, 2L, "skäl"),
                new ChainEntry(1, AT, "a", "UPDATE", "person", 1L, 2L, "skäl", ChainEntry.GENESIS_HASH, null),
                entry(1, "a", "case", 1L, 2L, "skäl"),
                entry(1, "a", "person", 3L, 2L, "skäl"),
                entry(1, "a", "person", 1L, 3L, "skäl"),
                entry(1, "a", "person", 1L, 2L, "annat skäl"),
                new ChainEntry(1, AT, "a", "READ", "person", 1L, 2L, "skäl", "f".repeat(64), null));

        assertThat(changed).extracting(ChainEntry::recomputeHash).doesNotContain(base.recomputeHash()).doesNotHaveDuplicates();
    }

    /** With separators alone, text holding a separator could be moved from one field to the next unnoticed. */
    @Test
    void textMovedBetweenFieldsChangesTheHash() {
        ChainEntry before = new ChainEntry(1, AT, "a", "READ|x", "y", null, null, null, ChainEntry.GENESIS_HASH, null);
        ChainEntry after = new ChainEntry(1, AT, "a", "READ", "x|y", null, null, null, ChainEntry.GENESIS_HASH, null);

        assertThat(before.recomputeHash()).isNotEqualTo(after.recomputeHash());
    }

    @Test
    void aMissingValueDiffersFromEveryText() {
        assertThat(entry(1, "a", "p", null, null, null).recomputeHash())
                .isNotEqualTo(entry(1, "a", "p", null, null, "").recomputeHash())
                .isNotEqualTo(entry(1, "a", "p", null, null, "~").recomputeHash())
                .isNotEqualTo(entry(1, "a", "p", null, null, "null").recomputeHash());
    }
}
