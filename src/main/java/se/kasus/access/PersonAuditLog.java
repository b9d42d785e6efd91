package se.kasus.access;

import java.time.LocalDate;
import java.util.List;

import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditVerification;
import se.kasus.registry.PersonView;

/**
 * Who took part of one person's data: one page of the audit entries about the person (reads, searches, writes,
 * refusals), newest first, and the state of the whole chain when the page was read.
 *
 * @param person     without address when the person has skyddad identitet
 * @param from       first day of the period, inclusive; null for no lower bound
 * @param to         last day of the period, inclusive; null for up to now
 * @param nextBefore pass as {@code before} for the next, older page; null on the last page
 */
public record PersonAuditLog(PersonView person, LocalDate from, LocalDate to, AuditVerification chain,
        List<AuditEntryView> entries, Long nextBefore) {
}
