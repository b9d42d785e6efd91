package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vårdnads-, boende- och umgängesutredning (FB 6 kap. 19 §) as screens and the API show it: the uppdrag, the child
 * and the parents with their talks and responses, the child's view or why it is missing, the report and its sending.
 */
public record VbuUtredningView(long caseId, String reference, String court, String caseNumber,
        List<VbuQuestion> questions, LocalDate courtDeadline, Person child, List<Parent> parents,
        String childView, String childViewMissing, Instant childViewAt, VbuReport report, String writtenBy,
        Instant writtenAt, LocalDate communicatedOn, LocalDate sentOn, Snabbupplysning.SentHow sentHow,
        Long documentId, String lateNote) {

    public record Person(long personId, String name, String personnummer) {
    }

    /** {@code noResponse}: the report was kommunicerad and the parent did not answer. */
    public record Parent(long personId, String name, String personnummer, LocalDate talkDate, String talkSummary,
            String response, boolean noResponse) {
    }
}
