package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import se.kasus.access.AccessDeniedException;
import se.kasus.registry.PersonView;

/** familjeratt-informationssamtal (FB 6 kap. 25 §) through the real engine: book, hold, issue the intyg. */
class InformationssamtalProcessTest extends ProcessTestBase {

    static final String FAMILJERATT = "familjeratt.fr";

    @Autowired InformationssamtalService service;
    @Autowired DocumentRepository documents;
    @Autowired StepRegistry stepRegistry;
    @Autowired se.kasus.access.UserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void bookedHeldAndCertified_bothParentsGetAnIntyg() throws Exception {
        PersonView mother = org.newPerson();
        PersonView father = org.newPerson();
        long caseId = org.as(FAMILJERATT, () -> service.register(new NewInformationssamtal(mother.id(), father.id(),
                today()))).id();
        ProcessInstance pi = process(caseId);
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .containsExactly(InformationssamtalSteps.BOOK_TASK);

        complete(FAMILJERATT, caseId, InformationssamtalSteps.BOOK_TASK, Map.of("samtalsdatum", today().toString(),
                "plats", "Familjerättens lokal"));
        complete(FAMILJERATT, caseId, InformationssamtalSteps.HOLD_TASK, Map.of("hallet", today().toString(),
                "deltog", "BADA"));
        complete(FAMILJERATT, caseId, InformationssamtalSteps.ISSUE_TASK, Map.of("utfardat", today().toString()));

        assertThat(pi).isEnded().hasPassedInOrder(InformationssamtalSteps.BOOK_TASK, InformationssamtalSteps.HOLD_TASK,
                InformationssamtalSteps.ISSUE_TASK, "Task_FrAvslutaInformationssamtal", "End_IntygUtfardat");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        InformationssamtalView view = org.as(FAMILJERATT, () -> service.view(caseId));
        assertThat(view.issuedOn()).isEqualTo(today());
        PdfReader reader = new PdfReader(documents.findById(view.documentId()).orElseThrow().content());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Intyg om informationssamtal",
                "6 kap. 25 §", "Informationssamtal har hållits.", today().toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE resource = 'intyg' AND case_id = ?",
                Long.class, caseId)).isEqualTo(1);
    }

    @Test
    void skippingIsRefused_andBadInputWritesNothing() {
        PersonView parent = org.newPerson();
        long caseId = org.as(FAMILJERATT, () -> service.register(new NewInformationssamtal(parent.id(), null,
                today()))).id();
        String bookTask = task(caseId, InformationssamtalSteps.BOOK_TASK).id();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Boka informationssamtal");
        // Behind the model: holding or certifying before booking is refused by the steps themselves.
        StepContext unbooked = new StepContext(workflow.task(bookTask).orElseThrow(),
                cases.findById(caseId).orElseThrow(), directory.find(FAMILJERATT).orElseThrow(),
                workflow.variables(bookTask), clock.instant(), today());
        assertThatThrownBy(() -> stepRegistry.forTask(InformationssamtalSteps.HOLD_TASK).complete(unbooked,
                new FormValues(Map.of("hallet", today(), "deltog", "BEGARANDE"))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("inte bokat");
        assertThatThrownBy(() -> stepRegistry.forTask(InformationssamtalSteps.ISSUE_TASK).complete(unbooked,
                new FormValues(Map.of("utfardat", today()))))
                .isInstanceOf(CaseRuleException.class).hasMessageContaining("inte hållet");

        complete(FAMILJERATT, caseId, InformationssamtalSteps.BOOK_TASK, Map.of("samtalsdatum",
                today().plusDays(3).toString(), "plats", "Video"));
        String holdTask = task(caseId, InformationssamtalSteps.HOLD_TASK).id();
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> work.complete(holdTask, Map.of("hallet",
                today().toString(), "deltog", "BADA"))))
                .isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(SnabbupplysningProcessTest.message(e)).contains("Ingen annan förälder"));
        assertThat(org.as(FAMILJERATT, () -> service.view(caseId)).heldOn()).isNull();

        long before = cases.count();
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> service.register(new NewInformationssamtal(parent.id(),
                parent.id(), today())))).isInstanceOf(FormRejectedException.class);
        assertThatThrownBy(() -> org.as(FAMILJERATT, () -> service.register(new NewInformationssamtal(parent.id(),
                null, today().plusDays(1))))).isInstanceOf(FormRejectedException.class);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> service.register(new NewInformationssamtal(parent.id(),
                null, today())))).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.count()).isEqualTo(before);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> service.view(caseId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ProcessInstance process(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey("familjeratt-informationssamtal").singleResult();
    }
}
