package se.kasus.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries    at most the limit asked for
 * @param nextBefore the value to pass as {@code beforeId} for the next (older) page; {@code null} on the last page
 */
public record AuditPage(List<AuditEntryView> entries, Long nextBefore) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    /** {@code rows} was fetched with one row more than {@code limit}: that extra row says whether there is more. */
    static AuditPage of(List<AuditEntryView> rows, int limit) {
        if (rows.size() <= limit) {
            return new AuditPage(rows, null);
        }
        List<AuditEntryView> page = rows.subList(0, limit);
        return new AuditPage(page, page.get(limit - 1).id());
    }

    public boolean hasMore() {
        return nextBefore != null;
    }
}
