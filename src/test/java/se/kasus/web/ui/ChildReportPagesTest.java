package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kasus.TestOrganisation;
import se.kasus.casework.CaseWork;
import se.kasus.casework.ChildFiles;
import se.kasus.casework.ChildViews;
import se.kasus.casework.ClientFileService;
import se.kasus.engine.Workflow;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/** The orosanmälan form, the person page's way to it, and the client file's barn och unga section. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChildReportPagesTest {

    private static final AtomicInteger NEXT = new AtomicInteger(20);

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService userDetailsService;
    @Autowired PersonService persons;
    @Autowired CaseWork work;
    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired ChildFiles childFiles;
    @Autowired ClientFileService clientFiles;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @Test
    void theCaseworkerRegistersAReport_andTheClientFileShowsItAndTheSkyddsbedomning() throws Exception {
        PersonView child = child(LocalDate.now().minusYears(8));
        assertThat(page(get("/orosanmalan"), "handlaggare.norr")).contains("Registrera orosanmälan",
                "Barnens personnummer", "href=\"/orosanmalan\"");
        assertThat(page(post("/personer").param("personnummer", child.personnummer()), "handlaggare.norr"))
                .as("från personsidan").contains("action=\"/orosanmalan/ny\"");
        assertThat(page(post("/orosanmalan/ny").param("childIds", child.personnummer()), "handlaggare.norr"))
                .contains(child.personnummer());

        MvcResult created = mvc.perform(form(child.personnummer()).with(as("handlaggare.norr")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/personer/" + child.id());
        long caseId = jdbc.queryForObject("select id from kasus_case where person_id = ?", Long.class, child.id());
        String taskId = workflow.tasksOfCase(caseId).get(0).id();
        assertThat(page(get("/uppgifter/" + taskId), "handlaggare.norr")).contains("Göra skyddsbedömning", "BU-" + caseId)
                .doesNotContain("null");
        org.as("handlaggare.norr", () -> work.complete(taskId, Map.of("skyddsbedomning",
                "Barnet är tryggt i skolan i dag.", "omedelbarFara", false, "vardnadshavareKontaktade", false)));

        assertThat(page(get("/personer/" + child.id()), "handlaggare.norr")).contains("Barn och unga", "BU-" + caseId,
                "Orosanmälan", "Skola eller förskola", "anmälningsskyldig", "Norrskolan", "Skyddsbedömning",
                "Barnet är tryggt i skolan i dag.", "Göra förhandsbedömning");
    }

    /** The client file reads each kind of record once for all the child's cases; each case must keep its own. */
    @Test
    void aChildWithTwoCases_seesEachCasesOwnRecordsInTheClientFile() throws Exception {
        PersonView child = child(LocalDate.now().minusYears(9));
        for (int i = 0; i < 2; i++) {
            mvc.perform(form(child.personnummer()).with(as("handlaggare.norr")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        List<Long> caseIds = jdbc.queryForList("select id from kasus_case where person_id = ? order by id", Long.class,
                child.id());
        String secondTask = workflow.tasksOfCase(caseIds.get(1)).get(0).id();
        org.as("handlaggare.norr", () -> work.complete(secondTask, Map.of("skyddsbedomning",
                "Bara det andra ärendets bedömning.", "omedelbarFara", false, "vardnadshavareKontaktade", false)));

        List<ChildViews> views = org.as("handlaggare.norr",
                () -> childFiles.forFile(clientFiles.open(child.id(), "Handläggning")));

        assertThat(views).extracting(ChildViews::caseId).containsExactlyInAnyOrderElementsOf(caseIds);
        assertThat(views).allSatisfy(v -> assertThat(v.report()).isNotNull());
        assertThat(views).filteredOn(v -> v.caseId() == caseIds.get(1)).singleElement()
                .satisfies(v -> assertThat(v.protections()).hasSize(1));
        assertThat(views).filteredOn(v -> v.caseId() == caseIds.get(0)).singleElement()
                .satisfies(v -> assertThat(v.protections()).isEmpty());
    }

    @Test
    void anAdult_isRefusedWithASwedishMessage_andNothingIsWritten() throws Exception {
        PersonView adult = child(LocalDate.now().minusYears(30));
        long before = jdbc.queryForObject("select count(*) from child_report", Long.class);

        String answer = mvc.perform(form(adult.personnummer()).with(as("handlaggare.norr")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("Anmälan kunde inte registreras", "inte under 18 år", "aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("select count(*) from child_report", Long.class)).isEqualTo(before);
    }

    @Test
    void theRevisorMayNotRegisterAReport() throws Exception {
        PersonView child = child(LocalDate.now().minusYears(3));
        mvc.perform(form(child.personnummer()).with(as("revisor")).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from kasus_case where person_id = ?", Long.class, child.id()))
                .isZero();
    }

    private MockHttpServletRequestBuilder form(String personnummer) {
        return post("/orosanmalan").param("childIds", personnummer).param("receivedAt", LocalDate.now().toString())
                .param("receivedTime", "00:05").param("channel", "TELEFON").param("reporterKind", "SKOLA")
                .param("reporterOrganisation", "Norrskolan").param("reporterName", "Rektor Rask")
                .param("description", "Eleven har berättat om bråk hemma.");
    }

    private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    private PersonView child(LocalDate born) {
        int n = NEXT.getAndIncrement();
        String nine = String.format("%02d%02d%02d9%02d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), n % 100);
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return persons.create(new NewPerson(born.getYear() + nine.substring(2, 6) + "-" + nine.substring(6)
                + (10 - sum % 10) % 10, "Barn", "Testsson", "Testgatan 1", "123 45", "Teststad", false));
    }
}
