package se.kasus.casework;

import java.time.Instant;

public record JournalEntryView(long id, long caseId, String author, String text, Instant createdAt) {
}
