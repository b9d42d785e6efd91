package se.kasus.casework;

import java.time.Instant;

/**
 * A signed journal entry as shown in the client file and the API. {@code correctsId} is set on a rättelse (with its
 * reason); {@code correctedById} on an entry that a later rättelse corrects: both stay readable.
 */
public record JournalEntryView(long id, long caseId, String author, String text, Instant createdAt, String signedBy,
        Instant signedAt, Long correctsId, String correctionReason, Long correctedById) {

    public boolean corrected() {
        return correctedById != null;
    }

    public boolean isCorrection() {
        return correctsId != null;
    }
}
