package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

import se.kasus.engine.TaskNotActiveException;
import se.kasus.frister.Frist;
import se.kasus.frister.Fristbevakning;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * familjeratt-snabbupplysning (FB 6 kap. 20 §) through the real engine and services: the seeds' Lex Sarah case, where a
 * court was answered on incomplete socialregister data, must not be possible. Every party is looked up (and logged),
 * each current case elsewhere is contacted, and the answer cannot be written before the check nor sent before it is
 * written.
 */
class SnabbupplysningProcessTest extends ProcessTestBase {

    static final String FAMILJERATT = "familjeratt.fr";
    static final String FR_CHEF = "chef.fr";
    static final String PROCESS = "familjeratt-snabbupplysning";
    static final String MAL = "T 4711-26";

    @Autowired Snabbupplysningar snabbupplysningar;
    @Autowired PersonService persons;
    @Autowired DocumentRepository documents;
    @Autowired FrDelayNoteRepository delays;
    @Autowired StepRegistry stepRegistry;
    @Autowired Fristbevakning fristbevakning;
    @Autowired TaskService engineTasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired se.kasus.access.UserDirectory directory;

    /** A child, two parents, and a running äldreomsorg case for the mother in Norr. */
    record Family(PersonView child, PersonView mother, PersonView father, long mothersCase) {
    }

    Family family() {
        PersonView child = BarnTestSupport.newPerson(persons, today().minusYears(7));
        PersonView mother = org.newPerson();
        PersonView father = org.newPerson();
        long mothersCase = org.as(HANDLAGGARE, () -> intake.registerApplication(new NewApplication(mother.id(),
                today(), ServiceType.HEMTJANST, "Behöver stöd i hemmet."))).id();
        return new Family(child, mother, father, mothersCase);
    }

    long requested(Family f, LocalDate courtDeadline) {
        return org.as(FAMILJERATT, () -> snabbupplysningar.register(new NewSnabbupplysning("Solna tingsrätt", MAL,
                today(), courtDeadline, f.child().id(), List.of(f.mother().id(), f.father().id())))).id();
    }

