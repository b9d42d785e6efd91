package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.APPEAL_ID;
import static se.kasus.casework.ProcessVariables.APPEAL_MESSAGE;
import static se.kasus.casework.ProcessVariables.APPEAL_PROCESS;
import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.engine.Workflow;

/** Records that arrive from outside a task: appeals, and reading stored documents (the journal is {@link Journal}). */
@Service
public class CaseRecordsService {

    private final CaseAccess caseAccess;
    private final DecisionRepository decisions;
    private final AppealRepository appeals;
    private final DocumentRepository documents;
    private final Workflow workflow;
    private final Clock clock;

    CaseRecordsService(CaseAccess caseAccess, DecisionRepository decisions,
            AppealRepository appeals, DocumentRepository documents, Workflow workflow, Clock clock) {
        this.caseAccess = caseAccess;
        this.decisions = decisions;
        this.appeals = appeals;
        this.documents = documents;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Registers an överklagande of a decision. The case's process takes it if it still runs; an appeal that arrives
     * after the case closed starts the appeal process on its own, where rättidsprövning decides if it is late.
     */
    @Transactional
    public AppealView registerAppeal(long decisionId, LocalDate receivedDate) {
        Decision decision = decisions.findById(decisionId)
                .orElseThrow(() -> new NotFoundException("Beslutet finns inte."));
        CaseRecord caseRecord = caseAccess.require(decision.caseId(), Permission.TASK_WORK, AuditAction.CREATE,
                "överklagande", "Överklagande registrerat");
        validateAppeal(decision, receivedDate);
        Appeal appeal = appeals.save(new Appeal(caseRecord.id(), decisionId, receivedDate,
                caseAccess.currentUser().username(), clock.instant()));
        if (!workflow.correlate(APPEAL_MESSAGE, caseRecord.id(), Map.of(APPEAL_ID, appeal.id(), DECISION_ID, decisionId))) {
            workflow.start(APPEAL_PROCESS, caseRecord.id(), Map.of(CASE_ID, caseRecord.id(), UNIT_ID,
                    caseRecord.unitId(), DECISION_ID, decisionId, APPEAL_ID, appeal.id()));
        }
        return appeal.toView();
    }

    private void validateAppeal(Decision decision, LocalDate receivedDate) {
        if (decision.status() != DecisionStatus.DECIDED) {
            throw new CaseRuleException("Bara ett fattat beslut kan överklagas.");
        }
        if (receivedDate == null) {
            throw FormRejectedException.field("receivedDate", "Överklagandet inkom", "Ange när överklagandet kom in.");
        }
        LocalDateRules.notInFuture(receivedDate, LocalDate.now(clock), "receivedDate", "Överklagandet inkom");
        LocalDateRules.notBefore(receivedDate, decision.decidedAt().atZone(clock.getZone()).toLocalDate(),
                "receivedDate", "Överklagandet inkom", "beslutsdagen");
    }

    /** A stored document (e.g. the decision letter as sent), read with the case's access rule and audited. */
    @Transactional
    public StoredDocument document(long documentId) {
        Document document = documents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("Dokumentet finns inte."));
        caseAccess.require(document.caseId(), Permission.CLIENT_FILE_READ, AuditAction.READ, "dokument",
                "Läser " + document.title());
        return new StoredDocument(document.title(), document.content());
    }

    public record StoredDocument(String title, byte[] content) {
    }
}
