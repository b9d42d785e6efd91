package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static se.kasus.casework.BarnTestSupport.bbic;
import static se.kasus.casework.BarnTestSupport.insats;
import static se.kasus.casework.BarnTestSupport.preliminary;
import static se.kasus.casework.BarnTestSupport.protection;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.access.AccessDeniedException;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/** Every path of barn-utredning, from orosanmälan to insats and closing, through the real engine and services. */
class BarnProcessTest extends ProcessTestBase {

    static final String BARN_PROCESS = "barn-utredning";

    @Autowired ChildReports reports;
    @Autowired PersonService persons;
    @Autowired ChildInvestigationRepository childInvestigations;
    @Autowired ChildExtensionRepository extensions;
    @Autowired ChildDelayReasonRepository delays;
    @Autowired ChildPreliminaryRepository preliminaries;
    @Autowired ChildProtectionRepository protections;
    @Autowired JdbcTemplate jdbc;

    @Test
    void noInvestigation_closesTheCaseWithTheRecordedDecision() {
        long caseId = reportedCase();
        ProcessInstance main = barnProcess(caseId);
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", preliminary(false));

        assertThat(main).isEnded().hasPassedInOrder("Task_Skyddsbedomning", "Task_Forhandsbedomning",
                "Task_AvslutaUtanUtredning", "End_IngenUtredning");
        assertThat(main).hasNotPassed("Task_UtredaBarn");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(preliminaries.findByCaseIdOrderByIdAsc(caseId)).singleElement()
                .satisfies(p -> assertThat(p.toView().openInvestigation()).isFalse())
                .satisfies(p -> assertThat(p.toView().reasons()).contains("redan kända"));
    }

