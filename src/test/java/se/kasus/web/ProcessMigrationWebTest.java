package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.TestProcessVersions;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.migration.ProcessMigrations;

/**
 * The migration API and page as the server answers them: only the process owner, a dry run that changes nothing, a
 * migration, and every kind of bad input answered with a Swedish 400 or 404, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcessMigrationWebTest {

    private static final String ADMIN = "admin";
    private static final String CASEWORKER = "handlaggare.norr";
    private static final String KEY = TestProcessVersions.MAIN_PROCESS;

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService userDetails;
    @Autowired CaseIntake intake;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired AuditLog auditLog;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    private TestProcessVersions versions;
    private int from;
    private int to;
    private long caseId;

    @BeforeEach
    void aCaseAndASecondVersion() {
        org.ensure();
        versions = new TestProcessVersions(repository);
        caseId = org.as(CASEWORKER, () -> intake.registerApplication(new NewApplication(org.newPerson().id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Behöver hjälp."))).id();
        from = versions.latest().getVersion();
        to = versions.deploy("ny etikett", TestProcessVersions.renameLabel("Task_Utreda", "Utreda behovet"))
                .getVersion();
    }

    @AfterEach
    void removeTheVersion() {
        versions.deleteAll();
    }

    // ---- API --------------------------------------------------------------------------------------------------

    @Test
    void apiDryRunChangesNothing_andTheMigrationMovesTheCase() throws Exception {
        JsonNode dryRun = json.readTree(api("/dry-run", body(from, to, null), ADMIN).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(dryRun.get("executed").asBoolean()).isFalse();
        JsonNode tried = caseIn(dryRun);
        assertThat(tried.get("migratable").asBoolean()).isTrue();
        assertThat(tried.get("migrated").asBoolean()).isFalse();
        assertThat(tried.get("waitsAt").get(0).get("activityId").asText()).isEqualTo("Task_Utreda");
        assertThat(dryRun.get("total").asInt()).isEqualTo(dryRun.get("cases").size());
        assertThat(versionOfCase()).isEqualTo(from);

        JsonNode migrated = json.readTree(api("", body(from, to, null), ADMIN).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(migrated.get("executed").asBoolean()).isTrue();
        assertThat(caseIn(migrated).get("migrated").asBoolean()).isTrue();
        assertThat(versionOfCase()).isEqualTo(to);
    }

    @Test
    void apiRefusesEveryoneButTheProcessOwner_andLogsTheRefusal() throws Exception {
        for (String user : List.of(CASEWORKER, "revisor", "chef.norr")) {
            for (String path : List.of("/dry-run", "")) {
                api(path, body(from, to, null), user).andExpect(status().isForbidden());
                AuditEntryView refusal = auditLog.latest(1).get(0);
                assertThat(refusal.actor()).isEqualTo(user);
                assertThat(refusal.action()).isEqualTo(AuditAction.DENIED);
                assertThat(refusal.resource()).isEqualTo(ProcessMigrations.RESOURCE);
            }
        }
        mvc.perform(post("/api/processes/" + KEY + "/migrations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body(from, to, null))).andExpect(status().isUnauthorized());
        assertThat(versionOfCase()).isEqualTo(from);
    }

    @Test
    void apiAnswersBadInputWithASwedish400Or404_neverA500() throws Exception {
        String same = body(from, from, null);
        assertTitle(api("/dry-run", same, ADMIN).andExpect(status().isBadRequest()), "Käll- och målversion är samma");
        assertTitle(api("", same, ADMIN).andExpect(status().isBadRequest()), "Käll- och målversion är samma");
        assertTitle(api("/dry-run", "{\"targetVersion\": " + to + "}", ADMIN).andExpect(status().isBadRequest()),
                "Ange källversion");
        assertTitle(api("/dry-run", "{}", ADMIN).andExpect(status().isBadRequest()), "Ange källversion");
        assertTitle(api("/dry-run", body(from, to + 7, null), ADMIN).andExpect(status().isNotFound()),
                "har ingen version " + (to + 7));
        assertTitle(mvc.perform(post("/api/processes/finns-inte/migrations/dry-run").with(basic(ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body(1, 2, null)))
                .andExpect(status().isNotFound()), "Det finns ingen process med nyckeln finns-inte");
        assertTitle(api("/dry-run", body(from, to, "[{\"sourceActivityId\": \"Task_Utreda\"}]"), ADMIN)
                .andExpect(status().isBadRequest()), "De extra mappningarna innehåller fel");
        assertTitle(api("/dry-run", body(from, to, "[null]"), ADMIN).andExpect(status().isBadRequest()),
                "De extra mappningarna innehåller fel");
        JsonNode unknownStep = json.readTree(api("", body(from, to,
                "[{\"sourceActivityId\": \"Task_Finns_Inte\", \"targetActivityId\": \"Task_Utreda\"}]"), ADMIN)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(unknownStep.get("errors").get(0).get("message").asText())
                .isEqualTo("Mappning 1: steget Task_Finns_Inte finns inte i version " + from + ".");
        assertTitle(api("/dry-run", body(from, to, "[{\"sourceActivityId\": \"Task_Utreda\", "
                + "\"targetActivityId\": \"Timer_LagaKraft\"}]"), ADMIN).andExpect(status().isBadRequest()),
                "Motorn godtar inte migreringsplanen");
        for (String garbage : List.of("", "nej", "{\"sourceVersion\": \"ett\", \"targetVersion\": 2}",
                "{\"sourceVersion\": 1, \"targetVersion\": 2, \"extraMappings\": \"Task_A\"}", "[1, 2]",
                "{\"sourceVersion\": 99999999999, \"targetVersion\": 2}")) {
            assertTitle(api("/dry-run", garbage, ADMIN).andExpect(status().isBadRequest()), "Begäran kunde inte läsas");
        }
        assertTitle(api("/dry-run", body(-1, to, null), ADMIN).andExpect(status().isBadRequest()),
                "Ogiltig källversion");
        assertThat(versionOfCase()).isEqualTo(from);
    }

    @Test
    void theOpenApiDescriptionDocumentsBothEndpoints() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/api/openapi").with(basic(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("paths");
        for (String path : List.of("/api/processes/{key}/migrations/dry-run", "/api/processes/{key}/migrations")) {
            JsonNode operation = paths.get(path).get("post");
            assertThat(operation.get("summary").asText()).isNotBlank();
            assertThat(operation.get("responses").fieldNames()).toIterable().contains("200", "400", "403", "404");
        }
    }

    // ---- Page -------------------------------------------------------------------------------------------------

    @Test
    void pageDryRunShowsTheReport_andTheConfirmButtonMigrates() throws Exception {
        String page = mvc.perform(get("/processer/migrering").with(as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Migrera pågående ärenden</h1>", "<label for=\"sourceVersion\">",
                "<label for=\"targetVersion\">", "name=\"_csrf\"", "action=\"/processer/migrering/provkorning\"",
                "<code>" + KEY + "</code>");

        String report = mvc.perform(post("/processer/migrering/provkorning").with(as(ADMIN)).with(csrf())
                .param("process", KEY).param("sourceVersion", String.valueOf(from))
                .param("targetVersion", String.valueOf(to)).param("mappings", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Resultat av provkörningen", "id=\"report-table\"", "ÄO-" + caseId,
                "Ingenting har ändrats", "action=\"/processer/migrering\"", "till version " + to + "</button>");
        assertThat(versionOfCase()).isEqualTo(from);

        String done = mvc.perform(post("/processer/migrering").with(as(ADMIN)).with(csrf()).param("process", KEY)
                .param("sourceVersion", String.valueOf(from)).param("targetVersion", String.valueOf(to))
                .param("mappings", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Resultat av migreringen", "flyttades till version " + to, "ÄO-" + caseId)
                .doesNotContain("till version " + to + "</button>");
        assertThat(versionOfCase()).isEqualTo(to);
    }

    @Test
    void pageShowsBadInputAsAnErrorSummary_andRefusesOthersAndRequestsWithoutCsrf() throws Exception {
        String same = mvc.perform(post("/processer/migrering/provkorning").with(as(ADMIN)).with(csrf())
                .param("process", KEY).param("sourceVersion", String.valueOf(from))
                .param("targetVersion", String.valueOf(from))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(same).contains("class=\"error-summary\"", "role=\"alert\"", "Käll- och målversion är samma");

        String badMapping = mvc.perform(post("/processer/migrering/provkorning").with(as(ADMIN)).with(csrf())
                .param("process", KEY).param("sourceVersion", String.valueOf(from))
                .param("targetVersion", String.valueOf(to)).param("mappings", "Task_Utreda\nTask_Finns_Inte -> X"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badMapping).contains("Mappning 1: ange både steget i källversionen och steget i målversionen.");

        mvc.perform(post("/processer/migrering/provkorning").with(as(ADMIN)).with(csrf()).param("process", KEY)
                .param("sourceVersion", "ett").param("targetVersion", "två")).andExpect(status().isBadRequest());
        mvc.perform(post("/processer/migrering/provkorning").with(as(ADMIN)).with(csrf()).param("process", "finns-inte")
                .param("sourceVersion", "1").param("targetVersion", "2")).andExpect(status().isNotFound());

        mvc.perform(get("/processer/migrering").with(as(CASEWORKER))).andExpect(status().isForbidden());
        mvc.perform(post("/processer/migrering").with(as(CASEWORKER)).with(csrf()).param("process", KEY)
                .param("sourceVersion", String.valueOf(from)).param("targetVersion", String.valueOf(to)))
                .andExpect(status().isForbidden());
        AuditEntryView refusal = auditLog.latest(1).get(0);
        assertThat(refusal.actor()).isEqualTo(CASEWORKER);
        assertThat(refusal.action()).isEqualTo(AuditAction.DENIED);
        assertThat(refusal.resource()).isEqualTo(ProcessMigrations.RESOURCE);

        mvc.perform(post("/processer/migrering").with(as(ADMIN)).param("process", KEY)
                .param("sourceVersion", String.valueOf(from)).param("targetVersion", String.valueOf(to)))
                .andExpect(status().isForbidden());
        assertThat(versionOfCase()).isEqualTo(from);
    }

    // ---- Helpers ----------------------------------------------------------------------------------------------

    private ResultActions api(String path, String body, String user) throws Exception {
        return mvc.perform(post("/api/processes/" + KEY + "/migrations" + path).with(basic(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(int source, int target, String mappings) {
        return "{\"sourceVersion\": " + source + ", \"targetVersion\": " + target
                + (mappings == null ? "" : ", \"extraMappings\": " + mappings) + "}";
    }

    private void assertTitle(ResultActions result, String title) throws Exception {
        JsonNode error = json.readTree(result.andReturn().getResponse().getContentAsString());
        assertThat(error.get("title").asText()).contains(title);
    }

    private JsonNode caseIn(JsonNode report) {
        for (JsonNode c : report.get("cases")) {
            if (c.get("caseId").asLong() == caseId) {
                return c;
            }
        }
        throw new AssertionError("ärende " + caseId + " saknas i rapporten " + report);
    }

    private int versionOfCase() {
        String definitionId = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(String.valueOf(caseId)).singleResult().getProcessDefinitionId();
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        return definition.getVersion();
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
