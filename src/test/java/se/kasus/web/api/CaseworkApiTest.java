package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.registry.PersonView;

/** The JSON API over real HTTP semantics: login, inbox, forms, Swedish errors, unit sekretess and the audit chain. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseworkApiTest {

    private static final String CASEWORKER = "handlaggare.norr";

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestOrganisation.PASSWORD));
    }

    private long registerCase(PersonView person) throws Exception {
        String body = json.writeValueAsString(Map.of("personId", person.id(), "receivedDate", "2026-01-05",
                "requestedService", "HEMTJANST", "description", "Behöver hjälp."));
        String created = mvc.perform(as(CASEWORKER, post("/api/cases")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private String taskOf(long caseId) throws Exception {
        String inbox = mvc.perform(as(CASEWORKER, get("/api/tasks"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        for (var task : json.readTree(inbox)) {
            if (task.get("caseId").asLong() == caseId) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError("ingen uppgift för ärende " + caseId);
    }

    @Test
    void loginWithTheFormOpensTheApplication_andAWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user(CASEWORKER).password(TestOrganisation.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(CASEWORKER).password("fel")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
    }

    @Test
    void theInboxShowsTheNewCasesTask_andTheFormCompletesIt() throws Exception {
        long caseId = registerCase(org.newPerson());
        String taskId = taskOf(caseId);

        mvc.perform(as(CASEWORKER, get("/api/tasks/" + taskId + "/form"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.schema.id").value("aldreomsorg-utredning"))
                .andExpect(jsonPath("$.taskName").value("Utreda behov"));
        mvc.perform(as(CASEWORKER, post("/api/tasks/" + taskId + "/complete")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("ansoktInsats", "HEMTJANST", "enskildesUppfattning",
                        "Vill bo kvar.", "bedomning", "Behov finns.", "behoverKomplettering", false))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(caseId));

        mvc.perform(as(CASEWORKER, get("/api/tasks"))).andExpect(jsonPath("$[?(@.caseId == " + caseId
                + ")].taskName", hasItem("Lämna förslag till beslut")));
    }

    @Test
    void aBadSubmissionIsAnsweredInSwedishPerField_andNothingIsSaved() throws Exception {
        long caseId = registerCase(org.newPerson());
        String taskId = taskOf(caseId);
        Integer investigationsBefore = jdbc.queryForObject("select count(*) from investigation", Integer.class);

        mvc.perform(as(CASEWORKER, post("/api/tasks/" + taskId + "/complete")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("ansoktInsats", "RYMDRESA", "enskildesUppfattning", ""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Formuläret innehåller fel."))
                .andExpect(jsonPath("$.errors[?(@.field == 'ansoktInsats')].message")
                        .value(hasItem("Välj ett av de givna alternativen.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'bedomning')].message")
                        .value(hasItem("Fältet är obligatoriskt.")));

        assertThat(jdbc.queryForObject("select count(*) from investigation", Integer.class))
                .isEqualTo(investigationsBefore);
        assertThat(taskOf(caseId)).as("uppgiften står kvar").isEqualTo(taskId);
    }

    @Test
    void brokenJsonAndAnInvalidPersonnummerAreAnsweredWith400InSwedish() throws Exception {
        mvc.perform(as(CASEWORKER, post("/api/cases")).contentType(MediaType.APPLICATION_JSON).content("{\"personId\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Begäran kunde inte läsas. Kontrollera uppgifterna och försök igen."));
        mvc.perform(as(CASEWORKER, get("/api/persons").param("personnummer", "19121212-1213")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("personnummer"));
    }

    @Test
    void aCaseworkerIsRefusedAnotherUnitsClient_andTheRefusalIsAudited() throws Exception {
        PersonView person = org.newPerson();
        registerCase(person);

        mvc.perform(as("handlaggare.syd", get("/api/persons/" + person.id() + "/file")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("Du har inte behörighet till detta."));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'handlaggare.syd'"
                + " and action = 'DENIED' and person_id = ?", Integer.class, person.id())).isEqualTo(1);
    }

    @Test
    void aPersonWithoutACaseHereCannotBeReadById_andAProtectedAddressNeverLeaves() throws Exception {
        PersonView withoutCase = org.newPerson();
        mvc.perform(as(CASEWORKER, get("/api/persons/" + withoutCase.id() + "/file"))).andExpect(status().isForbidden());
        mvc.perform(as(CASEWORKER, get("/api/persons/987654321/file"))).andExpect(status().isForbidden());

        PersonView protectedPerson = org.newProtectedPerson();
        registerCase(protectedPerson);
        mvc.perform(as(CASEWORKER, get("/api/persons/" + protectedPerson.id() + "/file"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.person.protectedIdentity").value(true))
                .andExpect(jsonPath("$.person.streetAddress").doesNotExist())
                .andExpect(jsonPath("$.person.city").doesNotExist());
        mvc.perform(as(CASEWORKER, get("/api/persons").param("personnummer", protectedPerson.personnummer())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person.streetAddress").doesNotExist());
    }

    @Test
    void readingTheClientFileIsAudited() throws Exception {
        PersonView person = org.newPerson();
        registerCase(person);

        mvc.perform(as(CASEWORKER, get("/api/persons/" + person.id() + "/file"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[0].activeSteps[0]").value("Utreda behov"));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'READ'"
                + " and resource = 'klientakt' and person_id = ?", Integer.class, CASEWORKER, person.id()))
                .isEqualTo(1);
    }

    @Test
    void theAuditChainDetectsATamperedRow() throws Exception {
        registerCase(org.newPerson());
        mvc.perform(as("revisor", get("/api/audit/verify"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        Long victim = jdbc.queryForObject("select max(id) from audit_entry where action = 'CREATE'", Long.class);

        jdbc.update("update audit_entry set reason = 'Inget att se här' where id = ?", victim);

        mvc.perform(as("revisor", get("/api/audit/verify"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBadEntryId").value(victim));
        mvc.perform(as(CASEWORKER, get("/api/audit/verify"))).andExpect(status().isForbidden());
        jdbc.update("update audit_entry set reason = 'Ansökan registrerad' where id = ?", victim);
    }

    @Test
    void theOpenApiDescriptionIsServedToLoggedInUsers() throws Exception {
        mvc.perform(as(CASEWORKER, get("/api/openapi"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/tasks/{taskId}/complete']").exists());
        mvc.perform(get("/api/openapi")).andExpect(status().isUnauthorized());
    }

    @Test
    void aPostWithASessionButNoCsrfTokenIsRefused() throws Exception {
        // the session lives in the database (Spring Session JDBC): the browser holds only its cookie
        var session = mvc.perform(formLogin("/login").user(CASEWORKER).password(TestOrganisation.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/api/cases").cookie(session)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/cases").cookie(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
    }

    @Test
    void theStoredSessionHoldsNoPasswordHash() throws Exception {
        mvc.perform(formLogin("/login").user(CASEWORKER).password(TestOrganisation.PASSWORD));
        var stored = jdbc.queryForList("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES", byte[].class);
        assertThat(stored).as("sessions were stored").isNotEmpty();
        assertThat(stored).noneSatisfy(bytes -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .containsAnyOf("{bcrypt}", "$2a$"));
    }
}
