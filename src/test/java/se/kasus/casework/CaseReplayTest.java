package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.engine.ProcessRun.RunState;
import se.kasus.engine.StepType;
import se.kasus.replay.Aspect;
import se.kasus.replay.CaseHistory;
import se.kasus.replay.CaseReplay;
import se.kasus.replay.ProcessPath;
import se.kasus.replay.RecordNote;
import se.kasus.replay.StepState;
import se.kasus.replay.TimelineEntry;
import se.kasus.replay.TimerView;

/**
 * Ärendehistorik: a case replayed step by step must be exactly what the engine recorded, in its order, with the path
 * through each diagram, who did what and the records behind each step; only those who review cases may see it, and
 * every reading and refusal is in the audit log.
 */
@AutoConfigureMockMvc
class CaseReplayTest extends ProcessTestBase {

    private static final String REVISOR = "revisor";
    private static final String BESLUT_PROCESS = "gemensam-beslut-och-delgivning";

    @Autowired CaseReplay replay;
    @Autowired AuditLog auditLog;
    @Autowired RepositoryService repository;
    @Autowired MockMvc mvc;

    // --- the timeline is the engine's history ---

    @Test
    void timeline_isTheEnginesHistory_inItsOrder_withCalledProcessesAfterTheirCallActivity() {
        long caseId = refusedSentBackAndAppealed();

        CaseHistory replayed = org.as(REVISOR, () -> replay.replay(caseId));

        List<HistoricProcessInstance> instances = instancesOf(caseId);
        assertThat(instances).hasSize(4); // the case's process, two rounds of beslut och delgivning, the överklagande
        for (HistoricProcessInstance instance : instances) {
            assertThat(entriesOf(replayed, instance.getId()).stream().map(TimelineEntry::activityInstanceId))
                    .as("steg i %s", instance.getProcessDefinitionKey())
                    .containsExactlyElementsOf(engineOrder(instance.getId()).stream()
                            .map(HistoricActivityInstance::getId).toList());
        }
        assertThat(replayed.timeline()).hasSize(instances.stream().mapToInt(i -> engineOrder(i.getId()).size()).sum());
        assertCalledProcessesFollowTheirCallActivity(replayed);
    }

    @Test
    void timeline_showsTheScenarioStepByStep_withWhoDidIt() {
        long caseId = refusedSentBackAndAppealed();

        CaseHistory replayed = org.as(REVISOR, () -> replay.replay(caseId));

        List<TimelineEntry> userTasks = replayed.timeline().stream()
                .filter(e -> e.type() == StepType.USER_TASK).toList();
        assertThat(userTasks).extracting(TimelineEntry::activityId).containsExactly("Task_Utreda",
                "Task_ForslagTillBeslut", "Task_Kommunicera", "Task_RegistreraSvar", "Task_ForslagTillBeslut",
                "Task_FattaBeslut", "Task_ForslagTillBeslut", "Task_FattaBeslut", "Task_RegistreraDelgivning",
                "Task_Omprova", "Task_OverlamnaTillDomstol", "Task_RegistreraDom");
        assertThat(userTasks).extracting(TimelineEntry::completedBy).containsExactly(HANDLAGGARE, HANDLAGGARE,
                HANDLAGGARE, HANDLAGGARE, HANDLAGGARE, FORSTE, HANDLAGGARE, FORSTE, HANDLAGGARE, FORSTE,
                HANDLAGGARE, HANDLAGGARE);
        assertThat(userTasks).extracting(TimelineEntry::name).startsWith("Utreda behov", "Lämna förslag till beslut");
        assertThat(userTasks).allSatisfy(e -> assertThat(e.state()).isEqualTo(StepState.DONE));
        assertThat(entry(replayed, "Task_FattaBeslut", 0).depth()).isEqualTo(1);
        assertThat(entry(replayed, "Task_Omprova", 0).depth()).isEqualTo(2); // in the event subprocess, then called
    }

