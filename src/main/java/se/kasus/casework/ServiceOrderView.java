package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record ServiceOrderView(long id, long caseId, long decisionId, String providerId, LocalDate requestedStart,
        String instructions, String sentBy, Instant sentAt, LocalDate acknowledgedDate, LocalDate startedDate) {
}
