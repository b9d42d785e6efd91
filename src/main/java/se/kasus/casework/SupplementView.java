package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A komplettering received during the investigation. */
public record SupplementView(long id, long caseId, LocalDate receivedDate, String description, String registeredBy,
        Instant registeredAt) {
}
