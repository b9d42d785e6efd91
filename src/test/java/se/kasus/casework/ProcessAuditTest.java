package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;

/** Every write a case goes through lands in the audit log, the process's own writes included. */
class ProcessAuditTest extends ProcessTestBase {

    @Autowired AuditLog audit;

    @Test
    void registrationStepsDecisionAndLetterAreAuditedForThePerson() {
        long caseId = newCase();
        long personId = cases.findById(caseId).orElseThrow().personId();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant(30));
        decide(HANDLAGGARE, caseId);
        executeDueJobs();

        assertThat(audit.forPerson(personId, 100)).extracting(AuditEntryView::actor, AuditEntryView::action,
                AuditEntryView::resource).containsSubsequence(
                        tuple(ProcessDelegates.SYSTEM, AuditAction.CREATE, "beslutsbrev"),
                        tuple(HANDLAGGARE, AuditAction.COMPLETE_TASK, "uppgift"),
                        tuple(HANDLAGGARE, AuditAction.COMPLETE_TASK, "uppgift"),
                        tuple(HANDLAGGARE, AuditAction.COMPLETE_TASK, "uppgift"),
                        tuple(HANDLAGGARE, AuditAction.CREATE, "ärende"));
        assertThat(audit.forPerson(personId, 100)).allSatisfy(e -> assertThat(e.caseId()).isEqualTo(caseId));
    }
}
