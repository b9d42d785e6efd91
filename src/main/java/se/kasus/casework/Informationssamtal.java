package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * FB 6 kap. 25 §: a parent's request for an informationssamtal before a mål about vårdnad, boende or umgänge. Each
 * step of familjeratt-informationssamtal fills its own columns once: the booking, the samtal, the intyg.
 */
@Entity
@Table(name = "fr_informationssamtal")
class Informationssamtal {

    /** Who came: both parents together, or only the one who asked (the other may come to a samtal of their own). */
    enum Attended { BADA, BEGARANDE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private Long otherParentId;
    private LocalDate receivedDate;
    private String registeredBy;
    private Instant registeredAt;
    private LocalDate bookedOn;
    private String place;
    private String bookedBy;
    private LocalDate heldOn;
    private String attended;
    private String heldBy;
    private Instant heldAt;
    private LocalDate issuedOn;
    private String issuedBy;
    private Long documentId;

    protected Informationssamtal() {
    }

    Informationssamtal(long caseId, Long otherParentId, LocalDate receivedDate, String registeredBy,
            Instant registeredAt) {
        this.caseId = caseId;
        this.otherParentId = otherParentId;
        this.receivedDate = receivedDate;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void book(LocalDate on, String where, String by) {
        bookedOn = on;
        place = where;
        bookedBy = by;
    }

    void hold(LocalDate on, Attended who, String by, Instant at) {
        heldOn = on;
        attended = who.name();
        heldBy = by;
        heldAt = at;
    }

    void issue(LocalDate on, long document, String by) {
        issuedOn = on;
        documentId = document;
        issuedBy = by;
    }

    boolean isBooked() { return bookedOn != null; }
    boolean isHeld() { return heldOn != null; }
    Long otherParentId() { return otherParentId; }
    LocalDate receivedDate() { return receivedDate; }
    LocalDate bookedOn() { return bookedOn; }
    LocalDate heldOn() { return heldOn; }
    String heldBy() { return heldBy; }
    Attended attended() { return attended == null ? null : Attended.valueOf(attended); }

    InformationssamtalView toView(String reference, String parentName, String otherParentName) {
        return new InformationssamtalView(caseId, reference, parentName, otherParentName, receivedDate, bookedOn,
                place, heldOn, attended(), issuedOn, documentId);
    }
}
