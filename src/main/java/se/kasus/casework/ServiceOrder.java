package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
    @Enumerated(EnumType.STRING)
    private OrderKind orderKind = OrderKind.NY;
    @Enumerated(EnumType.STRING)
    private OrderStatus status = OrderStatus.SKICKAD;
    @Enumerated(EnumType.STRING)
    private ProviderChoice choice = ProviderChoice.KUNDVAL;
    private Instant answerDeadline;
    private Instant answeredAt;
    private String answeredBy;
    private LocalDate plannedStart;
    private String rejectReason;
    private Long previousOrderId;
    private String escalationNote;

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

    ServiceOrder(long caseId, long decisionId, String providerId, LocalDate requestedStart, String instructions,
            String sentBy, Instant sentAt, OrderKind kind, ProviderChoice choice, Instant answerDeadline,
            Long previousOrderId) {
        this(caseId, decisionId, providerId, requestedStart, instructions, sentBy, sentAt);
        this.orderKind = kind;
        this.choice = choice;
        this.answerDeadline = answerDeadline;
        this.previousOrderId = previousOrderId;
    }

    /**
     * The UPPHÖRANDE order that tells the provider an accepted insats ends: same case, decision and provider; its
     * date ({@code requestedStart}) is the insats's last day with this provider. The provider must acknowledge it
     * within the answer time.
     */
    ServiceOrder termination(LocalDate lastDay, String why, Instant at, Instant answerDeadline) {
        return new ServiceOrder(caseId, decisionId, providerId, lastDay, "Insatsen upphör: " + why, "system", at,
                OrderKind.UPPHORANDE, choice, answerDeadline, id);
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    long decisionId() {
        return decisionId;
    }

    String providerId() {
        return providerId;
    }

    OrderStatus status() {
        return status;
    }

    OrderKind kind() {
        return orderKind;
    }

    Long previousOrderId() {
        return previousOrderId;
    }

    ProviderChoice choice() {
        return choice;
    }

    /** Accepted and not itself an upphörande: an insats the provider carries out (until something ends it). */
    boolean carriesOut() {
        return status == OrderStatus.ACCEPTERAD && orderKind != OrderKind.UPPHORANDE;
    }

    /** The utförare accepts: it will start on the planned day. Only an order still waiting can be answered. */
    void accept(String by, Instant at, LocalDate start) {
        requireWaiting();
        this.status = OrderStatus.ACCEPTERAD;
        this.answeredBy = by;
        this.answeredAt = at;
        this.plannedStart = start;
    }

    void reject(String by, Instant at, String reason) {
        requireWaiting();
        this.status = OrderStatus.AVVISAD;
        this.answeredBy = by;
        this.answeredAt = at;
        this.rejectReason = reason;
    }

    /**
     * The answer time ran out: a new or changed order is withdrawn and the handläggare sends a new one; an
     * upphörande still holds (the insats ends whether or not the provider answered), it is only marked unanswered.
     */
    void expire(String note) {
        if (status == OrderStatus.SKICKAD) {
            this.status = OrderStatus.EJ_BESVARAD;
        }
        this.escalationNote = note;
    }

    private void requireWaiting() {
        if (status != OrderStatus.SKICKAD) {
            throw new CaseRuleException("Beställningen är redan besvarad eller återkallad (" + status.label() + ").");
        }
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
                acknowledgedDate, startedDate, orderKind, status, choice, answerDeadline, answeredAt, answeredBy,
                plannedStart, rejectReason, previousOrderId, escalationNote);
    }
}
