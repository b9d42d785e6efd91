package se.kasus.casework;

import java.time.Instant;

public record DocumentView(long id, long caseId, Long decisionId, String docType, String title, Instant createdAt) {
}
