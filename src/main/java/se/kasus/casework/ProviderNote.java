package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entry of the utförare's social dokumentation: signed when written, never edited; corrected by a new entry. */
@Entity
class ProviderNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long orderId;
    private LocalDate noteDate;
    private String text;
    private String writtenBy;
    private Instant writtenAt;
    private Long correctsId;

    protected ProviderNote() {
    }

    ProviderNote(long orderId, LocalDate noteDate, String text, String writtenBy, Instant writtenAt, Long correctsId) {
        this.orderId = orderId;
        this.noteDate = noteDate;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.correctsId = correctsId;
    }

    long orderId() {
        return orderId;
    }

    ProviderNoteView toView() {
        return new ProviderNoteView(id, orderId, noteDate, text, writtenBy, writtenAt, correctsId);
    }
}