    @Test
    void eachStep_showsWhatWasDecidedAndWhy() {
        long caseId = refusedSentBackAndAppealed();

        CaseHistory replayed = org.as(REVISOR, () -> replay.replay(caseId));

        RecordNote sentBack = note(entry(replayed, "Task_FattaBeslut", 0), Aspect.DECISION);
        assertThat(fact(sentBack, "Status")).isEqualTo("Återremitterat");
        assertThat(fact(sentBack, "Kommentar")).isEqualTo("Motivera bedömningen närmare.");
        RecordNote decided = note(entry(replayed, "Task_FattaBeslut", 1), Aspect.DECISION);
        assertThat(decided.id()).isNotEqualTo(sentBack.id());
        assertThat(fact(decided, "Status")).isEqualTo("Beslutat");
        assertThat(fact(decided, "Motivering")).isEqualTo("Behovet tillgodoses av anhöriga och trygghetslarm.");
        assertThat(fact(decided, "Lagrum")).isEqualTo("SoL (2025:400) 11 kap. 1 §");
        assertThat(fact(decided, "Som")).isEqualTo("1:e socialsekreterare");

        assertThat(note(entry(replayed, "Task_ForslagTillBeslut", 2), Aspect.PROPOSAL).id()).isEqualTo(decided.id());
        assertThat(fact(note(entry(replayed, "Task_ForslagTillBeslut", 0), Aspect.PROPOSAL), "Förslagets status nu"))
                .isEqualTo("Ersatt");
        assertThat(fact(note(entry(replayed, "Task_Utreda", 0), Aspect.INVESTIGATION), "Bedömning"))
                .isEqualTo("Behovet kan inte tillgodoses på annat sätt.");
        assertThat(fact(note(entry(replayed, "Task_Kommunicera", 0), Aspect.COMMUNICATION), "Sätt")).isEqualTo("BREV");
        assertThat(fact(note(entry(replayed, "Task_RegistreraSvar", 0), Aspect.RESPONSE), "Svar")).isEqualTo("Nej.");
        assertThat(note(entry(replayed, "Task_RegistreraDelgivning", 0), Aspect.DELIVERY).id()).isEqualTo(decided.id());
        assertThat(fact(note(entry(replayed, "Task_Omprova", 0), Aspect.RECONSIDERATION), "Motivering"))
                .isEqualTo("Inga nya omständigheter.");
        assertThat(fact(note(entry(replayed, "Task_RegistreraDom", 0), Aspect.JUDGMENT), "Målnummer"))
                .isEqualTo("1234-26");
        assertThat(entry(replayed, "Gateway_Beslutat", 0).records()).isEmpty();
    }

    // --- the path through the diagrams ---

    @Test
    void path_marksWhatWasDoneTheFlowsTakenAndWhereTheCaseStands() {
        long caseId = refusedSentBackAndAppealed();

        CaseHistory replayed = org.as(REVISOR, () -> replay.replay(caseId));

        ProcessPath main = path(replayed, MAIN_PROCESS, 0);
        assertThat(main.takenFlows()).containsExactlyInAnyOrder("Flow_AnsokanRegistrerad_Utreda",
                "Flow_Utreda_Komplettering", "Flow_Komplettering_TillForslag", "Flow_TillForslag_ForslagTillBeslut",
                "Flow_ForslagTillBeslut_Kommunicering", "Flow_Kommunicering_Kommunicera",
                "Flow_Kommunicera_RegistreraSvar", "Flow_RegistreraSvar_EfterKommunicering",
                "Flow_EfterKommunicering_TillForslag", "Flow_Kommunicering_BeslutOchDelgivning",
                "Flow_BeslutOchDelgivning_Beslutat", "Flow_Beslutat_TillForslag", "Flow_Beslutat_Utfall",
                "Flow_Utfall_LagaKraft", "Flow_Overklagande_Overklagande", "Flow_Overklagande_OverklagandeHanterat");
        assertThat(main.activeActivities()).containsExactly("Timer_LagaKraft");
        assertThat(main.doneActivities()).containsExactlyInAnyOrderElementsOf(engineDone(main.processInstanceId()));
        assertThat(main.doneActivities()).contains("Task_RegistreraSvar", "SubProcess_Overklagande")
                .doesNotContain("Task_InhamtaKomplettering", "Timer_Svarsfrist", "Timer_LagaKraft");

        assertThat(path(replayed, BESLUT_PROCESS, 0).takenFlows()).containsExactlyInAnyOrder(
                "Flow_Beslut_BestamBeslutsfattare", "Flow_BestamBeslutsfattare_FattaBeslut", "Flow_FattaBeslut_Godkant",
                "Flow_Godkant_Aterremitterat");
        assertThat(path(replayed, BESLUT_PROCESS, 1).takenFlows()).containsExactlyInAnyOrder(
                "Flow_Beslut_BestamBeslutsfattare", "Flow_BestamBeslutsfattare_FattaBeslut", "Flow_FattaBeslut_Godkant",
                "Flow_Godkant_UpprattaBeslutsbrev", "Flow_UpprattaBeslutsbrev_RegistreraDelgivning",
                "Flow_RegistreraDelgivning_Delgivet");
        assertThat(path(replayed, "gemensam-overklagande", 0).takenFlows()).containsExactlyInAnyOrder(
                "Flow_Overklagande_Rattidsprova", "Flow_Rattidsprova_ITid", "Flow_ITid_Omprova",
                "Flow_Omprova_Omprovning", "Flow_Omprovning_OverlamnaTillDomstol",
                "Flow_OverlamnaTillDomstol_RegistreraDom", "Flow_RegistreraDom_DomRegistrerad");
        for (ProcessPath p : replayed.processes()) {
            assertThat(p.doneActivities()).as(p.processKey()).containsExactlyInAnyOrderElementsOf(
                    engineDone(p.processInstanceId()));
            assertThat(p.calledBy()).as(p.processKey())
                    .isEqualTo(p.processKey().equals(MAIN_PROCESS) ? null : main.processInstanceId());
        }
    }