    @Test
    void investigation_leadsToAnInsatsThatIsDecidedExecutedFollowedUpAndClosed() {
        long caseId = reportedCase();
        ProcessInstance main = barnProcess(caseId);
        assertThat(task(caseId, "Task_Skyddsbedomning").due())
                .isEqualTo(today().plusDays(1).atStartOfDay(zone()).toInstant());
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", preliminary(true));
        assertThat(task(caseId, "Task_UtredaBarn").due())
                .isEqualTo(today().plusMonths(4).plusDays(1).atStartOfDay(zone()).toInstant());
        complete(HANDLAGGARE, caseId, "Task_UtredaBarn", bbic());
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", insats("KONTAKTPERSON", today()));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Kommunicera utredningen");
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(HANDLAGGARE, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(),
                "svar", "Vi vill gärna ha en kontaktperson."));
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", insats("KONTAKTPERSON", today()));
        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("norr.handlaggare");
        decide(HANDLAGGARE, caseId);
        executeDueJobs();
        assertThat(decisionOf(caseId).status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decisionOf(caseId).serviceType()).isEqualTo(ServiceType.KONTAKTPERSON);
        deliver(caseId, today());
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", Map.of("utforare", "ifo-oppenvard",
                "onskadStart", today().plusDays(1).toString(), "uppdrag", "Kontaktperson varannan vecka."));
        providerAccepts(caseId);
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));
        moveClock(Duration.ofDays(190));
        executeDueJobs();
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Fungerar väl.", "resultat", "AVSLUTA"));

        assertThat(main).isEnded().hasPassedInOrder("Task_Skyddsbedomning", "Task_Forhandsbedomning",
                "Task_InledaUtredning", "Task_UtredaBarn", "Task_BarnForslag", "Task_Kommunicera",
                "CallActivity_BeslutOchDelgivning", "CallActivity_Verkstallighet", "CallActivity_Uppfoljning",
                "Task_AvslutaArende", "End_Avslutat");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(main).hasNotPassed("Task_ForlangaUtredning", "Task_ForhandsbedomningForsenad");
    }

    @Test
    void aPlacementInAFosterHome_isForTheUnitHead() {
        long caseId = investigatedCase();
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", insats("FAMILJEHEM", today()));
        communicate(caseId);
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", insats("FAMILJEHEM", today()));

        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("norr.enhetschef");
        String taskId = task(caseId, "Task_FattaBeslut").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(taskId, Map.of("beslut", "GODKANN"))))
                .isInstanceOf(AccessDeniedException.class);
        decide(CHEF, caseId);
        assertThat(decisionOf(caseId).decidedRole()).isEqualTo("enhetschef");
    }

    @Test
    void anInsatsWithoutConsent_isRefused_andNothingIsProposed() {
        long caseId = investigatedCase();
        Map<String, Object> withoutConsent = insats("KONTAKTFAMILJ", today());
        withoutConsent.put("samtycke", false);
        String taskId = task(caseId, "Task_BarnForslag").id();

        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(taskId, withoutConsent)))
                .isInstanceOf(FormRejectedException.class);
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
    }

    @Test
    void noInsatsAfterTheInvestigation_closesTheCase() {
        long caseId = investigatedCase();
        ProcessInstance main = barnProcess(caseId);
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", Map.of("barnUtfall", "INGEN_INSATS",
                "motivering", "Familjen har fått stöd via skolan; inget behov av insats."));

        assertThat(main).isEnded().hasPassed("Task_AvslutaUtanInsats", "End_UtanInsats");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();
    }

    @Test
    void extension_movesTheTasksDueDateAndTheTimer_andKeepsTheDraft() {
        setToday(LocalDate.of(2026, 3, 2));
        long caseId = reportedCase();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", preliminary(true));
        String investigationTask = task(caseId, "Task_UtredaBarn").id();
        org.as(HANDLAGGARE, () -> work.saveDraft(investigationTask, Map.of("barnetsBehov", "Påbörjad text.")));

        // Four months: the last day is 2 July; the timer fires as 3 July begins.
        moveClock(Duration.ofDays(122));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda barnets situation (BBIC)");
        moveClock(Duration.ofDays(1));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactlyInAnyOrder("Utreda barnets situation (BBIC)",
                "Besluta om förlängd utredningstid");
        assertThat(task(caseId, "Task_ForlangaUtredning").candidateGroups())
                .containsExactly("norr.forste-socialsekreterare");
        String extensionTask = task(caseId, "Task_ForlangaUtredning").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(extensionTask, Map.of("sarskildaSkal",
                "Väntar på BUP.", "nyttSlutdatum", "2026-08-31")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as(FORSTE, () -> work.complete(extensionTask, Map.of("sarskildaSkal",
                "Väntar på BUP.", "nyttSlutdatum", "2026-07-01")))).isInstanceOf(FormRejectedException.class);

        complete(FORSTE, caseId, "Task_ForlangaUtredning", Map.of("sarskildaSkal",
                "Utlåtande från BUP behövs och kan komma först i augusti.", "nyttSlutdatum", "2026-08-31"));

        assertThat(task(caseId, "Task_UtredaBarn").id()).as("samma uppgift, utkastet finns kvar")
                .isEqualTo(investigationTask);
        assertThat(task(caseId, "Task_UtredaBarn").due())
                .isEqualTo(LocalDate.of(2026, 9, 1).atStartOfDay(zone()).toInstant());
        assertThat(org.as(HANDLAGGARE, () -> work.open(investigationTask)).data())
                .containsEntry("barnetsBehov", "Påbörjad text.");
        assertThat(childInvestigations.findFirstByCaseIdOrderByIdDesc(caseId).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(extensions.findByCaseIdOrderByIdAsc(caseId)).singleElement()
                .satisfies(e -> assertThat(e.toView().previousLastDay()).isEqualTo(LocalDate.of(2026, 7, 2)));
        List<Job> timers = management.createJobQuery().processInstanceId(barnProcess(caseId).getId()).timers().list();
        assertThat(timers).singleElement().satisfies(t -> assertThat(t.getDuedate().toInstant())
                .isEqualTo(LocalDate.of(2026, 9, 1).atStartOfDay(zone()).toInstant()));

        // Not before the new date; after it, the förste socialsekreterare decides again.
        moveClock(Duration.ofDays(59));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactlyInAnyOrder("Utreda barnets situation (BBIC)",
                "Den förlängda utredningstiden har gått ut");
        moveClock(Duration.ofDays(2));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).contains("Besluta om förlängd utredningstid");

        // Finishing the investigation ends the extension loop with it.
        complete(HANDLAGGARE, caseId, "Task_UtredaBarn", bbic());
        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
        assertThat(management.createJobQuery().processInstanceId(barnProcess(caseId).getId()).timers().count())
                .isZero();
    }

    @Test
    void preliminaryAssessmentOverrun_escalatesToTheTeamLead_whoMustRecordSynnerligaSkal() {
        setToday(LocalDate.of(2026, 3, 2));
        long caseId = reportedCase();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        assertThat(task(caseId, "Task_Forhandsbedomning").due())
                .isEqualTo(LocalDate.of(2026, 3, 17).atStartOfDay(zone()).toInstant());

        moveClock(Duration.ofDays(14));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Göra förhandsbedömning");
        moveClock(Duration.ofDays(1));
        executeDueJobs();

        assertThat(workflow.activeSteps(caseId)).containsExactlyInAnyOrder("Göra förhandsbedömning",
                "Förhandsbedömningen är försenad");
        assertThat(task(caseId, "Task_ForhandsbedomningForsenad").candidateGroups())
                .containsExactly("norr.forste-socialsekreterare");
        String escalation = task(caseId, "Task_ForhandsbedomningForsenad").id();
        assertThatThrownBy(() -> org.as(FORSTE, () -> work.complete(escalation, Map.of())))
                .isInstanceOf(FormRejectedException.class);
        assertThat(delays.findByCaseIdOrderByIdAsc(caseId)).isEmpty();

        complete(FORSTE, caseId, "Task_ForhandsbedomningForsenad", Map.of("synnerligaSkal",
                "Polisens förundersökning hindrar kontakt med familjen till den 20 mars."));
        assertThat(delays.findByCaseIdOrderByIdAsc(caseId)).singleElement()
                .satisfies(d -> assertThat(d.toView().recordedBy()).isEqualTo(FORSTE));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", preliminary(true));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda barnets situation (BBIC)");
    }

    @Test
    void siblings_getOneCaseEach_linkedToTheSameReport_andAudited() {
        PersonView first = child();
        PersonView second = child();
        List<CaseView> opened = org.as(HANDLAGGARE, () -> reports.register(BarnTestSupport.report(
                clock.instant(), List.of(first.id(), second.id()))));

        assertThat(opened).extracting(CaseView::personId).containsExactly(first.id(), second.id());
        assertThat(opened).extracting(CaseView::caseType).containsOnly(CaseType.BARN_UNGA);
        for (CaseView c : opened) {
            assertThat(barnProcess(c.id())).isWaitingAt("Task_Skyddsbedomning");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'CREATE'",
                    Integer.class, c.id())).isEqualTo(1);
        }
        assertThat(reports.reportOfCase(opened.get(0).id()).orElseThrow().id())
                .isEqualTo(reports.reportOfCase(opened.get(1).id()).orElseThrow().id());
    }

    @Test
    void skipAttempts_areRefused() {
        long caseId = reportedCase();
        // Förhandsbedömning before skyddsbedömning: there is no such task yet.
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_Skyddsbedomning");
        String protectionTask = task(caseId, "Task_Skyddsbedomning").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(protectionTask, preliminary(true))))
                .isInstanceOf(FormRejectedException.class);
        assertThat(protections.findByCaseIdOrderByIdAsc(caseId)).isEmpty();

        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(protectionTask, protection(false))))
                .isInstanceOf(TaskNotActiveException.class);

        // Another unit's caseworker may not work on the case.
        String preliminaryTask = task(caseId, "Task_Forhandsbedomning").id();
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> work.complete(preliminaryTask, preliminary(true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(preliminaries.findByCaseIdOrderByIdAsc(caseId)).isEmpty();
    }

    @Test
    void aProposalOrADecisionWithoutAFinishedInvestigation_isRefused() {
        long caseId = reportedCase();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", preliminary(true));
        // An administrator moves the case past the investigation by hand: the proposal step refuses.
        runtime.createProcessInstanceModification(barnProcess(caseId).getId())
                .startBeforeActivity("Task_BarnForslag").execute();
        String proposalTask = task(caseId, "Task_BarnForslag").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(proposalTask,
                insats("KONTAKTPERSON", today())))).isInstanceOf(CaseRuleException.class)
                .hasMessage("Utredningen är inte klar. Förslag till beslut kan inte lämnas.");
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();

        // A proposal row planted by hand and the decision process started by hand: the decision step refuses.
        Decision planted = decisions.save(new Decision(caseId, new Decision.Proposal(Outcome.BIFALL,
                ServiceType.KONTAKTPERSON, null, today(), null, today().plusMonths(6), "Planterat.", "SoL"),
                HANDLAGGARE, clock.instant()));
        runtime.startProcessInstanceByKey("gemensam-beslut-och-delgivning", String.valueOf(caseId), Map.of(
                "caseId", caseId, "unitId", "norr", "forslagId", planted.id(), "arendetyp", "BARN_UNGA",
                "utfall", "BIFALL", "insatstyp", "KONTAKTPERSON", "omfattningTimmar", 0));
        String decisionTask = task(caseId, "Task_FattaBeslut").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(decisionTask, Map.of("beslut", "GODKANN"))))
                .isInstanceOf(CaseRuleException.class)
                .hasMessage("Ärendet har ingen utredning. Beslut kan inte fattas.");
        assertThat(decisions.findById(planted.id()).orElseThrow().status()).isEqualTo(DecisionStatus.PROPOSED);
    }

    @Test
    void urgentProtection_startsTheLvuProcess_andTheCaseContinuesToThePreliminaryAssessment() {
        long caseId = reportedCase();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(true));

        assertThat(workflow.isRunning(ProcessVariables.LVU_PROCESS, caseId)).isTrue();
        assertThat(runtime.getVariable(barnProcess(caseId).getId(), ProcessVariables.LVU_START))
                .isEqualTo("OMEDELBART");
        assertThat(workflow.activeSteps(caseId)).contains("Göra förhandsbedömning");
    }

    @Test
    void closingACaseWhileItsLvuProcessRuns_isRefused() {
        long caseId = investigatedCase();
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", Map.of("barnUtfall", "LVU",
                "motivering", "Vårdnadshavarna samtycker inte till placering."));
        assertThat(workflow.isRunning(ProcessVariables.LVU_PROCESS, caseId)).isTrue();

        String closeTask = task(caseId, "Task_AvslutaBarnArende").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(closeTask, Map.of("anteckning", "Klart."))))
                .isInstanceOf(CaseRuleException.class)
                .hasMessage("Ärendet kan inte avslutas medan LVU-processen pågår.");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void investigationToLvu_careEndsUnder21Paragraph_thenTheCaseCloses() {
        long caseId = investigatedCase();
        complete(HANDLAGGARE, caseId, "Task_BarnForslag", Map.of("barnUtfall", "LVU",
                "motivering", "Vårdnadshavarna samtycker inte till placering."));
        complete(HANDLAGGARE, caseId, "Task_AnsokanOmVard", Map.of("grund", "PAR_2",
                "skal", "Bristande omsorg i hemmet.", "ansokanDatum", today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraDomOmVard", Map.of("domsdatum", today().toString(),
                "malnummer", "2345-26", "domUtfall", "BIFALL"));
        complete(HANDLAGGARE, caseId, "Task_Placering", Map.of("placeringsform", "HVB",
                "placeringsdatum", today().toString()));
        complete("namnd.norr", caseId, "Task_BeslutaUpphorande", Map.of("upphorDatum", today().toString(),
                "skal", "Vårdnadshavarna tar emot stöd och samtycker till fortsatt öppenvård."));
        assertThat(workflow.isRunning(ProcessVariables.LVU_PROCESS, caseId)).isFalse();

        complete(HANDLAGGARE, caseId, "Task_AvslutaBarnArende", Map.of("anteckning",
                "Vården enligt LVU har upphört; ärendet avslutas."));
        assertThat(barnProcess(caseId)).isNull();
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    PersonView child() {
        return BarnTestSupport.newPerson(persons, today().minusYears(9));
    }

    long reportedCase() {
        PersonView child = child();
        return org.as(HANDLAGGARE, () -> reports.register(BarnTestSupport.report(clock.instant(),
                List.of(child.id())))).get(0).id();
    }

    /** Skyddsbedömning, förhandsbedömning and a finished BBIC utredning: waits in Task_BarnForslag. */
    long investigatedCase() {
        long caseId = reportedCase();
        complete(HANDLAGGARE, caseId, "Task_Skyddsbedomning", protection(false));
        complete(HANDLAGGARE, caseId, "Task_Forhandsbedomning", preliminary(true));
        complete(HANDLAGGARE, caseId, "Task_UtredaBarn", bbic());
        return caseId;
    }

    void communicate(long caseId) {
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(HANDLAGGARE, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(), "svar", "Ok."));
    }

    ProcessInstance barnProcess(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(BARN_PROCESS).singleResult();
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
