package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.registry.PersonView;

/**
 * LVU through the real engine: every deadline is a timer the engine's clock runs out, never a wait. The dates are
 * chosen so the rules in config/deadlines.yml give known last days: Monday 2 March 2026 + one week is Monday 9 March,
 * + four weeks is Monday 30 March.
 */
@AutoConfigureMockMvc
class LvuProcessTest extends ProcessTestBase {

    static final String NAMND = "namnd.norr";
    static final String LVU_PROCESS = "barn-lvu";
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired LvuService lvuService;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("barnStartaLvuDelegate") JavaDelegate startDelegate;

    @Test
    void urgentPath_upheldAppliedInTimeJudgedPlacedReviewedForAYearAndEnded() {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        ProcessInstance lvu = lvuProcess(caseId);
        assertThat(lvuOf(caseId).submissionDeadline()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(lvuOf(caseId).applicationDeadline()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(task(caseId, "Task_UnderstallaForvaltningsratten").due()).isEqualTo(endOf(LocalDate.of(2026, 3, 9)));

        submitAndUphold(caseId);
        assertThat(task(caseId, "Task_AnsokanOmVardEfterOmhandertagande").due())
                .isEqualTo(endOf(LocalDate.of(2026, 3, 30)));
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVardEfterOmhandertagande", application("ANSOKAN"));
        judgeAndPlace(caseId, "BIFALL");
        assertThat(lvuOf(caseId).nextReviewDate()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly("Task_BeslutaUpphorande");

        // The first 13 § review: the task appears when the month before the last day begins, due on the last day.
        setToday(LocalDate.of(2026, 8, 1));
        executeDueJobs();
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).doesNotContain("Task_Omprovning13");
        setToday(LocalDate.of(2026, 8, 3));
        executeDueJobs();
        assertThat(task(caseId, "Task_Omprovning13").due()).isEqualTo(endOf(LocalDate.of(2026, 9, 2)));
        review(caseId);
        assertThat(lvuOf(caseId).nextReviewDate()).isEqualTo(LocalDate.of(2027, 2, 3));

        setToday(LocalDate.of(2027, 1, 4));
        executeDueJobs();
        assertThat(task(caseId, "Task_Omprovning13").due()).isEqualTo(endOf(LocalDate.of(2027, 2, 3)));
        review(caseId);

        LvuView afterAYear = lvuOf(caseId);
        assertThat(afterAYear.reviews()).extracting(LvuReviewView::kind, LvuReviewView::dueDate,
                LvuReviewView::decidedDate).containsExactly(
                        tuple(LvuReviewKind.OVERVAGANDE, LocalDate.of(2026, 9, 2),
                                LocalDate.of(2026, 8, 3)),
                        tuple(LvuReviewKind.OVERVAGANDE, LocalDate.of(2027, 2, 3),
                                LocalDate.of(2027, 1, 4)));
        assertThat(afterAYear.nextReviewDate()).isEqualTo(LocalDate.of(2027, 7, 4));
        assertThat(afterAYear.status()).isEqualTo(LvuStatus.VARD_PAGAR);

        complete(NAMND, caseId, "Task_BeslutaUpphorande", Map.of("upphorDatum", today().toString(),
                "skal", "Hemförhållandena är goda sedan ett halvår."));
        assertThat(lvu).isEnded().hasPassedInOrder("Task_BeslutaOmedelbartOmhandertagande",
                "Task_UnderstallaForvaltningsratten", "Task_RegistreraRattensBeslut",
                "Task_AnsokanOmVardEfterOmhandertagande", "Task_RegistreraDomOmVard", "Task_Placering",
                "Task_Omprovning13", "Task_BeslutaUpphorande", "End_VardenUpphort");
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.UPPHORT_21);
        assertThat(lvuOf(caseId).nextReviewDate()).isNull();
        assertThat(management.createJobQuery().processInstanceId(lvu.getId()).count()).isZero();
    }

    @Test
    void courtRejectsTheOmhandertagande_andTheLvuEnds() {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        ProcessInstance lvu = lvuProcess(caseId);
        complete(HANDLAGGARE, caseId, "Task_UnderstallaForvaltningsratten", Map.of("understalltDatum",
                today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraRattensBeslut", courtRuling("UPPHAVT"));

        assertThat(lvu).isEnded().hasPassed("End_OmhandertagandeUpphavt");
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.AVSLUTAD_AV_RATTEN);
        assertThat(lvuOf(caseId).courtUpheld()).isFalse();
        assertThat(lvuOf(caseId).legalFailures()).isEmpty();
    }

    @Test
    void submissionLate_theOmhandertagandeLapsesLoudly() throws Exception {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        ProcessInstance lvu = lvuProcess(caseId);
        // Other tests in this context leave failures of their own in the unit: count from here.
        long unhandledBefore = org.as(CHEF, () -> lvuService.unhandledLegalFailures());

        setToday(LocalDate.of(2026, 3, 9));
        executeDueJobs();
        assertThat(lvuOf(caseId).status()).as("the last day itself is in time").isEqualTo(LvuStatus.OMHANDERTAGEN);
        assertThat(org.as(CHEF, () -> lvuService.unhandledLegalFailures())).isEqualTo(unhandledBefore);

        setToday(LocalDate.of(2026, 3, 10));
        executeDueJobs();

        LvuView lapsed = lvuOf(caseId);
        assertThat(lapsed.status()).isEqualTo(LvuStatus.UPPHORT_FRIST);
        assertThat(lapsed.legalFailures()).singleElement().satisfies(f -> {
            assertThat(f.deadlineKey()).isEqualTo("LVU_UNDERSTALLAN");
            assertThat(f.lastDay()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(f.handledAt()).isNull();
        });
        assertThat(task(caseId, "Task_HanteraFristmiss").candidateGroups()).containsExactly("norr.enhetschef");
        assertThat(lvu).hasPassed("Timer_UnderstallanFrist", "Task_OmhandertagandetUpphorUnderstallan");
        assertThat(org.as(CHEF, () -> lvuService.unhandledLegalFailures())).isEqualTo(unhandledBefore + 1);
        assertThat(inbox(CHEF)).contains("id=\"lvu-fristmiss\" class=\"lvu-banner\" role=\"alert\"")
                .contains("har missats");
        assertThat(inbox(HANDLAGGARE)).contains("id=\"lvu-fristmiss\"");
        assertThat(inbox("handlaggare.syd")).as("another unit's failure").doesNotContain("lvu-fristmiss");
        String list = mvc.perform(get("/lvu/fristmissar").with(as(CHEF))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("underställdes inte förvaltningsrätten inom en vecka").contains("Ej hanterad")
                .contains("Ärende " + caseId + "<");
        assertThat(mvc.perform(get("/lvu/fristmissar").with(as("handlaggare.syd"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("underställdes inte");
        mvc.perform(get("/lvu/fristmissar").with(as("revisor"))).andExpect(status().isForbidden());

        complete(CHEF, caseId, "Task_HanteraFristmiss", Map.of("atgarder", "Nytt beslut enligt 6 § prövas; rutin ses över."));
        assertThat(lvu).isEnded().hasPassed("End_OmhandertagandeUpphort");
        assertThat(lvuOf(caseId).legalFailures().get(0).handledBy()).isEqualTo(CHEF);
        assertThat(org.as(CHEF, () -> lvuService.unhandledLegalFailures())).isEqualTo(unhandledBefore);
        assertThat(mvc.perform(get("/lvu/fristmissar").with(as(CHEF))).andReturn().getResponse()
                .getContentAsString()).as("kept for ever").contains("Ärende " + caseId + "<");
    }

    @Test
    void applicationLate_theOmhandertagandeLapses() {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        submitAndUphold(caseId);

        setToday(LocalDate.of(2026, 3, 30));
        executeDueJobs();
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.OMHANDERTAGANDE_BESTAR);

        setToday(LocalDate.of(2026, 3, 31));
        executeDueJobs();
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.UPPHORT_FRIST);
        assertThat(lvuOf(caseId).legalFailures()).extracting(LvuLegalFailureView::deadlineKey)
                .containsExactly("LVU_ANSOKAN");
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_HanteraFristmiss");
    }

    @Test
    void extension_movesTheDueDateAndTheTimer() {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        submitAndUphold(caseId);
        Map<String, Object> extension = Map.of("atgard", "FORLANGNING", "forlangningBeslutad", today().toString(),
                "nySistaDag", "2026-04-13");
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVardEfterOmhandertagande", extension);

        assertThat(task(caseId, "Task_AnsokanOmVardEfterOmhandertagande").due())
                .isEqualTo(endOf(LocalDate.of(2026, 4, 13)));
        setToday(LocalDate.of(2026, 4, 1));
        executeDueJobs();
        assertThat(lvuOf(caseId).status()).as("the old deadline no longer counts")
                .isEqualTo(LvuStatus.OMHANDERTAGANDE_BESTAR);
        assertThat(lvuOf(caseId).extensionCount()).isEqualTo(1);
        assertThat(lvuOf(caseId).applicationDeadline()).isEqualTo(LocalDate.of(2026, 4, 13));

        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVardEfterOmhandertagande", application("ANSOKAN"));
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_RegistreraDomOmVard");
        assertThat(lvuOf(caseId).legalFailures()).isEmpty();
    }

    @Test
    void ansokanStart_beginsAtTheApplicationWithoutAnyTimer() {
        setToday(MONDAY);
        long caseId = barnCase();
        org.as(HANDLAGGARE, () -> lvuService.start(caseId, LvuStart.ANSOKAN));
        ProcessInstance lvu = lvuProcess(caseId);
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_AnsokanOmVard");
        assertThat(task(caseId, "Task_AnsokanOmVard").due()).isNull();
        assertThat(management.createJobQuery().processInstanceId(lvu.getId()).count()).isZero();

        Map<String, Object> values = application("ANSOKAN");
        values.remove("atgard");
        values.put("grund", "PAR_3");
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVard", values);
        judgeAndPlace(caseId, "BIFALL");
        assertThat(lvuOf(caseId).applicationGround()).isEqualTo(LvuGround.PAR_3);
        setToday(LocalDate.of(2026, 8, 3));
        executeDueJobs();
        review(caseId);
        assertThat(lvuOf(caseId).reviews()).extracting(LvuReviewView::kind).containsExactly(LvuReviewKind.PROVNING);
        assertThat(lvu).hasNotPassed("Task_BeslutaOmedelbartOmhandertagande");
    }

    @Test
    void ansokanStart_judgmentRejected_ends() {
        setToday(MONDAY);
        long caseId = barnCase();
        org.as(HANDLAGGARE, () -> lvuService.start(caseId, LvuStart.ANSOKAN));
        ProcessInstance lvu = lvuProcess(caseId);
        Map<String, Object> values = application("ANSOKAN");
        values.remove("atgard");
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVard", values);
        complete(HANDLAGGARE, caseId, "Task_RegistreraDomOmVard", judgment("AVSLAG"));
        assertThat(lvu).isEnded().hasPassed("End_VardAvslagen");
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.AVSLUTAD_AV_RATTEN);
    }

    @Test
    void skipAttempts_areRefusedAndWriteNothing() throws Exception {
        setToday(MONDAY);
        long caseId = barnCase();
        org.as(HANDLAGGARE, () -> lvuService.start(caseId, LvuStart.OMEDELBART));

        // No ansökan before the 6 § decision: the process offers no such task, and the decision's task is not one.
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly("Task_BeslutaOmedelbartOmhandertagande");
        String decisionTask = task(caseId, "Task_BeslutaOmedelbartOmhandertagande").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(decisionTask, application("ANSOKAN"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as(NAMND, () -> work.complete(decisionTask, application("ANSOKAN"))))
                .isInstanceOf(FormRejectedException.class);
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.INLEDD);

        // An ansökan without its ground: 400 from the API, nothing written, the task still open.
        complete(NAMND, caseId, "Task_BeslutaOmedelbartOmhandertagande", emergency());
        submitAndUphold(caseId);
        String applyTask = task(caseId, "Task_AnsokanOmVardEfterOmhandertagande").id();
        Map<String, Object> noGround = application("ANSOKAN");
        noGround.remove("grund");
        String body = mvc.perform(post("/api/tasks/" + applyTask + "/complete").with(as(HANDLAGGARE)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(noGround)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("grund");
        assertThat(lvuOf(caseId).applicationDate()).isNull();
        assertThat(task(caseId, "Task_AnsokanOmVardEfterOmhandertagande").id()).isEqualTo(applyTask);

        // A dom before an ansökan: no dom task is open, and the ansökan task does not take a judgment.
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).doesNotContain("Task_RegistreraDomOmVard");
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(applyTask, judgment("BIFALL"))))
                .isInstanceOf(FormRejectedException.class);
        assertThat(lvuOf(caseId).judgmentDate()).isNull();
        assertThat(lvuOf(caseId).status()).isEqualTo(LvuStatus.OMHANDERTAGANDE_BESTAR);
    }

    @Test
    void aSecondLvuForTheSameCase_isNotStarted() throws Exception {
        long caseId = barnCase();
        org.as(HANDLAGGARE, () -> lvuService.start(caseId, LvuStart.OMEDELBART));
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> lvuService.start(caseId, LvuStart.ANSOKAN)))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("pågår redan");

        // The main process's delegate, retried or called again, starts nothing either.
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable("caseId")).thenReturn(caseId);
        when(execution.getVariable("unitId")).thenReturn(TestOrganisation.NORR);
        when(execution.getVariable("arendetyp")).thenReturn("BARN_UNGA");
        when(execution.getVariable("lvuInledning")).thenReturn("OMEDELBART");
        startDelegate.execute(execution);
        startDelegate.execute(execution);

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(LVU_PROCESS)
                .processInstanceBusinessKey(String.valueOf(caseId)).count()).isEqualTo(1);
        assertThat(org.as(HANDLAGGARE, () -> lvuService.ofCase(caseId))).hasSize(1);
    }

