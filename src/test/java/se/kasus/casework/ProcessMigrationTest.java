package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.TestProcessVersions;
import se.kasus.access.AccessDeniedException;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.engine.WorkTask;
import se.kasus.engine.migration.ActivityMapping;
import se.kasus.engine.migration.CaseMigration;
import se.kasus.engine.migration.MigrationRejectedException;
import se.kasus.engine.migration.MigrationReport;
import se.kasus.engine.migration.MigrationRequest;
import se.kasus.engine.migration.ProcessMigrations;

/**
 * Migration of running cases to a new version of the main process (issue 6): a case in every wait state moves to the
 * same step of the new version, its timers and its appeal subscription still work, and it runs to its end there; a
 * case in a step the new version lacks stays where it was; only the process owner may migrate, and it is logged.
 */
class ProcessMigrationTest extends ProcessTestBase {

    private static final String ADMIN = "admin";
    /** A Monday with no holiday within the deadlines the test waits for. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 2, 2);

    @Autowired ProcessMigrations migrations;
    @Autowired RepositoryService repository;
    @Autowired AuditLog auditLog;

    private TestProcessVersions versions;

    @BeforeEach
    void startOnAMonday() {
        versions = new TestProcessVersions(repository);
        setToday(MONDAY);
    }

    @AfterEach
    void removeTestVersions() {
        versions.deleteAll();
    }

    @Test
    void aCaseInEveryWaitState_movesToTheSameStepOfTheNewVersion_andRunsToItsEndThere() {
        Map<String, Long> waiting = casesInEveryWaitState();
        ProcessDefinition v1 = versions.latest();
        Map<Long, Situation> before = situations(waiting.values());
        Job svarsfrist = timerOf(waiting.get("Task_RegistreraSvar"));
        Job lagaKraft = timerOf(waiting.get("Timer_LagaKraft"));
        // The new version renames a step and gives new cases a longer svarsfrist; a migrated case keeps its own.
        ProcessDefinition v2 = versions.deploy("ny etikett, ny svarsfrist", model -> {
            TestProcessVersions.renameLabel("Task_Utreda", "Utreda behovet").accept(model);
            TestProcessVersions.timerDuration("Timer_Svarsfrist_Def", "P60D").accept(model);
        });
        MigrationRequest request = new MigrationRequest(MAIN_PROCESS, v1.getVersion(), v2.getVersion(), null);

        MigrationReport dryRun = org.as(ADMIN, () -> migrations.dryRun(request));

        assertThat(dryRun.executed()).isFalse();
        Map<Long, CaseMigration> tried = byCase(dryRun);
        assertThat(waiting.values()).allSatisfy(caseId -> {
            assertThat(tried.get(caseId).migratable()).as("ärende %s kan migreras", caseId).isTrue();
            assertThat(tried.get(caseId).migrated()).isFalse();
            assertThat(tried.get(caseId).waitsAt()).extracting(s -> s.activityId())
                    .containsExactlyElementsOf(before.get(caseId).steps());
        });
        assertThat(tried.get(waiting.get("CallActivity_BeslutOchDelgivning")).calledProcesses())
                .singleElement().satisfies(called -> {
                    assertThat(called.processKey()).isEqualTo("gemensam-beslut-och-delgivning");
                    assertThat(called.waitsAt()).extracting(s -> s.activityId()).containsExactly("Task_FattaBeslut");
                });
        assertThat(situations(waiting.values())).as("provkörningen ändrar ingenting").isEqualTo(before);

        MigrationReport migrated = org.as(ADMIN, () -> migrations.migrate(request));

        assertThat(migrated.executed()).isTrue();
        Map<Long, CaseMigration> done = byCase(migrated);
        assertThat(waiting.values()).allSatisfy(caseId -> assertThat(done.get(caseId).migrated()).isTrue());
        Map<Long, Situation> after = situations(waiting.values());
        for (long caseId : waiting.values()) {
            Situation was = before.get(caseId);
            Situation is = after.get(caseId);
            assertThat(is.definitionId()).as("ärende %s på nya versionen", caseId).isEqualTo(v2.getId());
            assertThat(is.steps()).as("ärende %s vid samma steg", caseId).isEqualTo(was.steps());
            assertThat(is.taskIds()).as("ärende %s har samma uppgifter", caseId).isEqualTo(was.taskIds());
            assertThat(is.subProcesses()).as("anropade processer rörs inte").isEqualTo(was.subProcesses());
        }
        assertThat(timerOf(waiting.get("Task_RegistreraSvar"))).as("svarsfristens timer behålls")
                .satisfies(job -> sameTimer(job, svarsfrist, v2));
        assertThat(timerOf(waiting.get("Timer_LagaKraft"))).as("överklagandetidens timer behålls")
                .satisfies(job -> sameTimer(job, lagaKraft, v2));

        // An appeal reaches the migrated case through its event subprocess, not as a process of its own.
        long appealed = waiting.get("Timer_LagaKraft");
        org.as(HANDLAGGARE, () -> records.registerAppeal(decisionOf(appealed).id(), today()));
        ProcessInstance appeal = runtime.createProcessInstanceQuery().processDefinitionKey("gemensam-overklagande")
                .processInstanceBusinessKey(String.valueOf(appealed)).singleResult();
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(mainProcess(appealed).getId())
                .processInstanceId(appeal.getId()).count()).isEqualTo(1);
        assertThat(workflow.activeSteps(appealed)).contains("Ompröva beslutet");

        // The svarsfrist passes: the migrated timer fires and the case goes back to the proposal, on the new version.
        long communicated = waiting.get("Task_RegistreraSvar");
        moveClock(Duration.ofDays(16));
        executeDueJobs();
        assertThat(openTaskKeys(communicated)).containsExactly("Task_ForslagTillBeslut");
        assertThat(mainProcess(communicated).getProcessDefinitionId()).isEqualTo(v2.getId());

        // The case that waited for its decision reaches verkställighet, called from the new version's deployment.
        long deciding = waiting.get("CallActivity_BeslutOchDelgivning");
        decide(HANDLAGGARE, deciding);
        executeDueJobs();
        deliver(deciding, today());
        ProcessInstance execution = runtime.createProcessInstanceQuery()
                .processDefinitionKey("gemensam-verkstallighet").processInstanceBusinessKey(String.valueOf(deciding))
                .singleResult();
        assertThat(repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId())
                .isEqualTo(v2.getDeploymentId());

        for (long caseId : waiting.values()) {
            String mainId = after.get(caseId).processInstanceId();
            runToTheEnd(caseId);
            HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(mainId)
                    .singleResult();
            assertThat(ended.getEndTime()).as("ärende %s avslutat", caseId).isNotNull();
            assertThat(ended.getProcessDefinitionId()).isEqualTo(v2.getId());
            assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        }
    }

    @Test
    void aCaseInARemovedStep_staysUntouchedOnItsVersion_andARenamedStepMovesOnlyWithItsMapping() {
        long supplement = waitingForSupplement();
        long refused = waitingForFinalRefusal();
        long investigating = newCase();
        ProcessDefinition v1 = versions.latest();
        Map<Long, Situation> before = situations(List.of(supplement, refused, investigating));
        Job lagaKraft = timerOf(refused);
        ProcessDefinition v2 = versions.deploy("utan komplettering, ny timer", model -> {
            TestProcessVersions.removeTask("Task_InhamtaKomplettering").accept(model);
            TestProcessVersions.renameId("Timer_LagaKraft", "Timer_Overklagandetid").accept(model);
        });

        MigrationReport plain = org.as(ADMIN, () -> migrations.dryRun(
                new MigrationRequest(MAIN_PROCESS, v1.getVersion(), v2.getVersion(), List.of())));

        assertThat(plain.stepsWithoutTarget()).extracting(s -> s.activityId())
                .contains("Task_InhamtaKomplettering", "Timer_LagaKraft").doesNotContain("Task_AvslutaAvslag");
        Map<Long, CaseMigration> tried = byCase(plain);
        assertThat(tried.get(supplement).migratable()).isFalse();
        assertThat(tried.get(supplement).reasons()).singleElement().asString()
                .contains("Inhämta komplettering", "Task_InhamtaKomplettering", "finns inte i målversionen");
        assertThat(tried.get(refused).migratable()).isFalse();
        assertThat(tried.get(refused).reasons()).singleElement().asString().contains("Timer_LagaKraft");
        assertThat(tried.get(investigating).migratable()).isTrue();

        MigrationRequest withMapping = new MigrationRequest(MAIN_PROCESS, v1.getVersion(), v2.getVersion(),
                List.of(new ActivityMapping("Timer_LagaKraft", "Timer_Overklagandetid")));
        MigrationReport migrated = org.as(ADMIN, () -> migrations.migrate(withMapping));

        Map<Long, CaseMigration> done = byCase(migrated);
        assertThat(done.get(supplement).migrated()).isFalse();
        assertThat(done.get(supplement).reasons()).isNotEmpty();
        assertThat(done.get(refused).migrated()).isTrue();
        assertThat(done.get(investigating).migrated()).isTrue();
        assertThat(migrated.instructions()).contains(new ActivityMapping("Timer_LagaKraft", "Timer_Overklagandetid"));

        Map<Long, Situation> after = situations(List.of(supplement, refused, investigating));
        assertThat(after.get(supplement)).as("ärendet i det borttagna steget är orört").isEqualTo(before.get(supplement));
        assertThat(after.get(supplement).definitionId()).isEqualTo(v1.getId());
        assertThat(after.get(investigating).definitionId()).isEqualTo(v2.getId());
        assertThat(after.get(refused).definitionId()).isEqualTo(v2.getId());
        assertThat(after.get(refused).steps()).containsExactly("Timer_Overklagandetid");
        assertThat(timerOf(refused)).satisfies(job -> sameTimer(job, lagaKraft, v2));

        // The case left behind still runs on its own version.
        complete(HANDLAGGARE, supplement, "Task_InhamtaKomplettering", Map.of("kompletteringInkom",
                today().toString(), "kompletteringBeskrivning", "Läkarintyg inkom."));
        assertThat(openTaskKeys(supplement)).containsExactly("Task_Utreda");
        assertThat(mainProcess(supplement).getProcessDefinitionId()).isEqualTo(v1.getId());

        // The renamed timer keeps the appeal period's end: the case closes when it has passed.
        moveClock(Duration.ofDays(23));
        executeDueJobs();
        assertThat(mainProcess(refused)).isNull();
        assertThat(cases.findById(refused).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aTargetDeployedWithoutItsSubProcessesAndForms_isRefusedAndNothingMoves() {
        long caseId = waitingForProposal();
        ProcessDefinition v1 = versions.latest();
        Situation before = situations(List.of(caseId)).get(caseId);
        ProcessDefinition alone = versions.deployAlone("bara huvudprocessen",
                TestProcessVersions.renameLabel("Task_Utreda", "Utreda behovet"));
        MigrationRequest request = new MigrationRequest(MAIN_PROCESS, v1.getVersion(), alone.getVersion(), null);

        for (Function<MigrationRequest, MigrationReport> attempt : List.<Function<MigrationRequest, MigrationReport>>of(
                migrations::dryRun, migrations::migrate)) {
            assertThatThrownBy(() -> org.as(ADMIN, () -> attempt.apply(request)))
                    .isInstanceOfSatisfying(MigrationRejectedException.class, e -> {
                        assertThat(e.getMessage()).contains("kan inte ta emot ärenden");
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("gemensam-beslut-och-delgivning"))
                                .anySatisfy(p -> assertThat(p).contains("gemensam-verkstallighet"))
                                .anySatisfy(p -> assertThat(p).contains("formuläret aldreomsorg-utredning"));
                    });
        }
        assertThat(situations(List.of(caseId)).get(caseId)).isEqualTo(before);
    }

    @Test
    void onlyTheProcessOwnerMayMigrate_andEveryDryRunMigrationAndMovedCaseIsLogged() {
        long caseId = waitingForProposal();
        ProcessDefinition v1 = versions.latest();
        ProcessDefinition v2 = versions.deploy("ny etikett", TestProcessVersions.renameLabel("Task_Utreda",
                "Utreda behovet"));
        MigrationRequest request = new MigrationRequest(MAIN_PROCESS, v1.getVersion(), v2.getVersion(), null);

        for (String user : List.of(HANDLAGGARE, CHEF)) {
            assertThatThrownBy(() -> org.as(user, () -> migrations.migrate(request)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(newest(1).get(0)).satisfies(e -> {
                assertThat(e.actor()).isEqualTo(user);
                assertThat(e.action()).isEqualTo(AuditAction.DENIED);
                assertThat(e.resource()).isEqualTo(ProcessMigrations.RESOURCE);
            });
        }
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> migrations.dryRun(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mainProcess(caseId).getProcessDefinitionId()).isEqualTo(v1.getId());

        MigrationReport dryRun = org.as(ADMIN, () -> migrations.dryRun(request));
        AuditEntryView dryRunEntry = newest(1).get(0);
        assertThat(dryRunEntry.actor()).isEqualTo(ADMIN);
        assertThat(dryRunEntry.action()).isEqualTo(AuditAction.READ);
        assertThat(dryRunEntry.resource()).isEqualTo(ProcessMigrations.RESOURCE);
        assertThat(dryRunEntry.reason()).contains("Provkörning", MAIN_PROCESS,
                "version " + v1.getVersion() + " → " + v2.getVersion(),
                dryRun.total() + " pågående", dryRun.migratable() + " kan migreras");

        MigrationReport migrated = org.as(ADMIN, () -> migrations.migrate(request));
        List<AuditEntryView> entries = newest(migrated.migrated() + 1);
        AuditEntryView summary = entries.get(0);
        assertThat(summary.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(summary.resource()).isEqualTo(ProcessMigrations.RESOURCE);
        assertThat(summary.reason()).contains("Migrering", MAIN_PROCESS,
                "version " + v1.getVersion() + " → " + v2.getVersion(), migrated.migrated() + " migrerade");
        assertThat(entries.subList(1, entries.size())).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.resource()).isEqualTo(ProcessMigrations.RESOURCE);
        }).anySatisfy(e -> {
            assertThat(e.caseId()).isEqualTo(caseId);
            assertThat(e.reason()).contains("Task_ForslagTillBeslut");
        });
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void badRequestsAreRefusedInSwedishAndLogged() {
        ProcessDefinition v1 = versions.latest();
        ProcessDefinition v2 = versions.deploy("ny etikett", TestProcessVersions.renameLabel("Task_Utreda",
                "Utreda behovet"));
        int from = v1.getVersion();
        int to = v2.getVersion();

        assertRejected(new MigrationRequest(MAIN_PROCESS, from, from, null), "Käll- och målversion är samma");
        assertRejected(new MigrationRequest(MAIN_PROCESS, null, to, null), "Ange källversion");
        assertRejected(new MigrationRequest(" ", from, to, null), "Ange vilken process");
        assertRejected(new MigrationRequest(MAIN_PROCESS, from, to, Arrays.asList((ActivityMapping) null)),
                "De extra mappningarna innehåller fel");
        assertRejected(new MigrationRequest(MAIN_PROCESS, from, to, List.of(new ActivityMapping("Task_Finns_Inte",
                "Task_Utreda"))), "De extra mappningarna innehåller fel");
        // A user task cannot become a timer: the engine's plan validation refuses it.
        assertRejected(new MigrationRequest(MAIN_PROCESS, from, to, List.of(new ActivityMapping("Task_Utreda",
                "Timer_LagaKraft"))), "Motorn godtar inte migreringsplanen");
        assertThat(newest(1).get(0).reason()).contains("avvisad", "Motorn godtar inte");

        assertThatThrownBy(() -> org.as(ADMIN, () -> migrations.dryRun(new MigrationRequest(MAIN_PROCESS, from,
                to + 5, null)))).hasMessage("Processen " + MAIN_PROCESS + " har ingen version " + (to + 5)
                        + ". Det finns version " + versionList() + ".");
        assertThatThrownBy(() -> org.as(ADMIN, () -> migrations.dryRun(new MigrationRequest("finns-inte", 1, 2,
                null)))).hasMessage("Det finns ingen process med nyckeln finns-inte.");
    }

    // Helpers

    private void assertRejected(MigrationRequest request, String message) {
        assertThatThrownBy(() -> org.as(ADMIN, () -> migrations.dryRun(request)))
                .isInstanceOf(MigrationRejectedException.class).hasMessageContaining(message);
    }

    private String versionList() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(MAIN_PROCESS)
                .orderByProcessDefinitionVersion().asc().list().stream().map(d -> String.valueOf(d.getVersion()))
                .collect(Collectors.joining(", "));
    }

    /** One case in each state where the main process waits, keyed by the step it waits in. */
    private Map<String, Long> casesInEveryWaitState() {
        Map<String, Long> byStep = new LinkedHashMap<>();
        byStep.put("Task_Utreda", newCase());
        byStep.put("Task_InhamtaKomplettering", waitingForSupplement());
        byStep.put("Task_ForslagTillBeslut", waitingForProposal());
        byStep.put("Task_Kommunicera", waitingToCommunicate());
        byStep.put("Task_RegistreraSvar", waitingForAnswer());
        byStep.put("CallActivity_BeslutOchDelgivning", waitingForDecision());
        byStep.put("Timer_LagaKraft", waitingForFinalRefusal());
        byStep.put("CallActivity_Verkstallighet", grantedAndDelivered());
        byStep.put("CallActivity_Uppfoljning", waitingForFollowUp());
        byStep.forEach((step, caseId) -> assertThat(leafSteps(mainProcess(caseId).getId()))
                .as("ärende %s väntar i %s", caseId, step).containsExactly(step));
        return byStep;
    }