    @Test
    void timers_showWhatWasRemovedAndWhatWaits() {
        long caseId = refusedSentBackAndAppealed();

        ProcessPath main = path(org.as(REVISOR, () -> replay.replay(caseId)), MAIN_PROCESS, 0);

        assertThat(main.timers()).extracting(TimerView::activityId, TimerView::state).containsExactly(
                tuple("Timer_Svarsfrist", TimerView.State.REMOVED),
                tuple("Timer_LagaKraft", TimerView.State.WAITING));
        assertThat(main.timers().get(1).name()).isEqualTo("Överklagandetiden har gått ut");
    }

    @Test
    void aDecisionNotExecutedInThreeMonths_showsAsAnEscalation_withTheTimerThatStartedIt() {
        long caseId = grantedAndDelivered();
        advanceClock(Duration.ofDays(100));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).contains("Ange skäl till dröjsmålet");

        CaseHistory replayed = org.as(REVISOR, () -> replay.replay(caseId));

        TimelineEntry escalation = entry(replayed, "SubProcess_EjVerkstallt", 0);
        assertThat(escalation.escalation()).isTrue();
        assertThat(escalation.typeLabel()).isEqualTo("Eskalering");
        TimelineEntry timer = entry(replayed, "StartEvent_EjVerkstallt", 0);
        assertThat(timer.escalation()).isTrue();
        assertThat(timer.timer().state()).isEqualTo(TimerView.State.FIRED);
        assertThat(timer.depth()).isEqualTo(escalation.depth() + 1);
        TimelineEntry flagged = entry(replayed, "Task_RapporteraEjVerkstallt", 0);
        assertThat(flagged.escalation()).isTrue();
        assertThat(fact(note(flagged, Aspect.NOT_EXECUTED), "Ej verkställt sedan")).isEqualTo(today());
        // The unit head's reason is asked for in a process of its own, so the execution does not wait for it.
        assertThat(entry(replayed, "Task_AtgardaEjVerkstallt", 0).state()).isEqualTo(StepState.ACTIVE);
        assertThat(entry(replayed, "Task_SkickaBestallning", 0).escalation()).isFalse();
        assertThat(path(replayed, "gemensam-verkstallighet", 0).activeActivities())
                .containsExactly("Task_SkickaBestallning");
        assertThat(path(replayed, "gemensam-ej-verkstallt", 0).activeActivities())
                .containsExactly("Task_AtgardaEjVerkstallt");
    }

    @Test
    void anAppealIsAnEventButNoEscalation() {
        long caseId = refusedSentBackAndAppealed();

        TimelineEntry appeal = entry(org.as(REVISOR, () -> replay.replay(caseId)), "SubProcess_Overklagande", 0);

        assertThat(appeal.escalation()).isFalse();
        assertThat(appeal.typeLabel()).isEqualTo("Händelse");
        assertThat(appeal.name()).isEqualTo("Överklagande av beslut");
    }

    @Test
    void closedCase_replays_withTheTimerThatClosedIt() {
        long caseId = refusedSentBackAndAppealed();
        advanceClock(Duration.ofDays(40));
        executeDueJobs();
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);

        CaseHistory replayed = org.as(REVISOR, () -> replay.replay(caseId));

        assertThat(replayed.records().caseView().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(replayed.processes()).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo(RunState.COMPLETED);
            assertThat(p.activeActivities()).isEmpty();
        });
        assertThat(replayed.timeline()).noneMatch(e -> e.state() == StepState.ACTIVE);
        TimelineEntry timer = entry(replayed, "Timer_LagaKraft", 0);
        assertThat(timer.timer().state()).isEqualTo(TimerView.State.FIRED);
        assertThat(timer.timer().firedAt()).isNotNull().isAfterOrEqualTo(timer.startedAt());
        assertThat(path(replayed, MAIN_PROCESS, 0).takenFlows()).contains("Flow_LagaKraft_AvslutaAvslag",
                "Flow_AvslutaAvslag_AvslagAvslutat");
        for (HistoricProcessInstance instance : instancesOf(caseId)) {
            assertThat(entriesOf(replayed, instance.getId()).stream().map(TimelineEntry::activityInstanceId))
                    .containsExactlyElementsOf(engineOrder(instance.getId()).stream()
                            .map(HistoricActivityInstance::getId).toList());
        }
    }

    // --- who may replay, and the audit log ---

    @Test
    void anotherUnitsCaseworkerAndAProvider_areRefused_andTheRefusalIsAudited() throws Exception {
        long caseId = newCase();
        String processInstanceId = mainProcess(caseId).getId();
        for (String user : List.of("handlaggare.syd", "utforare")) {
            mvc.perform(get("/api/cases/{id}/history", caseId).with(basic(user))).andExpect(status().isForbidden());
            mvc.perform(get("/revision/arenden/{id}", caseId).with(basic(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/cases/{id}/history/processes/{pi}/diagram", caseId, processInstanceId)
                    .with(basic(user))).andExpect(status().isForbidden());
        }
        List<AuditEntryView> denied = auditLog.forCase(caseId, AuditAction.DENIED, 100);
        assertThat(denied).extracting(AuditEntryView::actor).containsExactly("handlaggare.syd", "handlaggare.syd",
                "handlaggare.syd", "utforare", "utforare", "utforare");
        assertThat(denied).allSatisfy(e -> {
            assertThat(e.resource()).isEqualTo(CaseReview.RESOURCE);
            assertThat(e.personId()).isEqualTo(cases.findById(caseId).orElseThrow().personId());
        });
        assertThat(auditLog.forCase(caseId, AuditAction.READ, 100)).noneMatch(e -> e.resource().equals("historik"));
    }

    @Test
    void theUnitsOwnCaseworkerAndUnitHeads_areRefused_reviewIsForTheRevisor() {
        long caseId = newCase();
        org.as(HANDLAGGARE, () -> {
            assertThatThrownBy(() -> replay.replay(caseId))
                    .isInstanceOf(AccessDeniedException.class);
        });
        // Replay spans units, so it is the revisor's: a unit head would otherwise read other units' cases.
        for (String unitHead : List.of("chef.syd", CHEF)) {
            org.as(unitHead, () -> assertThatThrownBy(() -> replay.replay(caseId))
                    .isInstanceOf(AccessDeniedException.class));
        }
        assertThat(org.as(REVISOR, () -> replay.replay(caseId)).timeline()).isNotEmpty();
    }

    @Test
    void theRevisorsReplay_isAudited_andIsReadOnly() throws Exception {
        long caseId = newCase();
        investigate(caseId);
        long personId = cases.findById(caseId).orElseThrow().personId();
        int stepsBefore = engineOrder(mainProcess(caseId).getId()).size();

        mvc.perform(get("/api/cases/{id}/history", caseId).with(basic(REVISOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.records.caseView.id").value(caseId))
                .andExpect(jsonPath("$.timeline[1].activityId").value("Task_Utreda"))
                .andExpect(jsonPath("$.timeline[1].completedBy").value(HANDLAGGARE))
                .andExpect(jsonPath("$.processes[0].takenFlows[0]").exists());
        mvc.perform(get("/revision/arenden/{id}", caseId).with(basic(REVISOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Utreda behov")));

        List<AuditEntryView> reads = auditLog.forCase(caseId, AuditAction.READ, 100).stream()
                .filter(e -> e.resource().equals(CaseReview.RESOURCE)).toList();
        assertThat(reads).hasSize(2).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(REVISOR);
            assertThat(e.personId()).isEqualTo(personId);
            assertThat(e.caseId()).isEqualTo(caseId);
        });
        assertThat(engineOrder(mainProcess(caseId).getId())).hasSize(stepsBefore);
        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
        mvc.perform(post("/api/cases/{id}/history", caseId).with(basic(REVISOR)))
                .andExpect(status().isMethodNotAllowed());
    }

    // --- the exact version ---

    @Test
    void aRunOnVersion1_replaysWithVersion1sDiagram_afterVersion2IsDeployed() throws Exception {
        long caseId = newCase();
        ProcessDefinition v1 = repository.getProcessDefinition(mainProcess(caseId).getProcessDefinitionId());
        Deployment v2Deployment = repository.createDeployment().name("Test: version 2 av huvudprocessen")
                .addString("aldreomsorg-bistand.bpmn", mainModel().replace("name=\"Utreda behov\"",
                        "name=\"Utreda behov och risker\""))
                .deploy();
        try {
            ProcessDefinition v2 = repository.createProcessDefinitionQuery().deploymentId(v2Deployment.getId())
                    .singleResult();
            assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());

            ProcessPath main = path(org.as(REVISOR, () -> replay.replay(caseId)), MAIN_PROCESS, 0);
            assertThat(main.definitionId()).isEqualTo(v1.getId());
            assertThat(main.version()).isEqualTo(v1.getVersion());
            assertThat(main.latestVersion()).isEqualTo(v2.getVersion());
            assertThat(main.olderVersion()).isTrue();

            byte[] diagram = mvc.perform(get("/api/cases/{id}/history/processes/{pi}/diagram", caseId,
                    main.processInstanceId()).with(basic(REVISOR))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(diagram).isEqualTo(bytes(repository.getProcessModel(v1.getId())));
            assertThat(new String(diagram, StandardCharsets.UTF_8)).contains("name=\"Utreda behov\"")
                    .doesNotContain("och risker");
            mvc.perform(get("/revision/arenden/{id}", caseId).with(basic(REVISOR))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Senaste är " + v2.getVersion())));
        } finally {
            repository.deleteDeployment(v2Deployment.getId(), true);
        }
    }

    @Test
    void aProcessInstanceOfAnotherCase_hasNoDiagramHere() throws Exception {
        long caseId = newCase();
        long otherCase = newCase();
        mvc.perform(get("/api/cases/{id}/history/processes/{pi}/diagram", caseId, mainProcess(otherCase).getId())
                .with(basic(REVISOR))).andExpect(status().isNotFound());
    }

    // --- helpers ---

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private List<HistoricProcessInstance> instancesOf(long caseId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId)).list();
    }

    private List<HistoricActivityInstance> engineOrder(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    }

    private Set<String> engineDone(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished().list()
                .stream().filter(a -> !a.isCanceled()).map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
    }

    private static List<TimelineEntry> entriesOf(CaseHistory replayed, String processInstanceId) {
        return replayed.timeline().stream().filter(e -> e.processInstanceId().equals(processInstanceId)).toList();
    }

    /** After a call activity comes the first step of the process it called, one level deeper. */
    private static void assertCalledProcessesFollowTheirCallActivity(CaseHistory replayed) {
        List<TimelineEntry> timeline = replayed.timeline();
        List<String> called = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (e.calledProcessInstanceId() != null) {
                TimelineEntry next = timeline.get(i + 1);
                assertThat(next.processInstanceId()).isEqualTo(e.calledProcessInstanceId());
                assertThat(next.depth()).isEqualTo(e.depth() + 1);
                called.add(e.calledProcessInstanceId());
            }
        }
        assertThat(called).hasSize(3);
    }

    private static TimelineEntry entry(CaseHistory replayed, String activityId, int nth) {
        List<TimelineEntry> found = replayed.timeline().stream().filter(e -> e.activityId().equals(activityId))
                .toList();
        assertThat(found).as("steg %s", activityId).hasSizeGreaterThan(nth);
        return found.get(nth);
    }

    private static ProcessPath path(CaseHistory replayed, String processKey, int nth) {
        List<ProcessPath> found = replayed.processes().stream().filter(p -> p.processKey().equals(processKey))
                .toList();
        assertThat(found).as("process %s", processKey).hasSizeGreaterThan(nth);
        return found.get(nth);
    }

    private static RecordNote note(TimelineEntry entry, Aspect aspect) {
        List<RecordNote> notes = entry.records().stream().filter(n -> n.aspect() == aspect).toList();
        assertThat(notes).as("%s vid %s", aspect, entry.activityId()).hasSize(1);
        return notes.get(0);
    }

    private static Object fact(RecordNote note, String label) {
        Map<String, Object> facts = note.facts().stream()
                .collect(Collectors.toMap(RecordNote.Fact::label, RecordNote.Fact::value));
        assertThat(facts).as("%s i %s", label, note.title()).containsKey(label);
        return facts.get(label);
    }

    private static String mainModel() throws IOException {
        try (InputStream in = new ClassPathResource("processes/aldreomsorg/aldreomsorg-bistand.bpmn").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
