package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Kommunicering (förvaltningslagen 25 §): the material sent to the party before an adverse decision. */
@Entity
class Communication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long decisionId;
    private LocalDate sentDate;
    private String method;
    private LocalDate responseDeadline;
    private LocalDate responseDate;
    private String responseText;
    private String sentBy;
    private Instant createdAt;

    protected Communication() {
    }

    Communication(long caseId, long decisionId, LocalDate sentDate, String method, LocalDate responseDeadline,
            String sentBy, Instant createdAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.sentDate = sentDate;
        this.method = method;
        this.responseDeadline = responseDeadline;
        this.sentBy = sentBy;
        this.createdAt = createdAt;
    }

    void registerResponse(LocalDate date, String text) {
        this.responseDate = date;
        this.responseText = text;
    }

    LocalDate sentDate() { return sentDate; }
    Instant createdAt() { return createdAt; }

    CommunicationView toView() {
        return new CommunicationView(id, caseId, decisionId, sentDate, method, responseDeadline, responseDate,
                responseText, sentBy, createdAt);
    }
}
