package se.kasus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seven entries with a verification page of three: the walk crosses two page boundaries. */
class AuditVerificationTest extends AuditH2Test {

    @Test
    void anEmptyChainIsIntact() {
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 0, null, null));
    }

    @Test
    void anUntouchedChainIsIntact() {
        appendCommitted(7);

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 7, null, null));
    }

    @Test
    void aChainThatFillsWholePagesIsIntact() {
        appendCommitted(6);

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 6, null, null));
    }

    @Test
    void anEditedReasonIsFoundAtThatEntry() {
        appendCommitted(7);
        jdbc.update("UPDATE audit_entry SET reason = 'något annat' WHERE id = 4");

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(false, 4, 4L, "Posten 4 har ändrats."));
    }

    @Test
    void anEditWhoseHashWasRecomputedIsFoundAtTheNextEntry() {
        appendCommitted(7);
        ChainEntry original = storedEntry(4);
        ChainEntry edited = new ChainEntry(4, original.occurredAt(), "någon annan", original.action(),
                original.resource(), original.personId(), original.caseId(), original.reason(), original.prevHash(), null);
        jdbc.update("UPDATE audit_entry SET actor = ?, hash = ? WHERE id = 4", edited.actor(), edited.recomputeHash());

        AuditVerification verification = auditLog.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadEntryId()).isEqualTo(5L);
    }

    @Test
    void aDeletedMiddleEntryIsFoundByItsId() {
        appendCommitted(7);
        jdbc.update("DELETE FROM audit_entry WHERE id = 4");

        assertThat(auditLog.verify())
                .isEqualTo(new AuditVerification(false, 4, 4L, "Posten 4 saknas eller har flyttats."));
    }

    @Test
    void aDeletedFirstEntryIsFound() {
        appendCommitted(3);
        jdbc.update("DELETE FROM audit_entry WHERE id = 1");

        assertThat(auditLog.verify().firstBadEntryId()).isEqualTo(1L);
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheHead() {
        appendCommitted(7);
        jdbc.update("DELETE FROM audit_entry WHERE id = 7");

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(false, 6, 7L, "Den sista posten saknas."));
    }

    @Test
    void severalDeletedLastEntriesAreCounted() {
        appendCommitted(7);
        jdbc.update("DELETE FROM audit_entry WHERE id >= 5");

        assertThat(auditLog.verify())
                .isEqualTo(new AuditVerification(false, 4, 5L, "De sista 3 posterna saknas (5–7)."));
    }

    @Test
    void twoSwappedEntriesAreFoundAtTheFirstOfThem() {
        appendCommitted(7);
        swapIds(3, 4);

        AuditVerification verification = auditLog.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBadEntryId()).isEqualTo(3L);
        assertThat(verification.problem()).startsWith("Posten 3 hänger inte ihop med posten före");
    }

    @Test
    void aRecomputedLastEntryIsFoundThroughTheHead() {
        appendCommitted(3);
        ChainEntry original = storedEntry(3);
        ChainEntry edited = new ChainEntry(3, original.occurredAt(), original.actor(), original.action(),
                original.resource(), original.personId(), original.caseId(), "dold läsning", original.prevHash(), null);
        jdbc.update("UPDATE audit_entry SET reason = ?, hash = ? WHERE id = 3", edited.reason(), edited.recomputeHash());

        assertThat(auditLog.verify())
                .isEqualTo(new AuditVerification(false, 3, 3L, "Den sista posten (3) har ändrats."));
    }

    @Test
    void anEntryInsertedBeyondTheHeadIsFound() {
        appendCommitted(3);
        jdbc.update("INSERT INTO audit_entry (id, occurred_at, actor, action, resource, prev_hash, hash)"
                + " SELECT 4, occurred_at, actor, action, resource, hash, hash FROM audit_entry WHERE id = 3");

        assertThat(auditLog.verify())
                .isEqualTo(new AuditVerification(false, 3, 4L, "Posten 4 har lagts till utanför kedjan."));
    }

    @Test
    void aMissingHeadIsReported() {
        appendCommitted(1);
        jdbc.update("DELETE FROM audit_chain_head");
        try {
            assertThat(auditLog.verify()).isEqualTo(new AuditVerification(false, 0, null, "Kedjans huvudpost saknas."));
        } finally {
            jdbc.update("INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, ?)", ChainEntry.GENESIS_HASH);
        }
    }

    /** Moves two rows to each other's place, as someone hiding the order of two accesses would. */
    private void swapIds(long a, long b) {
        jdbc.update("UPDATE audit_entry SET id = 1000000 WHERE id = ?", a);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = ?", a, b);
        jdbc.update("UPDATE audit_entry SET id = ? WHERE id = 1000000", b);
    }
}
