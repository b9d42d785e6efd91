package se.kasus.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A journal entry in the personakt (SOSFS 2014:5), signed by its author when saved and never changed or deleted
 * afterwards: there are no setters, and PostgreSQL refuses UPDATE and DELETE on the table. A correction (rättelse)
 * is a new signed entry pointing at the entry it corrects.
 */
@Entity
class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String author;
    @Column(name = "entry_text")
    private String text;
    private Instant createdAt;
    private String signedBy;
    private Instant signedAt;
    private Long correctsId;
    private String correctionReason;

    protected JournalEntry() {
    }

    /** A new entry, signed by its author at the moment it is saved. */
    static JournalEntry signed(long caseId, String author, String text, Instant now) {
        JournalEntry entry = new JournalEntry();
        entry.caseId = caseId;
        entry.author = author;
        entry.text = text;
        entry.createdAt = now;
        entry.signedBy = author;
        entry.signedAt = now;
        return entry;
    }

    /** A signed correction of this entry, by whoever writes it, with the reason; this entry stays as it was. */
    JournalEntry correction(String author, String text, String reason, Instant now) {
        JournalEntry correction = signed(caseId, author, text, now);
        correction.correctsId = id;
        correction.correctionReason = reason;
        return correction;
    }

    long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Long correctsId() {
        return correctsId;
    }

    JournalEntryView toView(Long correctedById) {
        return new JournalEntryView(id, caseId, author, text, createdAt, signedBy, signedAt, correctsId,
                correctionReason, correctedById);
    }
}
