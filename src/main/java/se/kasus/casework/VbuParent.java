package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A parent in a vbu-utredning: the talk with the investigator, then the response to the kommunicerade report. */
@Entity
@Table(name = "fr_vbu_parent")
class VbuParent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long utredningId;
    private long personId;
    private LocalDate talkDate;
    private String talkSummary;
    private String talkBy;
    private Instant talkAt;
    private String responseText;
    private boolean noResponse;
    private Instant responseAt;

    protected VbuParent() {
    }

    VbuParent(long utredningId, long personId) {
        this.utredningId = utredningId;
        this.personId = personId;
    }

    void talked(LocalDate on, String summary, String by, Instant at) {
        talkDate = on;
        talkSummary = summary;
        talkBy = by;
        talkAt = at;
    }

    /** {@code text} null: the parent did not respond before the report went to the court. */
    void responded(String text, Instant at) {
        responseText = text;
        noResponse = text == null;
        responseAt = at;
    }

    long personId() { return personId; }
    boolean hasTalked() { return talkAt != null; }

    VbuUtredningView.Parent toView(String name, String personnummer) {
        return new VbuUtredningView.Parent(personId, name, personnummer, talkDate, talkSummary,
                responseAt == null ? null : responseText, responseAt != null && noResponse);
    }
}
