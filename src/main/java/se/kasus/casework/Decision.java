package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A proposal and, once the decision-maker's task completes, the decision (beslut). Only the methods called by the
 * step of the process that is active may move it, so a decision cannot exist for a case that never reached that step.
 */
@Entity
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private DecisionStatus status;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    private Integer hoursPerMonth;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate followUpDate;
    private String motivation;
    private String legalBasis;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private String decidedRole;
    private Instant decidedAt;
    private String decisionComment;
    private LocalDate deliveredDate;
    private String deliveryMethod;
    private LocalDate appealDeadline;
    private LocalDate executedDate;
    private LocalDate notExecutedSince;
    private String notExecutedReason;

    protected Decision() {
    }

    Decision(long caseId, Proposal proposal, String proposedBy, Instant proposedAt) {
        this.caseId = caseId;
        this.status = DecisionStatus.PROPOSED;
        this.outcome = proposal.outcome();
        this.serviceType = proposal.serviceType();
        this.hoursPerMonth = proposal.hoursPerMonth();
        this.validFrom = proposal.validFrom();
        this.validTo = proposal.validTo();
        this.followUpDate = proposal.followUpDate();
        this.motivation = proposal.motivation();
        this.legalBasis = proposal.legalBasis();
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** What the caseworker proposes. */
    record Proposal(Outcome outcome, ServiceType serviceType, Integer hoursPerMonth, LocalDate validFrom,
            LocalDate validTo, LocalDate followUpDate, String motivation, String legalBasis) {
    }

    void decide(String by, String role, String comment, Instant at) {
        requireStatus(DecisionStatus.PROPOSED);
        status = DecisionStatus.DECIDED;
        decidedBy = by;
        decidedRole = role;
        decisionComment = comment;
        decidedAt = at;
    }

    void sendBack(String by, String comment) {
        requireStatus(DecisionStatus.PROPOSED);
        status = DecisionStatus.RETURNED;
        decidedBy = by;
        decisionComment = comment;
    }

    void supersede() {
        if (status == DecisionStatus.PROPOSED) {
            status = DecisionStatus.SUPERSEDED;
        }
    }

    void registerDelivery(LocalDate date, String method, LocalDate appealDeadline) {
        requireStatus(DecisionStatus.DECIDED);
        this.deliveredDate = date;
        this.deliveryMethod = method;
        this.appealDeadline = appealDeadline;
    }

    void registerExecuted(LocalDate date) {
        requireStatus(DecisionStatus.DECIDED);
        this.executedDate = date;
    }

    /**
     * Idempotent: a retried timer job must not move the date.
     *
     * @return true when this call flagged it
     */
    boolean flagNotExecuted(LocalDate since) {
        if (executedDate != null || notExecutedSince != null) {
            return false;
        }
        notExecutedSince = since;
        return true;
    }

    void explainNotExecuted(String reason) {
        this.notExecutedReason = reason;
    }

    private void requireStatus(DecisionStatus expected) {
        if (status != expected) {
            throw new CaseRuleException("Beslutet har status " + status.label() + " och kan inte ändras så.");
        }
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    DecisionStatus status() { return status; }
    Outcome outcome() { return outcome; }
    Instant decidedAt() { return decidedAt; }
    LocalDate appealDeadline() { return appealDeadline; }
    LocalDate deliveredDate() { return deliveredDate; }
    LocalDate executedDate() { return executedDate; }
    String decidedRole() { return decidedRole; }
    ServiceType serviceType() { return serviceType; }

    DecisionView toView() {
        return new DecisionView(id, caseId, status, outcome, serviceType, hoursPerMonth, validFrom, validTo,
                followUpDate, motivation, legalBasis, proposedBy, proposedAt, decidedBy, decidedRole, decidedAt,
                decisionComment, deliveredDate, deliveryMethod, appealDeadline, executedDate, notExecutedSince,
                notExecutedReason);
    }
}
