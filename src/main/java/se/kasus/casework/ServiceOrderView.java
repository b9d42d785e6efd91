package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record ServiceOrderView(long id, long caseId, long decisionId, String providerId, LocalDate requestedStart,
        String instructions, String sentBy, Instant sentAt, LocalDate acknowledgedDate, LocalDate startedDate, OrderKind kind, OrderStatus status, ProviderChoice choice,
        Instant answerDeadline, Instant answeredAt, String answeredBy, LocalDate plannedStart, String rejectReason,
        Long previousOrderId, String escalationNote) {

    /** Waiting for the utförare's answer after the answer time: shown highlighted. */
    public boolean answerOverdue(Instant now) {
        return status == OrderStatus.SKICKAD && answerDeadline != null && answerDeadline.isBefore(now);
    }
}
