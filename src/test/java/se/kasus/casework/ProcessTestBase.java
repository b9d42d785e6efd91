package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.TestOrganisation;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonView;

/**
 * Walks cases through the real engine, the real services and an H2 database. Time moves by the engine's clock,
 * which the domain's clock follows, never by waiting.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class ProcessTestBase {

    static final String HANDLAGGARE = "handlaggare.norr";
    static final String HANDLAGGARE_2 = "handlaggare2.norr";
    static final String FORSTE = "forste.norr";
    static final String CHEF = "chef.norr";
    static final String MAIN_PROCESS = "aldreomsorg-bistand";

    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired CaseRecordsService records;
    @Autowired Workflow workflow;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired DecisionRepository decisions;
    @Autowired CaseRepository cases;

    @BeforeEach
    void setUpOrganisation() {
        org.ensure();
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Autowired java.time.Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long newCase() {
        PersonView person = org.newPerson();
        return org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    ProcessInstance mainProcess(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(MAIN_PROCESS).singleResult();
    }

    WorkTask task(long caseId, String taskKey) {
        List<WorkTask> open = workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
        assertThat(open).as("öppen uppgift %s i ärende %s", taskKey, caseId).hasSize(1);
        return workflow.task(open.get(0).id()).orElseThrow();
    }

    void complete(String user, long caseId, String taskKey, Map<String, Object> values) {
        String taskId = task(caseId, taskKey).id();
        org.as(user, () -> work.complete(taskId, values));
    }

    @Autowired ProviderWork providers;

    /** The utförare users of TestOrganisation, by provider id. */
    static final Map<String, String> PROVIDER_USERS = Map.of("hemtjanst-norr", "utforare.norr", "omsorgen-ab",
            "utforare.ab", "ifo-oppenvard", "utforare.ifo");

    long orderIdOf(long caseId) {
        return ((Number) workflow.variables(task(caseId, "Task_BesvaraBestallning").id()).get("bestallningId"))
                .longValue();
    }

    String providerOf(long caseId) {
        return task(caseId, "Task_BesvaraBestallning").candidateGroups().iterator().next().replace(".utforare", "");
    }

    void providerAnswers(long caseId, Map<String, Object> answer) {
        long orderId = orderIdOf(caseId);
        org.as(PROVIDER_USERS.get(providerOf(caseId)), () -> providers.answer(orderId, answer));
    }

    /** The utförare the order went to accepts it, starting today. */
    void providerAccepts(long caseId) {
        providerAnswers(caseId, Map.of("svar", "ACCEPTERA", "planeradStart", today().toString()));
    }

    void investigate(long caseId) {
        complete(HANDLAGGARE, caseId, "Task_Utreda", investigation(false));
    }

    static Map<String, Object> investigation(boolean needsSupplement) {
        Map<String, Object> values = new HashMap<>(Map.of("ansoktInsats", "HEMTJANST",
                "behovPersonligOmvardnad", "Stöd vid dusch.", "enskildesUppfattning", "Vill bo kvar hemma.",
                "bedomning", "Behovet kan inte tillgodoses på annat sätt.", "behoverKomplettering", needsSupplement));
        if (needsSupplement) {
            values.put("kompletteringAvser", "Läkarintyg.");
        }
        return values;
    }

    Map<String, Object> grant(int hours) {
        return new HashMap<>(Map.of("utfall", "BIFALL", "insatstyp", "HEMTJANST", "omfattningTimmar", hours,
                "startdatum", today().plusDays(1).toString(), "uppfoljningsdatum", today().plusMonths(6).toString(),
                "motivering", "Behovet är styrkt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
    }

    static Map<String, Object> refusal() {
        return new HashMap<>(Map.of("utfall", "AVSLAG", "insatstyp", "HEMTJANST", "motivering",
                "Behovet kan tillgodoses på annat sätt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
    }

    void decide(String user, long caseId) {
        complete(user, caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
    }

    void deliver(long caseId, LocalDate when) {
        complete(HANDLAGGARE, caseId, "Task_RegistreraDelgivning",
                Map.of("delgivningsdatum", when.toString(), "delgivningssatt", "BREV"));
    }

    /** Runs every job that is due now: timers whose time has come and asynchronous steps such as the letter. */
    void executeDueJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /**
     * Starts the test at 10:00 Swedish time on {@code day}. Deadline tests need a known weekday: a test on today's
     * real date would meet a weekend or a holiday on some days and not on others. The clock keeps running from
     * there (an offset, not a fixed time), so the case's records still get distinct, ordered timestamps.
     */
    void setToday(LocalDate day) {
        long target = day.atTime(10, 0).atZone(clock.getZone()).toInstant().toEpochMilli();
        ClockUtil.offset(target - System.currentTimeMillis());
    }

    /**
     * Moves the clock forward and lets it keep running (unlike {@link #moveClock}, which stops it), so the steps after
     * it still get distinct, ordered times: for tests that read the order of a case's history.
     */
    void advanceClock(Duration duration) {
        ClockUtil.offset(ClockUtil.getCurrentTime().getTime() + duration.toMillis() - System.currentTimeMillis());
    }

    /** The decision-maker sends the proposal back (återremitterar) with a comment. */
    void sendBack(String user, long caseId, String comment) {
        complete(user, caseId, "Task_FattaBeslut", Map.of("beslut", "ATERREMITTERA", "kommentar", comment));
    }

    /**
     * An avslag that went through utredning, kommunicering (answered), a proposal sent back by the 1:e
     * socialsekreterare, a new proposal decided, delivered, and then appealed in time: omprövad without change,
     * överlämnad and judged. The case's process then waits for the appeal period to end (Timer_LagaKraft).
     */
    long refusedSentBackAndAppealed() {
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(HANDLAGGARE, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(), "svar", "Nej."));
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        sendBack(FORSTE, caseId, "Motivera bedömningen närmare.");
        Map<String, Object> better = refusal();
        better.put("motivering", "Behovet tillgodoses av anhöriga och trygghetslarm.");
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", better);
        decide(FORSTE, caseId);
        executeDueJobs();
        deliver(caseId, today());
        long decisionId = decisionOf(caseId).id();
        org.as(HANDLAGGARE, () -> records.registerAppeal(decisionId, today()));
        complete(FORSTE, caseId, "Task_Omprova", Map.of("omprovningResultat", "ANDRAS_INTE",
                "motivering", "Inga nya omständigheter."));
        complete(HANDLAGGARE, caseId, "Task_OverlamnaTillDomstol", Map.of("overlamnatDatum", today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraDom", Map.of("domsdatum", today().toString(),
                "malnummer", "1234-26", "domUtfall", "AVSLAG"));
        return caseId;
    }

    void moveClock(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    /** A granted decision, its letter produced and delivered today. */
    long grantedAndDelivered() {
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant(30));
        decide(HANDLAGGARE, caseId);
        executeDueJobs();
        deliver(caseId, today());
        return caseId;
    }

    /** Ordered, acknowledged and started today; then time runs to the follow-up. */
    void executeAndWaitForFollowUp(long caseId) {
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", Map.of("utforare", "hemtjanst-norr",
                "onskadStart", today().toString(), "uppdrag", "Dusch."));
        providerAccepts(caseId);
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));
        moveClock(Duration.ofDays(190));
        executeDueJobs();
    }

    /** An avslag, communicated and answered, decided by the 1:e socialsekreterare. */
    long refusedAfterCommunication() {
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(HANDLAGGARE, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(), "svar", "Nej."));
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        decide(FORSTE, caseId);
        return caseId;
    }

    /** Utredning done, komplettering asked for: waits in Task_InhamtaKomplettering. */
    long waitingForSupplement() {
        long caseId = newCase();
        complete(HANDLAGGARE, caseId, "Task_Utreda", investigation(true));
        return caseId;
    }

    /** Waits in Task_ForslagTillBeslut. */
    long waitingForProposal() {
        long caseId = newCase();
        investigate(caseId);
        return caseId;
    }

    /** An avslag proposed: waits in Task_Kommunicera. */
    long waitingToCommunicate() {
        long caseId = waitingForProposal();
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        return caseId;
    }

    /** Communicated today: waits in Task_RegistreraSvar, with the svarsfrist timer on it. */
    long waitingForAnswer() {
        long caseId = waitingToCommunicate();
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        return caseId;
    }

    /** A grant proposed: the main process waits in the beslut call activity, its sub-process in Task_FattaBeslut. */
    long waitingForDecision() {
        long caseId = waitingForProposal();
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant(30));
        return caseId;
    }

    /** An avslag decided and delivered today: the main process waits on Timer_LagaKraft. */
    long waitingForFinalRefusal() {
        long caseId = refusedAfterCommunication();
        executeDueJobs();
        deliver(caseId, today());
        return caseId;
    }

    /** Ordered, acknowledged and started today: the main process waits in the uppföljning call activity. */
    long waitingForFollowUp() {
        long caseId = grantedAndDelivered();
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", Map.of("utforare", "hemtjanst-norr",
                "onskadStart", today().toString(), "uppdrag", "Dusch."));
        providerAccepts(caseId);
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));
        return caseId;
    }

    DecisionView decisionOf(long caseId) {
        return decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId)).get(0).toView();
    }
}
