package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;

/**
 * The process owner's pages and API through the web layer, on a context of their own (the property below) so that
 * the versions and running cases counted here are exactly those this class creates. Here the gate is required
 * ({@code kasus.gate.required}), so the engine REST API refuses deployments from Camunda Modeler.
 */
@SpringBootTest(properties = { "kasus.test.context=process-pages", "kasus.gate.required=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcessPagesTest {

    private static final String ADMIN = "admin";
    private static final String BISTAND = "processes/aldreomsorg/aldreomsorg-bistand.bpmn";

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService userDetailsService;
    @Autowired CaseIntake intake;
    @Autowired AuditLog auditLog;
    @Autowired RepositoryService repository;
    @Autowired ObjectMapper json;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @Test
    void versionsShowWhatChangedAndHowManyCasesRunOnEachVersion() throws Exception {
        startCase();
        startCase();

        String gate = mvc.perform(multipart("/processer/grind").file(model("aldreomsorg-bistand.bpmn",
                read(BISTAND).replace("name=\"Utreda behov\"", "name=\"Utreda behovet\"")))
                .param("atgard", "driftsatt").with(csrf()).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(gate).contains("Grinden godkände ändringen och driftsatte den som en ny version.")
                .contains("aldreomsorg-bistand version 2").contains("10 av 10 scenarier gick igenom.");

        startCase();
        repository.createDeployment().name("Från Modeler").source("Camunda Modeler")
                .addInputStream("gemensam-uppfoljning.bpmn",
                        new ByteArrayInputStream(read("processes/gemensam/gemensam-uppfoljning.bpmn")
                                .replace("name=\"Följa upp insatsen\"", "name=\"Följ upp\"")
                                .getBytes(StandardCharsets.UTF_8)))
                .deploy();

        JsonNode processes = json.readTree(mvc.perform(get("/api/processes").with(httpBasic(ADMIN,
                TestOrganisation.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode bistand = process(processes, "aldreomsorg-bistand");
        assertThat(bistand.path("versions")).hasSize(2);
        JsonNode v2 = bistand.path("versions").get(0);
        JsonNode v1 = bistand.path("versions").get(1);
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v2.path("runningInstances").asLong()).isEqualTo(1);
        assertThat(v2.path("source").asText()).isEqualTo("kasus-grind");
        assertThat(v2.path("changes").path("renamed").get(0).path("id").asText()).isEqualTo("Task_Utreda");
        assertThat(v2.path("changes").path("renamed").get(0).path("to").asText()).isEqualTo("Utreda behovet");
        assertThat(v2.path("changes").path("added")).isEmpty();
        assertThat(v2.path("changes").path("summary").asText()).isEqualTo("1 nytt namn");
        assertThat(v2.path("changes").path("changed")).as("a new label is not a change in behaviour").isEmpty();
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("runningInstances").asLong()).isEqualTo(2);
        assertThat(v1.path("source").asText()).isEqualTo("kasus-start");
        assertThat(v1.path("changes").path("first").asBoolean()).isTrue();
        JsonNode decision = process(processes, "gemensam-beslut-och-delgivning");
        assertThat(decision.path("versions")).hasSize(2);
        assertThat(decision.path("versions").get(0).path("changes").path("none").asBoolean())
                .as("deployed with the unit, unchanged").isTrue();
        JsonNode followUp = process(processes, "gemensam-uppfoljning").path("versions").get(0);
        assertThat(followUp.path("version").asInt()).isEqualTo(3);
        assertThat(followUp.path("byKasus").asBoolean()).isFalse();

        String page = mvc.perform(get("/processer").with(as(ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String section = page.substring(page.indexOf("id=\"process-aldreomsorg-bistand\""),
                page.indexOf("id=\"process-gemensam-beslut-och-delgivning\""));
        assertThat(runningOnVersion(section, 2)).isEqualTo(1);
        assertThat(runningOnVersion(section, 1)).isEqualTo(2);
        assertThat(section).contains("1 nytt namn").contains("”Utreda behov” → ”Utreda behovet”")
                .contains("Första versionen").contains("Grinden").contains("Kasus start");
        assertThat(page).contains("Utanför grinden: Camunda Modeler");

        AuditEntryView read = auditLog.latest(1).get(0);
        assertThat(read.action()).isEqualTo(AuditAction.READ);
        assertThat(read.actor()).isEqualTo(ADMIN);
        assertThat(read.resource()).isEqualTo("processversioner");
    }

    @Test
    void theGatePageNamesTheTaskWithoutAForm() throws Exception {
        long before = repository.createDeploymentQuery().count();
        String page = mvc.perform(multipart("/processer/grind").file(model("aldreomsorg-bistand.bpmn",
                read(BISTAND).replace(" camunda:formRef=\"gemensam-kommunicering\" camunda:formRefBinding=\"deployment\"",
                        ""))).param("atgard", "driftsatt").with(csrf()).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Grinden stoppade ändringen. Inget driftsattes.").contains("Task_Kommunicera")
                .contains("Användaruppgiften saknar formulär");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aHandlaggareAndTheRevisorAreRefusedThePagesAndTheApi() throws Exception {
        for (String refused : new String[] { "handlaggare.norr", "revisor" }) {
            mvc.perform(get("/processer").with(as(refused))).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Du har inte behörighet")));
            mvc.perform(get("/processer/grind").with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(multipart("/processer/grind").file(model("aldreomsorg-bistand.bpmn", read(BISTAND)))
                    .param("atgard", "driftsatt").with(csrf()).with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/api/processes").with(httpBasic(refused, TestOrganisation.PASSWORD)))
                    .andExpect(status().isForbidden());
            AuditEntryView refusal = auditLog.latest(1).get(0);
            assertThat(refusal.action()).isEqualTo(AuditAction.DENIED);
            assertThat(refusal.actor()).isEqualTo(refused);
            assertThat(refusal.resource()).isEqualTo("processversioner");
        }
        mvc.perform(get("/api/processes")).andExpect(status().isUnauthorized());
    }

    @Test
    void theMenuShowsProcessesToTheSystemforvaltareOnly() throws Exception {
        assertThat(mvc.perform(get("/logg").with(as(ADMIN))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/processer\"");
        assertThat(mvc.perform(get("/inkorg").with(as("handlaggare.norr"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("href=\"/processer\"");
    }

    @Test
    void whenTheGateIsRequiredTheEngineRestApiRefusesNewDeployments() throws Exception {
        for (String path : new String[] { "/engine-rest/deployment/create", "/engine-rest/deployment/abc/redeploy",
                "/engine-rest/engine/default/deployment/create" }) {
            mvc.perform(multipart(path).file(model("aldreomsorg-bistand.bpmn", read(BISTAND)))
                    .with(httpBasic(ADMIN, TestOrganisation.PASSWORD))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/engine-rest/deployment").with(httpBasic(ADMIN, TestOrganisation.PASSWORD)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("reading stays open")
                        .isNotEqualTo(403));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void startCase() {
        org.as("handlaggare.norr", () -> intake.registerApplication(new NewApplication(org.newPerson().id(),
                LocalDate.now(), ServiceType.HEMTJANST, null)));
    }

    private static int runningOnVersion(String section, int version) {
        Matcher row = Pattern.compile("data-label=\"Version\">" + version + "</th>.*?data-label=\"Körande\""
                + "[^>]*>(\\d+)</td>", Pattern.DOTALL).matcher(section);
        assertThat(row.find()).as("raden för version %s", version).isTrue();
        return Integer.parseInt(row.group(1));
    }

    private static JsonNode process(JsonNode processes, String key) {
        for (JsonNode process : processes) {
            if (process.path("key").asText().equals(key)) {
                return process;
            }
        }
        throw new AssertionError("ingen process " + key);
    }

    private static MockMultipartFile model(String name, String content) {
        return new MockMultipartFile("modeller", name, "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String file) throws java.io.IOException {
        return Files.readString(Path.of(file));
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
