package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A beställning to the provider (utförare) that carries out a decision. */
@Entity
class ServiceOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long decisionId;
    private String providerId;
    private LocalDate requestedStart;
    private String instructions;
    private String sentBy;
    private Instant sentAt;
    private LocalDate acknowledgedDate;
    private LocalDate startedDate;

    protected ServiceOrder() {
    }

    ServiceOrder(long caseId, long decisionId, String providerId, LocalDate requestedStart, String instructions,
            String sentBy, Instant sentAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.providerId = providerId;
        this.requestedStart = requestedStart;
        this.instructions = instructions;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    void acknowledge(LocalDate acknowledged, LocalDate started) {
        this.acknowledgedDate = acknowledged;
        this.startedDate = started;
    }

    LocalDate sentDate(ZoneId zone) {
        return sentAt.atZone(zone).toLocalDate();
    }

    ServiceOrderView toView() {
        return new ServiceOrderView(id, caseId, decisionId, providerId, requestedStart, instructions, sentBy, sentAt,
                acknowledgedDate, startedDate);
    }
}
