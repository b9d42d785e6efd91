package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import se.kasus.access.AccessDeniedException;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.frister.Frist;
import se.kasus.frister.Fristbevakning;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * familjeratt-vbu-utredning (FB 6 kap. 19 §) through the real engine and services: each parent is talked to, the
 * child's view (or why it is missing, FB 6 kap. 2 b §) is recorded before the report is written, the report is
 * kommunicerad with the parents (6 kap. 19 § 3 st.) before it goes to the court, and a passed court date tells the
 * enhetschef.
 */
class VbuUtredningProcessTest extends ProcessTestBase {

    static final String FAMILJERATT = SnabbupplysningProcessTest.FAMILJERATT;
    static final String FR_CHEF = SnabbupplysningProcessTest.FR_CHEF;
    static final String PROCESS = "familjeratt-vbu-utredning";
    static final String MAL = "T 815-26";
    static final String CHILDS_VIEW = "Vill bo kvar hos mamma och träffa pappa varannan helg.";

    @Autowired VbuUtredningar utredningar;
    @Autowired PersonService persons;
    @Autowired DocumentRepository documents;
    @Autowired StepRegistry stepRegistry;
    @Autowired Fristbevakning fristbevakning;
    @Autowired TaskService engineTasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired se.kasus.access.UserDirectory directory;

    record Family(PersonView child, PersonView mother, PersonView father) {
    }

    Family family() {
        return new Family(BarnTestSupport.newPerson(persons, today().minusYears(10)), org.newPerson(),
                org.newPerson());
    }

    long registered(Family f, List<String> questions, LocalDate courtDeadline) {
        return org.as(FAMILJERATT, () -> utredningar.register(new NewVbuUtredning("Solna tingsrätt", MAL, questions,
                courtDeadline, f.child().id(), List.of(f.mother().id(), f.father().id())))).id();
    }

