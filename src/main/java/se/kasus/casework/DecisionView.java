package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record DecisionView(long id, long caseId, DecisionStatus status, Outcome outcome, ServiceType serviceType,
        Integer hoursPerMonth, LocalDate validFrom, LocalDate validTo, LocalDate followUpDate, String motivation,
        String legalBasis, String proposedBy, Instant proposedAt, String decidedBy, String decidedRole,
        Instant decidedAt, String decisionComment, LocalDate deliveredDate, String deliveryMethod,
        LocalDate appealDeadline, LocalDate executedDate, LocalDate notExecutedSince, String notExecutedReason) {

    public boolean decided() {
        return status == DecisionStatus.DECIDED;
    }
}
