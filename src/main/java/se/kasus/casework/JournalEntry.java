package se.kasus.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A journal entry in the personakt (SOSFS 2014:5); never edited or deleted. */
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

    protected JournalEntry() {
    }

    JournalEntry(long caseId, String author, String text, Instant createdAt) {
        this.caseId = caseId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    JournalEntryView toView() {
        return new JournalEntryView(id, caseId, author, text, createdAt);
    }
}