    /** The talk tasks run side by side, one per parent: the parents may be met in any order. */
    List<String> talkTasks(long caseId) {
        return workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(VbuUtredningSteps.TALK_TASK))
                .map(t -> t.id()).toList();
    }

    void talkToBoth(long caseId) {
        List<String> open = talkTasks(caseId);
        assertThat(open).hasSize(2);
        for (int i = 0; i < open.size(); i++) {
            String taskId = open.get(i);
            Map<String, Object> values = Map.of("samtalsDatum", today().toString(), "sammanfattning", "Samtal "
                    + (i + 1) + ": vill ha barnet boende hos sig.");
            org.as(FAMILJERATT, () -> work.complete(taskId, values));
        }
    }

    Map<String, Object> report(String vardnad, String boende, String umgange) {
        Map<String, Object> values = new HashMap<>(Map.of("bakgrund", "Föräldrarna separerade 2024.",
                "foraldrarnasInstallning", "Båda vill ha barnet boende hos sig.", "bedomning",
                "Barnet har sin trygghet i mammans hem."));
        if (vardnad != null) values.put("forslagVardnad", vardnad);
        if (boende != null) values.put("forslagBoende", boende);
        if (umgange != null) values.put("forslagUmgange", umgange);
        return values;
    }

    @Test
    void theWholePath_talksToBothParents_hearsTheChild_communicates_andSendsAReportWithTheChildsView()
            throws Exception {
        Family f = family();
        long caseId = registered(f, List.of("BOENDE", "UMGANGE"), today().plusDays(60));
        ProcessInstance pi = process(caseId);
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(VbuUtredningSteps.TALK_TASK, VbuUtredningSteps.TALK_TASK);
        List<String> talks = talkTasks(caseId);
        assertThat(workflow.task(talks.get(0)).orElseThrow().candidateGroups())
                .containsExactly("familjeratt.familjeratt");
        assertThat(org.as(FAMILJERATT, () -> work.open(talks.get(0))).data().get("uppdrag").toString())
                .contains("Solna tingsrätt", MAL, "Boende, Umgänge");
        assertThat(talks.stream().map(id -> org.as(FAMILJERATT, () -> work.open(id)).data().get("foralder")
                .toString()).toList()).as("each talk task is about its own parent")
                .containsExactlyInAnyOrder(f.mother().fullName() + " (" + f.mother().personnummer() + ")",
                        f.father().fullName() + " (" + f.father().personnummer() + ")");

        talkToBoth(caseId);
        assertThat(view(caseId).parents()).allSatisfy(p -> assertThat(p.talkDate()).isEqualTo(today()));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.CHILD_TASK, Map.of("barnetsInstallning", CHILDS_VIEW));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.WRITE_TASK, report(null, "Boende hos mamman.",
                "Umgänge med pappan varannan helg."));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.COMMUNICATE_TASK, Map.of("kommuniceratDatum",
                today().toString(), "svarForalder1", "Mamman instämmer.", "ingetSvarForalder2", true));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.SEND_TASK, Map.of("skickatDatum", today().toString(),
                "skickatSatt", "E_TJANST"));

        assertThat(pi).isEnded().hasPassedInOrder(VbuUtredningSteps.TALK_TASK, VbuUtredningSteps.CHILD_TASK,
                VbuUtredningSteps.WRITE_TASK, VbuUtredningSteps.COMMUNICATE_TASK, VbuUtredningSteps.SEND_TASK,
                "Task_FrVbuAvslutaArendet", "End_VbuDomstolenBesvarad");
        assertThat(pi).hasNotPassed(VbuUtredningSteps.LATE_TASK);
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        VbuUtredningView sent = view(caseId);
        assertThat(sent.sentOn()).isEqualTo(today());
        assertThat(sent.parents().get(0).response()).isEqualTo("Mamman instämmer.");
        assertThat(sent.parents().get(1).noResponse()).isTrue();
        String pdf = pdfText(sent.documentId());
        assertThat(pdf).contains("Solna tingsrätt", MAL, "Vill bo kvar hos mamma", "Boende hos mamman",
                "varannan helg", "Mamman instämmer", "Inget svar inkom", f.child().fullName(), f.father().fullName());
        assertThat(pdf).doesNotContain("Förslag: vårdnad");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND resource = "
                + "'vbu-utredning' AND action = 'EXPORT' AND case_id = ?", Long.class, FAMILJERATT, caseId))
                .isEqualTo(1);
    }

    @Test
    void skippingIsRefused_theReportNeedsTheChildsView_andSendingNeedsTheKommunicering() {
        Family f = family();
        long caseId = registered(f, List.of("VARDNAD"), today().plusDays(60));
        String talkTask = talkTasks(caseId).get(0);

        // The engine has no later task yet, and refuses a completion from outside Kasus.
        assertThat(workflow.activeSteps(caseId)).containsOnly("Samtal med föräldrarna");
        assertThatThrownBy(() -> engineTasks.complete(talkTask)).isInstanceOf(ProcessEngineException.class);
        // Behind the model, each step refuses when the step before left no record.
        StepContext early = context(caseId, talkTask);
        assertThatThrownBy(() -> stepRegistry.forTask(VbuUtredningSteps.CHILD_TASK).complete(early,
                new FormValues(Map.of("barnetsInstallning", "För tidigt."))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("Samtalen med föräldrarna");
        assertThatThrownBy(() -> stepRegistry.forTask(VbuUtredningSteps.WRITE_TASK).complete(early,
                new FormValues(report("Gemensam vårdnad.", null, null))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("Barnets inställning är inte registrerad");
        assertThatThrownBy(() -> stepRegistry.forTask(VbuUtredningSteps.SEND_TASK).complete(early,
                new FormValues(Map.of("skickatDatum", today(), "skickatSatt", "BREV"))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("inte kommunicerad");

        talkToBoth(caseId);
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(talkTask, Map.of("samtalsDatum",
                today().toString(), "sammanfattning", "Igen.")))).isInstanceOf(TaskNotActiveException.class);
        String childTask = task(caseId, VbuUtredningSteps.CHILD_TASK).id();
        // Neither the view nor a reason, or both: a Swedish 400 that writes nothing.
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(childTask, Map.of())))
                .isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(SnabbupplysningProcessTest.message(e)).contains("antingen barnets"));
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(childTask, Map.of("barnetsInstallning",
                "Vill inte välja.", "skalEjInhamtad", "Barnet är tre år.")))).isInstanceOf(FormRejectedException.class);
        assertThat(view(caseId).childViewAt()).isNull();
        complete(FAMILJERATT, caseId, VbuUtredningSteps.CHILD_TASK, Map.of("skalEjInhamtad",
                "Barnet är två år; inställningen kan inte klarläggas med hänsyn till ålder och mognad."));

        // A proposal for a question the court did not ask, or none for one it did, is refused.
        String writeTask = task(caseId, VbuUtredningSteps.WRITE_TASK).id();
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(writeTask, report(null, null, null))))
                .isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(SnabbupplysningProcessTest.message(e)).contains("frågat om vårdnad"));
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(writeTask, report("Gemensam vårdnad.",
                "Hos pappan.", null)))).isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(SnabbupplysningProcessTest.message(e)).contains("inte frågat om boende"));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.WRITE_TASK, report("Gemensam vårdnad.", null, null));

        // Sending before the kommunicering is refused, and so is a kommunicering without each parent's answer.
        String communicateTask = task(caseId, VbuUtredningSteps.COMMUNICATE_TASK).id();
        assertThatThrownBy(() -> stepRegistry.forTask(VbuUtredningSteps.SEND_TASK).complete(
                context(caseId, communicateTask), new FormValues(Map.of("skickatDatum", today(),
                        "skickatSatt", "BREV")))).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("inte kommunicerad");
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(communicateTask, Map.of(
                "kommuniceratDatum", today().toString(), "svarForalder1", "Instämmer."))))
                .isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(SnabbupplysningProcessTest.message(e)).contains("inget svar"));
        assertThat(view(caseId).communicatedOn()).isNull();
        assertThat(view(caseId).documentId()).isNull();
    }

    @Test
    void theCourtsDeadline_showsInTheDeadlineView_andWhenItPassesUnsentTheUnitHeadIsTold() {
        setToday(LocalDate.of(2026, 3, 2));
        Family f = family();
        LocalDate lastDay = today().plusDays(4);
        long caseId = registered(f, List.of("UMGANGE"), lastDay);
        ProcessInstance pi = process(caseId);
        assertThat(workflow.task(talkTasks(caseId).get(0)).orElseThrow().due())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        List<Frist> frister = org.as(FAMILJERATT, () -> fristbevakning.list("VBU_UTREDNING")).frister();
        assertThat(frister).filteredOn(fr -> fr.caseId() == caseId).singleElement().satisfies(fr -> {
            assertThat(fr.lastDay()).isEqualTo(lastDay);
            assertThat(fr.law()).isEqualTo("FB 6 kap. 19 §");
        });

        moveClock(Duration.ofDays(3));
        executeDueJobs();
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsOnly(VbuUtredningSteps.TALK_TASK);
        moveClock(Duration.ofDays(2));
        executeDueJobs();

        assertThat(task(caseId, VbuUtredningSteps.LATE_TASK).candidateGroups())
                .containsExactly("familjeratt.enhetschef");
        String lateTask = task(caseId, VbuUtredningSteps.LATE_TASK).id();
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(lateTask, Map.of("atgard", "Jag själv."))))
                .isInstanceOf(AccessDeniedException.class);
        complete(FR_CHEF, caseId, VbuUtredningSteps.LATE_TASK, Map.of("atgard", "Domstolen har gett anstånd."));
        assertThat(view(caseId).lateNote()).isEqualTo("Domstolen har gett anstånd.");
        // The investigation still goes on and reaches the court late rather than never.
        talkToBoth(caseId);
        complete(FAMILJERATT, caseId, VbuUtredningSteps.CHILD_TASK, Map.of("barnetsInstallning", CHILDS_VIEW));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.WRITE_TASK, report(null, null, "Varannan helg."));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.COMMUNICATE_TASK, Map.of("kommuniceratDatum",
                today().toString(), "ingetSvarForalder1", true, "ingetSvarForalder2", true));
        complete(FAMILJERATT, caseId, VbuUtredningSteps.SEND_TASK, Map.of("skickatDatum", today().toString(),
                "skickatSatt", "BREV"));
        assertThat(pi).isEnded().hasPassed("Timer_VbuDomstolensFrist", VbuUtredningSteps.LATE_TASK,
                "End_VbuForseningHanterad", "End_VbuDomstolenBesvarad");
    }

    @Test
    void anotherRoleOrUnit_cannotOpenOrRead_andBadInputWritesNothing() {
        Family f = family();
        long before = cases.count();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> utredningar.register(new NewVbuUtredning(
                "Solna tingsrätt", MAL, List.of("VARDNAD"), today().plusDays(30), f.child().id(),
                List.of(f.mother().id(), f.father().id()))))).isInstanceOf(AccessDeniedException.class);
        for (NewVbuUtredning bad : List.of(
                new NewVbuUtredning("Solna tingsrätt", MAL, List.of("VARDNAD"), null, f.child().id(),
                        List.of(f.mother().id(), f.father().id())),
                new NewVbuUtredning("Solna tingsrätt", MAL, List.of("VARDNAD"), today(), f.child().id(),
                        List.of(f.mother().id(), f.father().id())),
                new NewVbuUtredning("Solna tingsrätt", MAL, List.of(), today().plusDays(30), f.child().id(),
                        List.of(f.mother().id(), f.father().id())),
                new NewVbuUtredning("Solna tingsrätt", MAL, List.of("BODELNING"), today().plusDays(30),
                        f.child().id(), List.of(f.mother().id(), f.father().id())),
                new NewVbuUtredning("Solna tingsrätt", MAL, List.of("VARDNAD"), today().plusDays(30),
                        f.child().id(), List.of(f.mother().id())),
                new NewVbuUtredning(" ", MAL, List.of("VARDNAD"), today().plusDays(30), f.child().id(),
                        List.of(f.mother().id(), f.father().id())),
                new NewVbuUtredning("Solna tingsrätt", MAL, List.of("VARDNAD"), today().plusDays(30),
                        f.mother().id(), List.of(f.father().id(), f.child().id())))) {
            assertThatThrownBy(() -> org.as(FAMILJERATT, () -> utredningar.register(bad)))
                    .isInstanceOf(FormRejectedException.class);
        }
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> utredningar.register(new NewVbuUtredning(
                "Solna tingsrätt", MAL, List.of("VARDNAD"), today(), f.child().id(),
                List.of(f.mother().id(), f.father().id()))))).isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(SnabbupplysningProcessTest.message(e)).contains("efter i dag"));
        assertThat(cases.count()).isEqualTo(before);

        long caseId = registered(f, List.of("VARDNAD"), today().plusDays(30));
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> utredningar.view(caseId)))
                .isInstanceOf(AccessDeniedException.class);
        String talkTask = talkTasks(caseId).get(0);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.open(talkTask)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private VbuUtredningView view(long caseId) {
        return org.as(FAMILJERATT, () -> utredningar.view(caseId));
    }

    private ProcessInstance process(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(PROCESS).singleResult();
    }

    private StepContext context(long caseId, String taskId) {
        return new StepContext(workflow.task(taskId).orElseThrow(), cases.findById(caseId).orElseThrow(),
                directory.find(FAMILJERATT).orElseThrow(), workflow.variables(taskId), clock.instant(), today());
    }

    private String pdfText(Long documentId) throws Exception {
        PdfReader reader = new PdfReader(documents.findById(documentId).orElseThrow().content());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
