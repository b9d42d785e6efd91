package se.kasus.casework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;

/**
 * Reading a whole case for review (ärendehistorik), by the revisor or the enhetschef: the one way other modules
 * read the casework's records of a case, checked and audited like every other read of client data.
 */
@Service
public class CaseReview {

    /** The audit log's resource name for a case's history. */
    public static final String RESOURCE = "historik";

    private final CaseAccess caseAccess;
    private final InvestigationRepository investigations;
    private final SupplementRepository supplements;
    private final DecisionRepository decisions;
    private final CommunicationRepository communications;
    private final ServiceOrderRepository orders;
    private final FollowUpRepository followUps;
    private final AppealRepository appeals;

    CaseReview(CaseAccess caseAccess, InvestigationRepository investigations, SupplementRepository supplements,
            DecisionRepository decisions, CommunicationRepository communications, ServiceOrderRepository orders,
            FollowUpRepository followUps, AppealRepository appeals) {
        this.caseAccess = caseAccess;
        this.investigations = investigations;
        this.supplements = supplements;
        this.decisions = decisions;
        this.communications = communications;
        this.orders = orders;
        this.followUps = followUps;
        this.appeals = appeals;
    }

    /**
     * Every record of the case, oldest first. Requires {@link Permission#CASE_HISTORY_READ}; the reading is audited
     * (READ, "historik", the person and the case), and so is a refusal.
     *
     * @throws CaseNotFoundException         when there is no such case
     * @throws se.kasus.access.AccessDeniedException when the user may not review cases
     */
    @Transactional
    public CaseRecords records(long caseId, String why) {
        CaseRecord caseRecord = caseAccess.require(caseId, Permission.CASE_HISTORY_READ, AuditAction.READ, RESOURCE,
                why);
        List<Long> ids = List.of(caseId);
        return new CaseRecords(caseRecord.toView(),
                oldestFirst(investigations.findByCaseIdOrderByCompletedAtDesc(caseId), Investigation::toView),
                map(supplements.findByCaseIdOrderByIdAsc(caseId), Supplement::toView),
                oldestFirst(decisions.findByCaseIdInOrderByProposedAtDesc(ids), Decision::toView),
                oldestFirst(communications.findByCaseIdInOrderByIdDesc(ids), Communication::toView),
                oldestFirst(orders.findByCaseIdInOrderByIdDesc(ids), ServiceOrder::toView),
                map(followUps.findByCaseIdOrderByIdAsc(caseId), FollowUp::toView),
                oldestFirst(appeals.findByCaseIdInOrderByIdDesc(ids), Appeal::toView));
    }

    /**
     * Checks that the user may review the case without reading any of it, for what holds no client data (the
     * process diagram a case ran on). A refusal is audited with the case and the person.
     */
    @Transactional(readOnly = true)
    public void requireReviewer(long caseId) {
        caseAccess.check(caseId, Permission.CASE_HISTORY_READ, RESOURCE);
    }

    private static <E, V> List<V> oldestFirst(List<E> newestFirst, Function<E, V> view) {
        List<V> views = new ArrayList<>(map(newestFirst, view));
        Collections.reverse(views);
        return List.copyOf(views);
    }

    private static <E, V> List<V> map(List<E> entities, Function<E, V> view) {
        return entities.stream().map(view).toList();
    }
}