    @Test
    void theDelegateStartsLvuForACaseWithoutOne_andOnlyForBarnOchUnga() throws Exception {
        long caseId = barnCase();
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable("caseId")).thenReturn(caseId);
        when(execution.getVariable("arendetyp")).thenReturn("BARN_UNGA");
        when(execution.getVariable("lvuInledning")).thenReturn("ANSOKAN");
        startDelegate.execute(execution);
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_AnsokanOmVard");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and resource = 'lvu'"
                + " and actor = 'system' and action = 'CREATE'", Long.class, caseId)).isEqualTo(1);

        long elderly = newCase();
        when(execution.getVariable("caseId")).thenReturn(elderly);
        when(execution.getVariable("arendetyp")).thenReturn("SOL_ALDRE_BISTAND");
        assertThatThrownBy(() -> startDelegate.execute(execution)).isInstanceOf(CaseRuleException.class);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> lvuService.start(elderly, LvuStart.ANSOKAN)))
                .isInstanceOf(CaseRuleException.class);
    }

    @Test
    void anotherUnit_isRefusedAndTheRefusalAudited() {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> lvuService.ofCase(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> lvuService.start(caseId, LvuStart.ANSOKAN)))
                .isInstanceOf(AccessDeniedException.class);
        String taskId = task(caseId, "Task_UnderstallaForvaltningsratten").id();
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> work.complete(taskId,
                Map.of("understalltDatum", today().toString())))).isInstanceOf(AccessDeniedException.class);
        assertThat(lvuOf(caseId).submittedDate()).isNull();
        assertThat(org.as("handlaggare.syd", () -> lvuService.ofPerson(personOf(caseId)))).isEmpty();
    }

    @Test
    void readsAndStepsAreAudited() {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        org.as(HANDLAGGARE, () -> lvuService.ofPerson(personOf(caseId)));
        assertThat(jdbc.queryForList("select actor from audit_entry where case_id = ? and resource = 'lvu'"
                + " and action = 'READ'", String.class, caseId)).contains(HANDLAGGARE);
        assertThat(jdbc.queryForList("select actor from audit_entry where case_id = ? and action = 'COMPLETE_TASK'",
                String.class, caseId)).containsExactly(NAMND);
        assertThat(jdbc.queryForList("select actor from audit_entry where case_id = ? and resource = 'lvu'"
                + " and action = 'CREATE'", String.class, caseId)).containsExactly(HANDLAGGARE);
    }

    @Test
    void theClientFileShowsTheLvu() throws Exception {
        setToday(MONDAY);
        long caseId = emergencyDecided();
        String page = mvc.perform(get("/personer/" + personOf(caseId)).with(as(HANDLAGGARE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vård enligt LVU").contains("Omedelbart omhändertagen")
                .contains("Underställning (7 §)").contains("2026-03-09");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** A case of barn och unga as the main process (another branch) opens it; LVU is started through its entry. */
    long barnCase() {
        PersonView child = org.newPerson();
        return cases.save(new CaseRecord(child.id(), TestOrganisation.NORR, CaseType.BARN_UNGA, today(),
                ServiceType.HEMTJANST, null, HANDLAGGARE, clock.instant())).id();
    }

    long emergencyDecided() {
        long caseId = barnCase();
        org.as(HANDLAGGARE, () -> lvuService.start(caseId, LvuStart.OMEDELBART));
        assertThat(task(caseId, "Task_BeslutaOmedelbartOmhandertagande").candidateGroups())
                .containsExactly("norr.namnd");
        complete(NAMND, caseId, "Task_BeslutaOmedelbartOmhandertagande", emergency());
        return caseId;
    }

    Map<String, Object> emergency() {
        return Map.of("grund", "PAR_2", "skal", "Barnet är utsatt för våld i hemmet; rättens beslut kan inte avvaktas.",
                "beslutsdatum", today().toString(), "klockslag", "09:30");
    }

    void submitAndUphold(long caseId) {
        complete(HANDLAGGARE, caseId, "Task_UnderstallaForvaltningsratten", Map.of("understalltDatum",
                today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraRattensBeslut", courtRuling("FASTSTALLT"));
    }

    Map<String, Object> courtRuling(String ruling) {
        return Map.of("rattensBeslutsdatum", today().toString(), "malnummer", "1234-26", "rattensBeslut", ruling);
    }

    Map<String, Object> application(String action) {
        return new HashMap<>(Map.of("atgard", action, "grund", "PAR_2", "skal", "Bristande omsorg i hemmet.",
                "ansokanDatum", today().toString()));
    }

    Map<String, Object> judgment(String outcome) {
        return Map.of("domsdatum", today().toString(), "malnummer", "2345-26", "domUtfall", outcome);
    }

    void judgeAndPlace(long caseId, String outcome) {
        complete(HANDLAGGARE, caseId, "Task_RegistreraDomOmVard", judgment(outcome));
        complete(HANDLAGGARE, caseId, "Task_Placering", Map.of("placeringsform", "FAMILJEHEM",
                "placeringsdatum", today().toString()));
    }

    void review(long caseId) {
        complete(NAMND, caseId, "Task_Omprovning13", Map.of("resultat", "FORTSATT_VARD",
                "motivering", "Behovet av vård kvarstår.", "beslutsdatum", today().toString()));
    }

    ProcessInstance lvuProcess(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(LVU_PROCESS).singleResult();
    }

    LvuView lvuOf(long caseId) {
        List<LvuView> found = org.as(HANDLAGGARE, () -> lvuService.ofCase(caseId));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    long personOf(long caseId) {
        return cases.findById(caseId).orElseThrow().personId();
    }

    java.time.Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    String inbox(String username) throws Exception {
        return mvc.perform(get("/inkorg").with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
