package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.access.AccessDeniedException;

/**
 * What an administrator could do with Cockpit or the engine's REST API — change a variable, add a candidate group,
 * move a process past a step — does not let a decision be made outside the law's order: the decision step checks
 * the records and the delegationsordning itself.
 */
class AdminToolTamperingTest extends ProcessTestBase {

    @Autowired TaskService engineTasks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReservedDecisionCannotBeTakenByChangingTheRoleVariableAndTheCandidateGroup() {
        long caseId = newCase();
        investigate(caseId);
        Map<String, Object> specialHousing = grant(1);
        specialHousing.put("insatstyp", "SARSKILT_BOENDE");
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", specialHousing);
        var decisionTask = task(caseId, "Task_FattaBeslut");
        runtime.setVariable(decisionTask.processInstanceId(), "beslutsfattareRoll", "handlaggare");
        engineTasks.addCandidateGroup(decisionTask.id(), "norr.handlaggare");

        assertThatThrownBy(() -> decide(HANDLAGGARE, caseId)).isInstanceOf(AccessDeniedException.class);

        assertThat(decisionOf(caseId).status()).isEqualTo(DecisionStatus.PROPOSED);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'DENIED'"
                + " and case_id = ?", Integer.class, HANDLAGGARE, caseId)).isEqualTo(1);
    }

    @Test
    void anAdverseProposalMovedPastKommuniceringCannotBeDecided() {
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        runtime.createProcessInstanceModification(mainProcess(caseId).getId())
                .startBeforeActivity("CallActivity_BeslutOchDelgivning").cancelAllForActivity("Task_Kommunicera")
                .execute();

        assertThatThrownBy(() -> decide(FORSTE, caseId)).isInstanceOf(CaseRuleException.class)
                .hasMessage("Förslaget går den enskilde emot och har inte kommunicerats.");
        assertThat(decisionOf(caseId).status()).isEqualTo(DecisionStatus.PROPOSED);
    }

    @Test
    void anOrderCannotBeSentForAnotherCasesDecision() {
        long other = grantedAndDelivered();
        long caseId = newCase();
        runtime.startProcessInstanceByKey("gemensam-verkstallighet", String.valueOf(caseId), Map.of("caseId", caseId,
                "unitId", "norr", "beslutId", decisionOf(other).id(), "ejVerkstalltDatum", new java.util.Date()));
        String orderTask = task(caseId, "Task_SkickaBestallning").id();

        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(orderTask, Map.of("utforare",
                "hemtjanst-norr", "onskadStart", today().toString(), "uppdrag", "Något."))))
                .isInstanceOf(CaseRuleException.class).hasMessage("Beslutet hör inte till ärendet.");
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();
    }
}
