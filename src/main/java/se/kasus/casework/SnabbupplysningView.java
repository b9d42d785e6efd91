package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A snabbupplysning as screens and the API show it: the request, the parties, what the socialregister showed for each,
 * the contacts with other units' caseworkers, the yttrande and when it was sent.
 */
public record SnabbupplysningView(long caseId, String reference, String court, String caseNumber,
        LocalDate receivedDate, LocalDate courtDeadline, List<Party> parties, Instant checkedAt,
        List<Found> occurrences, List<Contact> contacts, String statement, String writtenBy, Instant writtenAt,
        LocalDate sentOn, Snabbupplysning.SentHow sentHow, Long documentId) {

    /** FORALDER or BARN. */
    public record Party(long personId, String role, String name, String personnummer) {
    }

    /** One occurrence as the register showed it when checked; {@code needsContact}: current, in another unit. */
    public record Found(long id, long personId, String lawArea, String reference, String unitName, LocalDate from,
            LocalDate to, String contactName, boolean needsContact) {
    }

    public record Contact(long occurrenceId, LocalDate contactedOn, String whom, String learnt) {
    }
}
