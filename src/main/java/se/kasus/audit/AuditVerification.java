package se.kasus.audit;

/**
 * Result of walking the audit chain.
 *
 * @param intact          true when every entry is present, unchanged and in its place
 * @param entriesChecked  entries read, up to and including the first bad one
 * @param firstBadEntryId the id of the first entry found changed, missing or out of place; null when intact
 * @param problem         a Swedish sentence for the auditor; null when intact
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBadEntryId, String problem) {

    static AuditVerification intactAfter(long entriesChecked) {
        return new AuditVerification(true, entriesChecked, null, null);
    }

    static AuditVerification broken(long entriesChecked, Long firstBadEntryId, String problem) {
        return new AuditVerification(false, entriesChecked, firstBadEntryId, problem);
    }
}
