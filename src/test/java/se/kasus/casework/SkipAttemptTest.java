package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.access.AccessDeniedException;
import se.kasus.engine.TaskConflictException;
import se.kasus.engine.TaskNotActiveException;

/** Attempts to skip the law's order: each is refused with a clear message and writes nothing. */
class SkipAttemptTest extends ProcessTestBase {

    @Autowired TaskService engineTasks;
    @Autowired InvestigationRepository investigations;
    @Autowired ServiceOrderRepository orders;

    @Test
    void decidingWithoutAnInvestigation_hasNoDecisionStepToComplete() {
        long caseId = newCase();
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_Utreda");

        String investigationTask = task(caseId, "Task_Utreda").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(investigationTask,
                Map.of("utfall", "BIFALL", "beslut", "GODKANN"))))
                .isInstanceOf(FormRejectedException.class);
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();
        assertThat(investigations.findByCaseIdOrderByCompletedAtDesc(caseId)).isEmpty();
    }

    @Test
    void completingATaskThatIsNoLongerActive_isRefused() {
        long caseId = newCase();
        String taskId = task(caseId, "Task_Utreda").id();
        investigate(caseId);

        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(taskId, investigation(false))))
                .isInstanceOf(TaskNotActiveException.class)
                .hasMessage("Uppgiften är inte aktiv. Ärendet står inte vid det steget.");
        assertThat(investigations.findByCaseIdOrderByCompletedAtDesc(caseId)).hasSize(1);
    }

    @Test
    void completingATaskOutsideKasus_isRefusedByTheEngine() {
        long caseId = newCase();
        String taskId = task(caseId, "Task_Utreda").id();

        assertThatThrownBy(() -> engineTasks.complete(taskId)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Uppgifter slutförs i Kasus");
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda behov");
    }

    @Test
    void aCaseworkerCannotMakeADecisionTheDelegationReservesForTheUnitHead() {
        long caseId = newCase();
        investigate(caseId);
        Map<String, Object> specialHousing = grant(1);
        specialHousing.put("insatstyp", "SARSKILT_BOENDE");
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", specialHousing);
        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("norr.enhetschef");

        String taskId = task(caseId, "Task_FattaBeslut").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(taskId, Map.of("beslut", "GODKANN"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(decisionOf(caseId).status()).isEqualTo(DecisionStatus.PROPOSED);

        decide(CHEF, caseId);
        assertThat(decisionOf(caseId).status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decisionOf(caseId).decidedRole()).isEqualTo("enhetschef");
    }

    @Test
    void anAvslagCannotBeExecuted_evenWhenSomeoneStartsExecutionDirectly() {
        long caseId = refusedAfterCommunication();
        long decisionId = decisionOf(caseId).id();
        // The model never routes an avslag to verkställighet; an administrator starting it by hand gets no further.
        runtime.startProcessInstanceByKey("gemensam-verkstallighet", String.valueOf(caseId), Map.of("caseId", caseId,
                "unitId", "norr", "beslutId", decisionId, "ejVerkstalltDatum", new java.util.Date()));
        String orderTask = task(caseId, "Task_SkickaBestallning").id();

        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(orderTask, Map.of("utforare",
                "hemtjanst-norr", "onskadStart", today().toString(), "uppdrag", "Något."))))
                .isInstanceOf(CaseRuleException.class)
                .hasMessage("Ett avslag eller ett beslut som inte är fattat kan inte verkställas.");
        assertThat(orders.findByCaseIdInOrderByIdDesc(List.of(caseId))).isEmpty();
    }

    @Test
    void aCaseworkerOfAnotherUnitCannotWorkOnTheCase() {
        long caseId = newCase();
        String taskId = task(caseId, "Task_Utreda").id();

        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> work.complete(taskId, investigation(false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(investigations.findByCaseIdOrderByCompletedAtDesc(caseId)).isEmpty();
    }

    @Test
    void aTaskClaimedByAColleagueCannotBeCompletedByAnother() {
        long caseId = newCase();
        String taskId = task(caseId, "Task_Utreda").id();
        org.as(HANDLAGGARE, () -> work.claim(taskId));

        assertThatThrownBy(() -> org.as(HANDLAGGARE_2, () -> work.complete(taskId, investigation(false))))
                .isInstanceOf(TaskConflictException.class).hasMessage("Uppgiften är tilldelad en kollega.");
        assertThat(investigations.findByCaseIdOrderByCompletedAtDesc(caseId)).isEmpty();
    }
}
