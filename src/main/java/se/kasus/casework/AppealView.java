package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record AppealView(long id, long caseId, long decisionId, LocalDate receivedDate, AppealStatus status,
        Boolean inTime, String reconsiderationResult, String motivation, LocalDate forwardedDate,
        LocalDate judgmentDate, String judgmentOutcome, String courtCaseNumber, String registeredBy,
        Instant registeredAt) {
}