    /** Where a case's main process stands, everything a migration may and may not change. */
    record Situation(String processInstanceId, String definitionId, List<String> steps, List<String> taskIds,
            Map<String, String> subProcesses) {
    }

    private Map<Long, Situation> situations(Iterable<Long> caseIds) {
        Map<Long, Situation> result = new LinkedHashMap<>();
        for (long caseId : caseIds) {
            ProcessInstance main = mainProcess(caseId);
            List<String> taskIds = engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(String.valueOf(caseId)).orderByTaskId().asc().list().stream()
                    .map(Task::getId).toList();
            Map<String, String> subs = new HashMap<>();
            runtime.createProcessInstanceQuery().superProcessInstanceId(main.getId()).list()
                    .forEach(sub -> subs.put(sub.getId(), sub.getProcessDefinitionId()));
            result.put(caseId, new Situation(main.getId(), main.getProcessDefinitionId(), leafSteps(main.getId()),
                    taskIds, subs));
        }
        return result;
    }

    private List<String> leafSteps(String processInstanceId) {
        List<String> steps = new ArrayList<>();
        collectLeaves(runtime.getActivityInstance(processInstanceId), steps);
        return steps;
    }

    private static void collectLeaves(ActivityInstance node, List<String> into) {
        if (node.getChildActivityInstances().length == 0) {
            into.add(node.getActivityId());
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            collectLeaves(child, into);
        }
    }

