package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

/** A missed LVU deadline: the omhändertagande lapsed. {@code handledAt} is null until the enhetschef has acted. */
public record LvuLegalFailureView(long id, long lvuId, long caseId, long personId, String deadlineKey,
        LocalDate lastDay, Instant occurredAt, String handledBy, Instant handledAt, String measures) {

    public String label() {
        return switch (deadlineKey) {
            case Deadlines.LVU_UNDERSTALLAN -> "Omhändertagandet underställdes inte förvaltningsrätten inom en vecka (LVU 7 §)";
            case Deadlines.LVU_ANSOKAN -> "Ansökan om vård gjordes inte inom fristen (LVU 8–9 §§)";
            case Deadlines.LVU_OMPROVNING -> "Vården övervägdes eller prövades inte inom sex månader (LVU 13 §)";
            default -> deadlineKey;
        };
    }
}
