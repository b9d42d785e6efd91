package se.kasus.replay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseRecords;
import se.kasus.casework.CaseReview;
import se.kasus.casework.NotFoundException;
import se.kasus.engine.HistoryStep;
import se.kasus.engine.ProcessHistory;
import se.kasus.engine.ProcessRun;

/**
 * Replays a case for the revisor or the enhetschef: the same service behind the page and the JSON API. Reading is
 * checked and audited by {@link CaseReview}; nothing here writes anything but that audit entry.
 */
@Service
public class CaseReplay {

    static final String WHY = "Granskning av ärendets historik";

    private final CaseReview review;
    private final ProcessHistory history;
    private final AuditLog auditLog;

    CaseReplay(CaseReview review, ProcessHistory history, AuditLog auditLog) {
        this.review = review;
        this.history = history;
        this.auditLog = auditLog;
    }

    /**
     * The case's whole history. The access check comes first: a refused user gets nothing, and the refusal is
     * audited with the case and the person.
     */
    @Transactional
    public CaseHistory replay(long caseId) {
        CaseRecords records = review.records(caseId, WHY);
        List<ProcessRun> runs = history.runsOfCase(caseId);
        List<HistoryStep> steps = runs.stream().flatMap(r -> r.steps().stream()).toList();
        List<AuditEntryView> completed = auditLog.forCase(caseId, AuditAction.COMPLETE_TASK, AuditLog.MAX_LIMIT);
        Timeline timeline = new Timeline(runs, history::model, new RecordLinks(records),
                new Completions(steps, completed));
        return new CaseHistory(records, timeline.paths(), timeline.entries());
    }

    /**
     * The BPMN diagram exactly as deployed in the version one of the case's process instances ran on. It holds no
     * client data, so only a refusal is audited.
     *
     * @throws NotFoundException when the process instance is not one of the case's
     */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public byte[] diagram(long caseId, String processInstanceId) {
        review.requireReviewer(caseId);
        String definitionId = history.definitionOf(caseId, processInstanceId)
                .orElseThrow(() -> new NotFoundException("Processen hör inte till ärendet."));
        return history.diagramXml(definitionId);
    }
}
