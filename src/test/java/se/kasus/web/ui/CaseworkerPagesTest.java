package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.DocumentView;
import se.kasus.casework.InboxItem;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.PersonView;

/** The caseworker's screens as the server renders them, with the real services, access rules and audit log. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseworkerPagesTest {

    private static final String NORR = "handlaggare.norr";
    private static final String SYD = "handlaggare.syd";
    private static final Pattern TASK_DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"task-form-data\">(.*?)</script>", Pattern.DOTALL);

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService userDetailsService;
    @Autowired UserDirectory directory;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired ClientFileService clientFiles;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    // ---- Inbox ------------------------------------------------------------------------------------------------

    @Test
    void inboxListsATaskOfTheUsersUnit_andNotOneOfAnotherUnit() throws Exception {
        PersonView norrClient = org.newPerson();
        PersonView sydClient = org.newPerson();
        long norrCase = register(NORR, norrClient);
        long sydCase = register(SYD, sydClient);
        String norrTask = taskOf(NORR, norrCase, "Task_Utreda");
        String sydTask = taskOf(SYD, sydCase, "Task_Utreda");

        String page = mvc.perform(get("/inkorg").with(as(NORR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/uppgifter/" + norrTask + "\"", norrClient.personnummer(), "Utreda behov",
                "Ta uppgiften").doesNotContain("/uppgifter/" + sydTask, sydClient.personnummer());
        assertThat(page).as("the layout: skip link, landmarks, the user and a logout form")
                .contains("href=\"#main\"", "<main id=\"main\"", "<nav", "Test handlaggare.norr", "Äldreomsorg Norr",
                        "action=\"/logout\"", "name=\"_csrf\"", "<meta name=\"_csrf\"");
    }

    @Test
    void anOverdueTaskIsMarkedInWords_andComesFirst() throws Exception {
        long onTime = register(NORR, org.newPerson());
        long late = register(NORR, org.newPerson());
        String onTimeTask = taskOf(NORR, onTime, "Task_Utreda");
        String lateTask = taskOf(NORR, late, "Task_Utreda");
        tasks.setDueDate(onTimeTask, java.util.Date.from(clock.instant().plus(java.time.Duration.ofDays(5))));
        tasks.setDueDate(lateTask, java.util.Date.from(clock.instant().minus(java.time.Duration.ofDays(2))));

        String page = mvc.perform(get("/inkorg").with(as(NORR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(rowOf(page, lateTask)).contains("Försenad", "is-overdue",
                LocalDate.now(clock).minusDays(2).toString());
        assertThat(rowOf(page, onTimeTask)).doesNotContain("Försenad")
                .contains(LocalDate.now(clock).plusDays(5).toString());
        assertThat(page.indexOf("data-task-id=\"" + lateTask)).isLessThan(page.indexOf("data-task-id=\"" + onTimeTask));
    }

    @Test
    void anEmptyInboxSaysSo() throws Exception {
        if (directory.unit("tom").isEmpty()) {
            directory.createUnit("tom", "Enhet utan ärenden");
            directory.createUser("handlaggare.tom", "Test Tom", "Handläggare", TestOrganisation.PASSWORD, "tom",
                    EnumSet.of(Role.HANDLAGGARE));
        }
        mvc.perform(get("/inkorg").with(as("handlaggare.tom"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inkorgen är tom.")));
    }

    @Test
    void takingAndReturningATaskWorksWithoutJavaScript() throws Exception {
        long caseId = register(NORR, org.newPerson());
        String taskId = taskOf(NORR, caseId, "Task_Utreda");

        mvc.perform(post("/uppgifter/" + taskId + "/ta").with(as(NORR)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/inkorg"));
        assertThat(assignee(NORR, taskId)).isEqualTo(NORR);
        String page = mvc.perform(get("/inkorg").with(as("handlaggare2.norr"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(rowOf(page, taskId)).as("a colleague sees who has it and cannot take it")
                .contains("Test handlaggare.norr").doesNotContain("Ta uppgiften");

        mvc.perform(post("/uppgifter/" + taskId + "/lamna").with(as(NORR)).with(csrf()))
                .andExpect(redirectedUrl("/inkorg"));
        assertThat(assignee(NORR, taskId)).isNull();
        mvc.perform(post("/uppgifter/" + taskId + "/ta").with(as(NORR)))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(assignee(NORR, taskId)).isNull();
    }

    // ---- Client file ------------------------------------------------------------------------------------------

    @Test
    void clientFileOfAnotherUnitsClient_isRefusedInSwedish_andTheRefusalIsAudited() throws Exception {
        PersonView sydClient = org.newPerson();
        register(SYD, sydClient);

        String refused = mvc.perform(get("/personer/" + sydClient.id()).with(as(NORR)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Du har inte behörighet till detta.")
                .doesNotContain(sydClient.personnummer(), "Exception", "at se.kasus");
        List<AuditEntryView> latest = auditLog.latest(20);
        assertThat(latest).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DENIED);
            assertThat(entry.actor()).isEqualTo(NORR);
            assertThat(entry.personId()).isEqualTo(sydClient.id());
            assertThat(entry.resource()).isEqualTo("klientakt");
        });
        mvc.perform(get("/personer/" + sydClient.id()).with(as(SYD))).andExpect(status().isOk())
                .andExpect(content().string(containsString(sydClient.personnummer())));
    }

    @Test
    void clientFileShowsWhereTheCaseStands_andTakesAJournalEntry() throws Exception {
        PersonView client = org.newPerson();
        long caseId = register(NORR, client);

        String file = mvc.perform(get("/personer/" + client.id()).with(as(NORR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(file).contains("ÄO-" + caseId, "Står nu vid", "Utreda behov", "Pågående", "Hemtjänst");

        mvc.perform(post("/arenden/" + caseId + "/journal").with(as(NORR)).with(csrf())
                .param("personId", String.valueOf(client.id())).param("text", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv en anteckning.")));
        mvc.perform(post("/arenden/" + caseId + "/journal").with(as(NORR)).with(csrf())
                .param("personId", String.valueOf(client.id())).param("text", "Ringde dottern."))
                .andExpect(redirectedUrl("/personer/" + client.id() + "#journal"));
        mvc.perform(get("/personer/" + client.id()).with(as(NORR)))
                .andExpect(content().string(containsString("Ringde dottern.")));
    }

    // ---- Search and ansökan -----------------------------------------------------------------------------------

    @Test
    void searchShowsTheServicesSwedishMessageForAnInvalidNumber_andFindsAPerson() throws Exception {
        mvc.perform(post("/personer").with(as(NORR)).with(csrf()).param("personnummer", "19340312-9807"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kontrollsiffran stämmer inte.")));

        PersonView person = org.newPerson();
        String hit = mvc.perform(post("/personer").with(as(NORR)).with(csrf())
                .param("personnummer", person.personnummer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // No case yet: the hit offers registration, not a client file to open (ids cannot be walked).
        assertThat(hit).contains(person.fullName(), "Testgatan 1", "Registrera ansökan",
                "value=\"" + LocalDate.now(clock) + "\"", "Särskilt boende").doesNotContain("Öppna klientakt");
    }

    @Test
    void ansokanWithoutDate_isShownAgainWithTheSwedishError_andNoCaseIsCreated() throws Exception {
        PersonView person = org.newPerson();

        String page = mvc.perform(post("/personer/" + person.id() + "/ansokan").with(as(NORR)).with(csrf())
                .param("personnummer", person.personnummer()).param("receivedDate", "")
                .param("requestedService", "TRYGGHETSLARM").param("description", "Vill ha larm efter fall."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ange när ansökan kom in.", "Vill ha larm efter fall.",
                "value=\"TRYGGHETSLARM\" selected", "aria-invalid=\"true\"", person.fullName());
        assertThat(casesOf(person)).isZero();

        mvc.perform(post("/personer/" + person.id() + "/ansokan").with(as(NORR)).with(csrf())
                .param("personnummer", person.personnummer()).param("receivedDate", LocalDate.now(clock).toString())
                .param("requestedService", "TRYGGHETSLARM").param("description", "Vill ha larm efter fall."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/personer/" + person.id()));
        assertThat(casesOf(person)).isOne();
    }

    // ---- Task screen ------------------------------------------------------------------------------------------

    @Test
    void taskPageEmbedsTheFormSchemaAndData_forTheScript() throws Exception {
        PersonView client = org.newPerson();
        long caseId = register(NORR, client);
        String taskId = taskOf(NORR, caseId, "Task_Utreda");

        String page = mvc.perform(get("/uppgifter/" + taskId).with(as(NORR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Utreda behov", client.fullName(), "ÄO-" + caseId, "Ta uppgiften",
                "/vendor/form-viewer.umd.js", "/js/task-form.js", "/vendor/assets/form-js.css",
                "data-complete-url=\"/api/tasks/" + taskId + "/complete\"", "id=\"draft-status\"");
        Matcher embedded = TASK_DATA.matcher(page);
        assertThat(embedded.find()).as("the form's JSON in the page").isTrue();
        JsonNode data = json.readTree(embedded.group(1));
        assertThat(data.path("taskId").asText()).isEqualTo(taskId);
        assertThat(data.path("schema").path("id").asText()).isEqualTo("aldreomsorg-utredning");
        assertThat(data.path("schema").path("components").findValuesAsText("key"))
                .contains("ansoktInsats", "enskildesUppfattning", "bedomning");
        assertThat(data.path("data").isObject()).isTrue();
    }

    @Test
    void taskPagePutsRuntimeOptionsUnderTheirValuesKey() throws Exception {
        long caseId = grantedAndDelivered(NORR, org.newPerson());
        String taskId = taskOf(NORR, caseId, "Task_SkickaBestallning");

        String page = mvc.perform(get("/uppgifter/" + taskId).with(as(NORR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher embedded = TASK_DATA.matcher(page);
        assertThat(embedded.find()).isTrue();
        JsonNode providers = json.readTree(embedded.group(1)).path("data").path("utforareAlternativ");
        assertThat(providers.isArray()).isTrue();
        assertThat(providers.findValuesAsText("value")).contains("hemtjanst-norr");
        assertThat(providers.findValuesAsText("label")).contains("Hemtjänsten Norr (egen regi)");
    }

    @Test
    void taskPageOfAnotherUnit_isRefused() throws Exception {
        long sydCase = register(SYD, org.newPerson());
        String sydTask = taskOf(SYD, sydCase, "Task_Utreda");
        mvc.perform(get("/uppgifter/" + sydTask).with(as(NORR))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Du har inte behörighet till detta.")));
        mvc.perform(get("/uppgifter/finns-inte").with(as(NORR))).andExpect(status().isNotFound());
    }

    // ---- Documents --------------------------------------------------------------------------------------------

    @Test
    void decisionLetterIsServedInlineAsPdf_toTheUnit_andRefusedToAnotherUnit() throws Exception {
        PersonView client = org.newPerson();
        long caseId = grantedAndDelivered(NORR, client);
        DocumentView letter = org.as(NORR, () -> clientFiles.open(client.id(), "Test")).documents().stream()
                .filter(d -> d.caseId() == caseId).findFirst().orElseThrow();

        byte[] pdf = mvc.perform(get("/dokument/" + letter.id()).with(as(NORR))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", startsWith("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        String refused = mvc.perform(get("/dokument/" + letter.id()).with(as(SYD)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Du har inte behörighet till detta.").doesNotContain("%PDF");
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DENIED);
            assertThat(entry.actor()).isEqualTo(SYD);
            assertThat(entry.resource()).isEqualTo("dokument");
        });
    }

    // ---- Audit log and errors ---------------------------------------------------------------------------------

    @Test
    void auditPageVerifiesTheChainAndListsEntries_forTheRevisorOnly() throws Exception {
        register(NORR, org.newPerson());
        String page = mvc.perform(post("/logg/verifiera").with(as("revisor")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kedjan är hel.", "Registrerade", "Ansökan registrerad", "Test handlaggare.norr");

        mvc.perform(get("/logg").with(as(NORR))).andExpect(status().isForbidden());
        String inbox = mvc.perform(get("/personer").with(as(NORR))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).as("the menu shows Logg only to revisor and systemförvaltare").doesNotContain("href=\"/logg\"");
    }

    @Test
    void rootGoesToTheInbox_andAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/").with(as(NORR))).andExpect(redirectedUrl("/inkorg"));
        mvc.perform(get("/inkorg")).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    // ---- Helpers ----------------------------------------------------------------------------------------------

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    private long register(String caseworker, PersonView person) {
        return org.as(caseworker, () -> intake.registerApplication(new NewApplication(person.id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    private String taskOf(String user, long caseId, String taskKey) {
        return org.as(user, () -> work.inbox()).stream().filter(t -> t.caseId() == caseId
                && t.taskKey().equals(taskKey)).map(InboxItem::taskId).findFirst()
                .orElseThrow(() -> new AssertionError("ingen uppgift " + taskKey + " i ärende " + caseId));
    }

    private String assignee(String user, String taskId) {
        return org.as(user, () -> work.inbox()).stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .map(InboxItem::assignee).orElse(null);
    }

    private int casesOf(PersonView person) {
        return jdbc.queryForObject("select count(*) from kasus_case where person_id = ?", Integer.class, person.id());
    }

    private static String rowOf(String page, String taskId) {
        int start = page.indexOf("data-task-id=\"" + taskId + "\"");
        assertThat(start).as("row of task %s", taskId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** Investigated, proposed, decided by the caseworker (delegation allows hemtjänst), letter written, delivered. */
    private long grantedAndDelivered(String caseworker, PersonView person) {
        long caseId = register(caseworker, person);
        LocalDate today = LocalDate.now(clock);
        complete(caseworker, caseId, "Task_Utreda", Map.of("ansoktInsats", "HEMTJANST",
                "enskildesUppfattning", "Vill bo kvar hemma.", "bedomning", "Behovet är styrkt.",
                "behoverKomplettering", false));
        complete(caseworker, caseId, "Task_ForslagTillBeslut", new HashMap<>(Map.of("utfall", "BIFALL",
                "insatstyp", "HEMTJANST", "omfattningTimmar", 20, "startdatum", today.plusDays(1).toString(),
                "uppfoljningsdatum", today.plusMonths(6).toString(), "motivering", "Behovet är styrkt.",
                "lagrum", "SoL (2025:400) 11 kap. 1 §")));
        complete(caseworker, caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        runDueJobs();
        complete(caseworker, caseId, "Task_RegistreraDelgivning", Map.of("delgivningsdatum", today.toString(),
                "delgivningssatt", "BREV"));
        return caseId;
    }

    private void complete(String user, long caseId, String taskKey, Map<String, Object> values) {
        String taskId = taskOf(user, caseId, taskKey);
        org.as(user, () -> work.complete(taskId, values));
    }

    /** The test profile has no job executor; the decision letter is an asynchronous step. */
    private void runDueJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
