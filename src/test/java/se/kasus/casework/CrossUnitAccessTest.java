package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.registry.PersonView;

/**
 * Sekretess between units (OSL 26 kap. 1 §): another unit's cases are read only after a recorded menprövning, for a
 * limited time, read-only, as an audit event of its own that the log review shows.
 */
@AutoConfigureMockMvc
class CrossUnitAccessTest extends ProcessTestBase {

    static final String SYD = "handlaggare.syd";
    static final String REASON = "Ansökan om hemtjänst i Syd; behöver veta beviljade insatser i Norr för samordning.";

    @Autowired ClientFileService clientFiles;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    @Test
    void anotherUnitsFileOpensOnlyAfterAMenprovning_whichIsLoggedAndShowsInTheLogReview() throws Exception {
        PersonView person = org.newPerson();
        long norrCase = caseIn(HANDLAGGARE, person);
        mvc.perform(file(person).with(basic(SYD))).andExpect(status().isForbidden());

        mvc.perform(post("/api/persons/" + person.id() + "/menprovningar").with(basic(SYD))
                .contentType(MediaType.APPLICATION_JSON).content(body("norr", REASON)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitId").value("norr"));

        mvc.perform(file(person).with(basic(SYD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[0].caseView.id").value(norrCase));
        assertThat(auditReasons(person, "CROSS_UNIT_ACCESS")).singleElement().asString()
                .contains("enhet norr", REASON);
        assertThat(auditReasons(person, "READ")).anySatisfy(r -> assertThat(r).contains("efter menprövning, enhet norr"));
        mvc.perform(get("/api/audit/persons").param("personnummer", person.personnummer()).with(basic("revisor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("CROSS_UNIT_ACCESS")));
    }

    @Test
    void theGrantIsForReadingOnly_andRunsOut() throws Exception {
        PersonView person = org.newPerson();
        long norrCase = caseIn(HANDLAGGARE, person);
        org.as(SYD, () -> clientFiles.requestCrossUnitAccess(person.id(), "norr", REASON));

        mvc.perform(post("/api/cases/" + norrCase + "/journal").with(basic(SYD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Skrivet från Syd.\"}")).andExpect(status().isForbidden());
        String taskId = task(norrCase, "Task_Utreda").id();
        mvc.perform(post("/api/tasks/" + taskId + "/claim").with(basic(SYD))).andExpect(status().isForbidden());

        assertThat(org.as(SYD, () -> clientFiles.open(person.id(), null)).cases()).hasSize(1);
        moveClock(Duration.ofHours(8).plusMinutes(1));
        assertThatThrownBy(() -> org.as(SYD, () -> clientFiles.open(person.id(), null)))
                .as("the menprövning has run out").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMenprovningNeedsAReason_aUnitThatHoldsACase_andTheRightToReadFiles() throws Exception {
        PersonView person = org.newPerson();
        caseIn(HANDLAGGARE, person);
        long grantsBefore = grants();

        mvc.perform(post("/api/persons/" + person.id() + "/menprovningar").with(basic(SYD))
                .contentType(MediaType.APPLICATION_JSON).content(body("norr", "behövs")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Skriv skälet till menprövningen")));
        mvc.perform(post("/api/persons/" + person.id() + "/menprovningar").with(basic(SYD))
                .contentType(MediaType.APPLICATION_JSON).content(body("syd", REASON)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/persons/" + person.id() + "/menprovningar").with(basic(SYD))
                .contentType(MediaType.APPLICATION_JSON).content(body("hemtjanst-norr", REASON)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/persons/" + person.id() + "/menprovningar").with(basic("revisor"))
                .contentType(MediaType.APPLICATION_JSON).content(body("norr", REASON)))
                .andExpect(status().isForbidden());
        assertThat(grants()).as("nothing granted").isEqualTo(grantsBefore);
    }

    @Test
    void thePagesTakeTheMenprovning_andOpenTheFile() throws Exception {
        PersonView person = org.newPerson();
        caseIn(HANDLAGGARE, person);

        mvc.perform(post("/socialregister").with(page(SYD)).with(csrf()).param("personnummer", person.personnummer())
                .param("andamal", "Ny ansökan i Syd")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/personer/" + person.id() + "/menprovning?enhet=norr")));
        mvc.perform(post("/personer/" + person.id() + "/menprovning").param("enhet", "norr").param("reason", "")
                .with(page(SYD)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv skälet till menprövningen")));
        mvc.perform(post("/personer/" + person.id() + "/menprovning").param("enhet", "norr").param("reason", REASON)
                .with(page(SYD)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/personer/" + person.id()).with(page(SYD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ÄO-")));
    }

    private long caseIn(String caseworker, PersonView person) {
        return org.as(caseworker, () -> intake.registerApplication(new NewApplication(person.id(), today(),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder file(PersonView person) {
        return get("/api/persons/" + person.id() + "/file");
    }

    private String body(String unitId, String reason) throws Exception {
        return json.writeValueAsString(Map.of("unitId", unitId, "reason", reason));
    }

    private java.util.List<String> auditReasons(PersonView person, String action) {
        return jdbc.queryForList("SELECT reason FROM audit_entry WHERE person_id = ? AND action = ? AND actor = ?",
                String.class, person.id(), action, SYD);
    }

    private long grants() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cross_unit_access", Long.class);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor page(String user) {
        return user(users.loadUserByUsername(user));
    }
}
