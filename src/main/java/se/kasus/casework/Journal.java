package se.kasus.casework;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * The journal of the personakt (SOSFS 2014:5 4 kap.): entries are signed by their author when saved, a signed entry
 * is never changed or deleted, and a correction (rättelse) is a new signed entry linked to the one it corrects, with
 * the reason. Both stay in the client file, so a reader sees what was written, what replaced it, by whom and why.
 */
@Service
public class Journal {

    static final int MAX_TEXT = 8000;
    static final int MAX_REASON = 500;
    static final String SIGNED_IS_FINAL = "En signerad journalanteckning kan inte ändras eller tas bort. "
            + "Skriv en rättelse i stället: den sparas som en ny signerad anteckning och båda visas.";

    private final CaseAccess caseAccess;
    private final JournalRepository entries;
    private final AuditLog audit;
    private final Clock clock;

    Journal(CaseAccess caseAccess, JournalRepository entries, AuditLog audit, Clock clock) {
        this.caseAccess = caseAccess;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes and signs a new entry in the case's journal. */
    @Transactional
    public JournalEntryView write(long caseId, String text) {
        String checked = requireText(text);
        caseAccess.require(caseId, Permission.JOURNAL_WRITE, AuditAction.CREATE, "journal", "Journalanteckning");
        String author = caseAccess.currentUser().username();
        return entries.save(JournalEntry.signed(caseId, author, checked, clock.instant())).toView(null);
    }

    /** Writes and signs a rättelse of a signed entry; the entry itself is left exactly as it was. */
    @Transactional
    public JournalEntryView correct(long caseId, long entryId, String text, String reason) {
        caseAccess.require(caseId, Permission.JOURNAL_WRITE, AuditAction.CREATE, "journal",
                "Rättelse av journalanteckning " + entryId);
        String checkedText = requireText(text);
        String checkedReason = requireReason(reason);
        JournalEntry original = entryOfCase(caseId, entryId);
        entries.findByCorrectsId(entryId).ifPresent(later -> {
            throw new CaseRuleException("Anteckningen är redan rättad (anteckning " + later.id()
                    + "). Rätta den senaste rättelsen i stället.");
        });
        String author = caseAccess.currentUser().username();
        return entries.save(original.correction(author, checkedText, checkedReason, clock.instant())).toView(null);
    }

    /**
     * Every attempt to change or delete a signed entry ends here: refused with the reason in Swedish, and the attempt
     * is logged (in a transaction of its own, so the refusal does not roll it back). Only someone who may write in the
     * case's journal learns that the entry exists; others get the ordinary access refusal.
     */
    @Transactional
    public void refuseChange(long caseId, long entryId, String attempt) {
        CaseRecord caseRecord = caseAccess.check(caseId, Permission.JOURNAL_WRITE, "journal");
        entryOfCase(caseId, entryId);
        audit.recordIndependently(new AuditEvent(caseAccess.currentUser().username(), AuditAction.DENIED, "journal",
                caseRecord.personId(), caseId, attempt + " av signerad journalanteckning " + entryId));
        throw new CaseRuleException(SIGNED_IS_FINAL);
    }

    /** The entries of these cases, newest first, each knowing the rättelse that replaced it (if any). */
    List<JournalEntryView> ofCases(Collection<Long> caseIds) {
        List<JournalEntry> found = entries.findByCaseIdInOrderByCreatedAtDescIdDesc(caseIds);
        Map<Long, Long> correctedBy = entries.findByCorrectsIdIn(found.stream().map(JournalEntry::id).toList())
                .stream().collect(Collectors.toMap(JournalEntry::correctsId, JournalEntry::id, (a, b) -> a));
        return found.stream().map(e -> e.toView(correctedBy.get(e.id()))).toList();
    }

    private JournalEntry entryOfCase(long caseId, long entryId) {
        return entries.findById(entryId).filter(e -> e.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("Journalanteckningen finns inte i ärendet."));
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw FormRejectedException.field("text", "Anteckning", "Skriv en anteckning.");
        }
        if (text.length() > MAX_TEXT) {
            throw FormRejectedException.field("text", "Anteckning", "Anteckningen får vara högst 8000 tecken.");
        }
        return text.strip();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw FormRejectedException.field("reason", "Skäl för rättelsen", "Ange varför anteckningen rättas.");
        }
        if (reason.length() > MAX_REASON) {
            throw FormRejectedException.field("reason", "Skäl för rättelsen", "Skälet får vara högst 500 tecken.");
        }
        return reason.strip();
    }
}
