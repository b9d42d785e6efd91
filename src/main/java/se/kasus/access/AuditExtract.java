package se.kasus.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditVerification;
import se.kasus.registry.PersonView;

/**
 * Everything an exported log extract (PDF or CSV) shows: the whole selection, not a page.
 *
 * @param person         the person the extract is about, without address when skyddad identitet; null for a user's
 *                       extract
 * @param username       the user the extract is about; null for a person's extract
 * @param userName       that user's display name, when known
 * @param exportedBy     username of the one who exported
 * @param exportedByName their display name
 */
public record AuditExtract(PersonView person, String username, String userName, LocalDate from, LocalDate to,
        AuditVerification chain, List<AuditEntryView> entries, String exportedBy, String exportedByName,
        Instant exportedAt) {

    public boolean aboutPerson() {
        return person != null;
    }
}
