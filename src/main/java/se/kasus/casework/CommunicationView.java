package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

public record CommunicationView(long id, long caseId, long decisionId, LocalDate sentDate, String method,
        LocalDate responseDeadline, LocalDate responseDate, String responseText, String sentBy, Instant createdAt) {
}