    private Job timerOf(long caseId) {
        return management.createJobQuery().processInstanceId(mainProcess(caseId).getId()).timers().singleResult();
    }

    /** The same job, due at the same time (not recomputed), now belonging to the target version. */
    private static void sameTimer(Job job, Job before, ProcessDefinition target) {
        assertThat(job.getId()).isEqualTo(before.getId());
        assertThat(job.getDuedate()).isEqualTo(before.getDuedate());
        assertThat(job.getProcessDefinitionId()).isEqualTo(target.getId());
    }

    private static Map<Long, CaseMigration> byCase(MigrationReport report) {
        Map<Long, CaseMigration> byCase = new HashMap<>();
        report.cases().stream().filter(c -> c.caseId() != null).forEach(c -> byCase.put(c.caseId(), c));
        return byCase;
    }

    private List<String> openTaskKeys(long caseId) {
        return workflow.tasksOfCase(caseId).stream().map(WorkTask::taskKey).toList();
    }

    private List<AuditEntryView> newest(int count) {
        return auditLog.latest(count);
    }

    /** Works every task the case gets, and lets time pass while it waits, until its main process has ended. */
    private void runToTheEnd(long caseId) {
        for (int round = 0; round < 80; round++) {
            executeDueJobs();
            if (mainProcess(caseId) == null) {
                return; // what follows the main process (the provider's upphörande) is not the migration's concern
            }
            List<WorkTask> open = workflow.tasksOfCase(caseId);
            if (open.isEmpty()) {
                moveClock(Duration.ofDays(30));
                continue;
            }
            WorkTask next = task(caseId, open.get(0).taskKey());
            if (next.taskKey().equals("Task_BesvaraBestallning")) {
                providerAccepts(caseId);
                continue;
            }
            complete(userFor(next), caseId, next.taskKey(), valuesFor(next.taskKey()));
        }
        fail("Ärende %s kom inte till sitt slut; väntar vid %s", caseId, workflow.activeSteps(caseId));
    }

