package se.kasus.access;

import java.time.LocalDate;
import java.util.List;

import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditVerification;

/**
 * What one user did: one page of the audit entries with the user as actor in a period, newest first, and the state
 * of the whole chain when the page was read.
 *
 * @param displayName the user's name; null for a username that is not (or no longer) an active user
 * @param from        first day of the period, inclusive; null for no lower bound
 * @param to          last day of the period, inclusive; null for up to now
 * @param nextBefore  pass as {@code before} for the next, older page; null on the last page
 */
public record UserAuditLog(String username, String displayName, LocalDate from, LocalDate to,
        AuditVerification chain, List<AuditEntryView> entries, Long nextBefore) {
}
