package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * FB 6 kap. 20 §: a court's request for a snabbupplysning in a mål about vårdnad, boende or umgänge. Each step of
 * familjeratt-snabbupplysning fills its own columns once: the socialregister check, the yttrande, the sending.
 */
@Entity
@Table(name = "fr_snabbupplysning")
class Snabbupplysning {

    /** How the yttrande went to the court. */
    enum SentHow { E_POST, BREV, E_TJANST }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String court;
    private String caseNumber;
    private LocalDate receivedDate;
    private LocalDate courtDeadline;
    private String registeredBy;
    private Instant registeredAt;
    private String checkedBy;
    private Instant checkedAt;
    private String statementText;
    private String writtenBy;
    private Instant writtenAt;
    private LocalDate sentOn;
    private String sentHow;
    private String sentBy;
    private Instant sentAt;
    private Long documentId;

    protected Snabbupplysning() {
    }

    Snabbupplysning(long caseId, String court, String caseNumber, LocalDate receivedDate, LocalDate courtDeadline,
            String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.court = court;
        this.caseNumber = caseNumber;
        this.receivedDate = receivedDate;
        this.courtDeadline = courtDeadline;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void checked(String by, Instant at) {
        checkedBy = by;
        checkedAt = at;
    }

    void written(String text, String by, Instant at) {
        statementText = text;
        writtenBy = by;
        writtenAt = at;
    }

    void sent(LocalDate on, SentHow how, long document, String by, Instant at) {
        sentOn = on;
        sentHow = how.name();
        documentId = document;
        sentBy = by;
        sentAt = at;
    }

    boolean isChecked() { return checkedAt != null; }
    boolean isWritten() { return writtenAt != null; }
    Long id() { return id; }
    long caseId() { return caseId; }
    String court() { return court; }
    String caseNumber() { return caseNumber; }
    LocalDate courtDeadline() { return courtDeadline; }
    String statementText() { return statementText; }
    String writtenBy() { return writtenBy; }
    Instant checkedAt() { return checkedAt; }

    /** The purpose each socialregister lookup is logged with, so the audit log says which mål it served. */
    String registerPurpose() {
        return "Snabbupplysning " + caseNumber;
    }

    SnabbupplysningView toView(java.util.List<SnabbupplysningView.Party> parties,
            java.util.List<SnabbupplysningView.Found> occurrences, java.util.List<SnabbupplysningView.Contact> contacts,
            String reference) {
        return new SnabbupplysningView(caseId, reference, court, caseNumber, receivedDate, courtDeadline, parties,
                checkedAt, occurrences, contacts, statementText, writtenBy, writtenAt, sentOn,
                sentHow == null ? null : SentHow.valueOf(sentHow), documentId);
    }
}