    private static String userFor(WorkTask task) {
        if (task.candidateGroups().stream().anyMatch(g -> g.endsWith(".enhetschef"))) {
            return CHEF;
        }
        if (task.candidateGroups().stream().anyMatch(g -> g.endsWith(".forste-socialsekreterare"))) {
            return FORSTE;
        }
        return HANDLAGGARE;
    }

    private Map<String, Object> valuesFor(String taskKey) {
        String today = today().toString();
        return switch (taskKey) {
            case "Task_Utreda" -> investigation(false);
            case "Task_InhamtaKomplettering" -> Map.of("kompletteringInkom", today, "kompletteringBeskrivning",
                    "Läkarintyg inkom.");
            case "Task_ForslagTillBeslut" -> grant(30);
            case "Task_Kommunicera" -> Map.of("kommuniceratDatum", today, "kommunikationssatt", "BREV");
            case "Task_RegistreraSvar" -> Map.of("svarInkom", today, "svar", "Nej.");
            case "Task_FattaBeslut" -> Map.of("beslut", "GODKANN");
            case "Task_RegistreraDelgivning" -> Map.of("delgivningsdatum", today, "delgivningssatt", "BREV");
            case "Task_SkickaBestallning" -> Map.of("utforare", "hemtjanst-norr", "onskadStart", today, "uppdrag",
                    "Dusch.");
            case "Task_UtforareHarInteSvarat" -> Map.of("atgard", "Ringde utföraren.");
            case "Task_RegistreraKvittens" -> Map.of("kvitteradDatum", today, "verkstallighetsdatum", today);
            case "Task_AtgardaEjVerkstallt" -> Map.of("skal", "Utföraren saknade personal.");
            case "Task_FoljaUpp" -> Map.of("anteckning", "Insatsen fungerar.", "resultat", "AVSLUTA");
            case "Task_Omprova" -> Map.of("omprovningResultat", "ANDRAS_INTE", "motivering", "Inga nya skäl.");
            case "Task_OverlamnaTillDomstol" -> Map.of("overlamnatDatum", today);
            case "Task_RegistreraDom" -> Map.of("domsdatum", today, "malnummer", "1234-26", "domUtfall", "AVSLAG");
            case "Task_AvvisaOverklagande" -> Map.of("motivering", "Inkom för sent.");
            default -> throw new AssertionError("Inga testvärden för " + taskKey);
        };
    }
}