    @Test
    void theWholePath_checksEveryParty_contactsTheOtherUnit_andSendsAnAnswerListingWhatWasFound() throws Exception {
        Family f = family();
        long caseId = requested(f, today().plusDays(10));
        ProcessInstance pi = process(caseId);
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(SnabbupplysningSteps.CHECK_TASK);
        assertThat(task(caseId, SnabbupplysningSteps.CHECK_TASK).candidateGroups())
                .containsExactly("familjeratt.familjeratt");

        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CHECK_TASK, Map.of());
        for (PersonView party : List.of(f.child(), f.mother(), f.father())) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'SEARCH'"
                    + " AND resource = 'socialregister' AND person_id = ? AND reason LIKE ?", Long.class, FAMILJERATT,
                    party.id(), "Snabbupplysning " + MAL + "%")).as("the lookup of %s is logged with the mål",
                            party.fullName()).isEqualTo(1);
        }
        SnabbupplysningView checked = view(caseId);
        assertThat(checked.occurrences()).singleElement().satisfies(o -> {
            assertThat(o.reference()).isEqualTo("ÄO-" + f.mothersCase());
            assertThat(o.personId()).isEqualTo(f.mother().id());
            assertThat(o.needsContact()).isTrue();
        });

        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(SnabbupplysningSteps.CONTACT_TASK);
        String contactTask = task(caseId, SnabbupplysningSteps.CONTACT_TASK).id();
        assertThat(org.as(FAMILJERATT, () -> work.open(contactTask)).data().get("kontaktAvser").toString())
                .contains("ÄO-" + f.mothersCase(), "Äldreomsorg Norr", "Test handlaggare.norr");
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CONTACT_TASK, Map.of("kontaktDatum", today().toString(),
                "kontaktadPerson", "Handläggaren i Norr", "framkom", "Hemtjänst två gånger i veckan, inga farhågor."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.WRITE_TASK, Map.of("yttrande",
                "Familjerätten har inga uppgifter som talar emot ett beslut om gemensam vårdnad."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.SEND_TASK, Map.of("skickatDatum", today().toString(),
                "skickatSatt", "E_TJANST"));

        assertThat(pi).isEnded().hasPassedInOrder(SnabbupplysningSteps.CHECK_TASK, SnabbupplysningSteps.CONTACT_TASK,
                SnabbupplysningSteps.WRITE_TASK, SnabbupplysningSteps.SEND_TASK, "Task_FrAvslutaArendet",
                "End_DomstolenBesvarad");
        assertThat(pi).hasNotPassed(SnabbupplysningSteps.LATE_TASK);
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        SnabbupplysningView sent = view(caseId);
        assertThat(sent.sentOn()).isEqualTo(today());
        assertThat(sent.contacts()).singleElement().satisfies(c -> assertThat(c.whom()).isEqualTo("Handläggaren i Norr"));
        String pdf = pdfText(sent.documentId());
        assertThat(pdf).contains("Solna tingsrätt", MAL, "ÄO-" + f.mothersCase(), "Äldreomsorg Norr",
                "Handläggaren i Norr", "inga farhågor", "gemensam vårdnad", f.mother().fullName());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND resource = 'yttrande'"
                + " AND case_id = ?", Long.class, FAMILJERATT, caseId)).isEqualTo(1);
    }

    @Test
    void noCurrentCaseElsewhere_goesStraightToTheAnswer_whichSaysNothingWasFound() throws Exception {
        PersonView child = BarnTestSupport.newPerson(persons, today().minusYears(3));
        PersonView parent = org.newPerson();
        long caseId = org.as(FAMILJERATT, () -> snabbupplysningar.register(new NewSnabbupplysning("Nacka tingsrätt",
                MAL, today(), null, child.id(), List.of(parent.id())))).id();
        ProcessInstance pi = process(caseId);
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CHECK_TASK, Map.of("anteckning", "Inga särskilda skäl."));

        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(SnabbupplysningSteps.WRITE_TASK);
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.WRITE_TASK, Map.of("yttrande", "Inget att anmärka."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.SEND_TASK, Map.of("skickatDatum", today().toString(),
                "skickatSatt", "E_POST"));

        assertThat(pi).isEnded().hasNotPassed(SnabbupplysningSteps.CONTACT_TASK);
        assertThat(pdfText(view(caseId).documentId())).contains("Ingen av parterna förekommer i socialregistret.");
    }

    @Test
    void skippingIsRefused_theAnswerNeedsTheCheck_andSendingNeedsTheAnswer() {
        Family f = family();
        long caseId = requested(f, today().plusDays(10));
        String checkTask = task(caseId, SnabbupplysningSteps.CHECK_TASK).id();

        // The engine has no write or send task before the check, and refuses a completion from outside Kasus.
        assertThat(workflow.activeSteps(caseId)).containsExactly("Kontrollera socialregistret för parterna");
        assertThatThrownBy(() -> engineTasks.complete(checkTask)).isInstanceOf(ProcessEngineException.class);
        // Behind the model, each step refuses when the step before left no record (a model changed by mistake).
        StepContext unchecked = context(caseId, checkTask);
        assertThatThrownBy(() -> stepRegistry.forTask(SnabbupplysningSteps.WRITE_TASK).complete(unchecked,
                new FormValues(Map.of("yttrande", "För tidigt."))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("inte kontrollerat");
        assertThatThrownBy(() -> stepRegistry.forTask(SnabbupplysningSteps.SEND_TASK).complete(unchecked,
                new FormValues(Map.of("skickatDatum", today(), "skickatSatt", "BREV"))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("inte skrivet");
        assertThat(view(caseId).statement()).isNull();
        assertThat(view(caseId).documentId()).isNull();

        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CHECK_TASK, Map.of());
        // The check is done once: the old task is gone, and while a contact is open there is no write task.
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(checkTask, Map.of())))
                .isInstanceOf(TaskNotActiveException.class);
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(SnabbupplysningSteps.CONTACT_TASK);
        String contactTask = task(caseId, SnabbupplysningSteps.CONTACT_TASK).id();
        assertThatThrownBy(() -> stepRegistry.forTask(SnabbupplysningSteps.WRITE_TASK).complete(
                context(caseId, contactTask), new FormValues(Map.of("yttrande", "Utan kontakten."))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("inte kontaktade");
        // A contact in the future, or without what was learnt, is a Swedish 400 and writes nothing.
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(contactTask, Map.of("kontaktDatum",
                today().plusDays(1).toString(), "kontaktadPerson", "X", "framkom", "Y"))))
                .isInstanceOf(FormRejectedException.class).satisfies(e -> assertThat(message(e)).contains("framtiden"));
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(contactTask, Map.of("kontaktDatum",
                today().toString(), "kontaktadPerson", "X"))))
                .isInstanceOf(FormRejectedException.class);
        assertThat(view(caseId).contacts()).singleElement().satisfies(c -> assertThat(c.contactedOn()).isNull());
    }

    @Test
    void theCourtsDeadline_showsInTheDeadlineView_andWhenItPassesUnsentTheUnitHeadIsTold() {
        setToday(LocalDate.of(2026, 3, 2)); // a Monday
        Family f = family();
        LocalDate lastDay = today().plusDays(4);
        long caseId = requested(f, lastDay);
        ProcessInstance pi = process(caseId);
        ZoneId zone = clock.getZone();
        assertThat(task(caseId, SnabbupplysningSteps.CHECK_TASK).due())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
        List<Frist> frister = org.as(FAMILJERATT, () -> fristbevakning.list("SNABBUPPLYSNING")).frister();
        assertThat(frister).filteredOn(fr -> fr.caseId() == caseId).singleElement().satisfies(fr -> {
            assertThat(fr.lastDay()).isEqualTo(lastDay);
            assertThat(fr.law()).isEqualTo("FB 6 kap. 20 §");
        });

        moveClock(Duration.ofDays(3));
        executeDueJobs();
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(SnabbupplysningSteps.CHECK_TASK);
        moveClock(Duration.ofDays(2));
        executeDueJobs();

        assertThat(task(caseId, SnabbupplysningSteps.LATE_TASK).candidateGroups())
                .containsExactly("familjeratt.enhetschef");
        String lateTask = task(caseId, SnabbupplysningSteps.LATE_TASK).id();
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(lateTask, Map.of("atgard", "Jag själv."))))
                .isInstanceOf(se.kasus.access.AccessDeniedException.class);
        complete(FR_CHEF, caseId, SnabbupplysningSteps.LATE_TASK, Map.of("atgard",
                "Domstolen kontaktad, svar lovat på måndag."));
        // The caseworker still answers; the court gets its answer late rather than never.
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CHECK_TASK, Map.of());
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CONTACT_TASK, Map.of("kontaktDatum", today().toString(),
                "kontaktadPerson", "Handläggaren", "framkom", "Inget som rör barnet."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.WRITE_TASK, Map.of("yttrande", "Inget att anmärka."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.SEND_TASK, Map.of("skickatDatum", today().toString(),
                "skickatSatt", "BREV"));

        assertThat(pi).isEnded().hasPassed("Timer_DomstolensFrist", SnabbupplysningSteps.LATE_TASK,
                "End_ForseningHanterad", "End_DomstolenBesvarad");
        assertThat(delays.findAll()).isNotEmpty();
    }

    @Test
    void withoutADateFromTheCourt_theDefaultFromConfigApplies_andAnAnswerInTimeTellsNobody() {
        setToday(LocalDate.of(2026, 3, 2));
        Family f = family();
        long caseId = requested(f, null);
        ProcessInstance pi = process(caseId);
        assertThat(view(caseId).courtDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));

        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CHECK_TASK, Map.of());
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.CONTACT_TASK, Map.of("kontaktDatum", today().toString(),
                "kontaktadPerson", "Handläggaren", "framkom", "Inget som rör barnet."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.WRITE_TASK, Map.of("yttrande", "Inget att anmärka."));
        complete(FAMILJERATT, caseId, SnabbupplysningSteps.SEND_TASK, Map.of("skickatDatum", today().toString(),
                "skickatSatt", "BREV"));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count())
                .as("the deadline's timer ended with the answer").isZero();
        moveClock(Duration.ofDays(30));
        executeDueJobs();
        assertThat(pi).isEnded().hasNotPassed(SnabbupplysningSteps.LATE_TASK);
    }

    @Test
    void anotherUnitsCaseworker_cannotOpenOrReadAFamilyLawCase_andBadInputWritesNothing() {
        Family f = family();
        long before = cases.count();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> snabbupplysningar.register(new NewSnabbupplysning(
                "Solna tingsrätt", MAL, today(), null, f.child().id(), List.of(f.mother().id())))))
                .isInstanceOf(se.kasus.access.AccessDeniedException.class);
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> snabbupplysningar.register(new NewSnabbupplysning(
                "Solna tingsrätt", MAL, today(), today().minusDays(1), f.child().id(), List.of(f.mother().id())))))
                .isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(message(e)).contains("före dagen då begäran kom in"));
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> snabbupplysningar.register(new NewSnabbupplysning(
                "Solna tingsrätt", MAL, today(), null, f.mother().id(), List.of(f.father().id())))))
                .isInstanceOf(FormRejectedException.class).satisfies(e -> assertThat(message(e)).contains("under 18"));
        assertThat(cases.count()).isEqualTo(before);

        long caseId = requested(f, null);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> snabbupplysningar.view(caseId)))
                .isInstanceOf(se.kasus.access.AccessDeniedException.class);
        String checkTask = task(caseId, SnabbupplysningSteps.CHECK_TASK).id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.open(checkTask)))
                .isInstanceOf(se.kasus.access.AccessDeniedException.class);
    }

    private SnabbupplysningView view(long caseId) {
        return org.as(FAMILJERATT, () -> snabbupplysningar.view(caseId));
    }

    /** The case's process, taken while it runs: camunda-bpm-assert follows it into history when it has ended. */
    private ProcessInstance process(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(PROCESS).singleResult();
    }

    private StepContext context(long caseId, String taskId) {
        return new StepContext(workflow.task(taskId).orElseThrow(), cases.findById(caseId).orElseThrow(),
                directory.find(FAMILJERATT).orElseThrow(), workflow.variables(taskId), clock.instant(),
                today());
    }

    /** The Swedish messages of a rejected form, as the caseworker reads them. */
    static String message(Throwable e) {
        return ((FormRejectedException) e).errors().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private String pdfText(Long documentId) throws Exception {
        byte[] content = documents.findById(documentId).orElseThrow().content();
        PdfReader reader = new PdfReader(content);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
