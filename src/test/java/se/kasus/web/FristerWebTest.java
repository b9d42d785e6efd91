package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonView;

/** The deadline view over HTTP: the JSON API and the page, their access rules and their answers to bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FristerWebTest {

    private static final String NORR = "handlaggare.norr";

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService userDetailsService;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired Workflow workflow;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private static long caseId;
    private static String personName;

    /** One norr case waiting for the party's answer: a running svarsfrist. */
    @BeforeEach
    void aNorrCaseWithARunningSvarsfrist() {
        org.ensure();
        if (caseId != 0) {
            return;
        }
        PersonView person = org.newPerson();
        personName = person.fullName();
        caseId = org.as(NORR, () -> intake.registerApplication(new NewApplication(person.id(), LocalDate.now(),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
        complete("Task_Utreda", Map.of("ansoktInsats", "HEMTJANST", "behovPersonligOmvardnad", "Stöd vid dusch.",
                "enskildesUppfattning", "Vill bo kvar hemma.", "bedomning", "Kan tillgodoses på annat sätt.",
                "behoverKomplettering", false));
        complete("Task_ForslagTillBeslut", Map.of("utfall", "AVSLAG", "insatstyp", "HEMTJANST", "motivering",
                "Behovet kan tillgodoses på annat sätt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
        complete("Task_Kommunicera", Map.of("kommuniceratDatum", LocalDate.now().toString(),
                "kommunikationssatt", "BREV"));
    }

    private void complete(String taskKey, Map<String, Object> values) {
        String taskId = workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow().id();
        org.as(NORR, () -> work.complete(taskId, new HashMap<>(values)));
    }

    @Test
    void theApiListsTheUnitsDeadlinesAsJsonWithSwedishLabels() throws Exception {
        JsonNode body = json.readTree(mvc.perform(get("/api/frister").with(httpBasic(NORR, TestOrganisation.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString());

        JsonNode row = rowOf(body, caseId);
        assertThat(row).as("svarsfristen för ärende %s", caseId).isNotNull();
        assertThat(row.get("kind").asText()).isEqualTo("KOMMUNICERING_SVARSFRIST");
        assertThat(row.get("label").asText()).isEqualTo("Svarsfrist vid kommunicering");
        assertThat(row.get("law").asText()).isEqualTo("FL (2017:900) 25 §");
        assertThat(row.get("personName").asText()).isEqualTo(personName);
        assertThat(row.get("daysLeft").asLong()).isBetween(13L, 17L);
        assertThat(row.get("overdue").asBoolean()).isFalse();
        assertThat(row.toString()).doesNotContain("streetAddress").doesNotContain("personnummer");
        assertThat(body.get("unitId").asText()).isEqualTo("norr");
        assertThat(body.get("counts").toString()).contains("Svarsfrist vid kommunicering");
    }

    @Test
    void theFilterShowsOneKindAndABadFilterIsA400InSwedish() throws Exception {
        mvc.perform(get("/api/frister").param("kind", "OVERKLAGANDETID").with(httpBasic(NORR, TestOrganisation.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("OVERKLAGANDETID"))
                .andExpect(jsonPath("$.frister[?(@.kind != 'OVERKLAGANDETID')]").isEmpty());
        mvc.perform(get("/api/frister").param("kind", "PAHITTAD").with(httpBasic(NORR, TestOrganisation.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value(startsWith("Okänd typ av frist: PAHITTAD")));
        mvc.perform(get("/frister").param("typ", "PAHITTAD").with(as(NORR))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Okänd typ av frist")));
    }

    @Test
    void anotherUnitDoesNotSeeTheCase() throws Exception {
        JsonNode body = json.readTree(mvc.perform(get("/api/frister").with(httpBasic("handlaggare.syd",
                TestOrganisation.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(rowOf(body, caseId)).isNull();
        assertThat(body.get("unitId").asText()).isEqualTo("syd");
        String page = mvc.perform(get("/frister").with(as("chef.syd"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain(personName);
    }

    @ParameterizedTest
    @ValueSource(strings = { "revisor", "admin", "utforare" })
    void rolesWithoutThePermissionAreRefusedAndTheRefusalIsLogged(String user) throws Exception {
        int refusals = refusals(user);
        mvc.perform(get("/api/frister").with(httpBasic(user, TestOrganisation.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/frister").with(as(user))).andExpect(status().isForbidden());
        assertThat(refusals(user)).isEqualTo(refusals + 2);
        String home = mvc.perform(get("/").with(as(user))).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/frister\"");
    }

    @Test
    void thePageShowsTheDeadlineInTheMenuAndLinksToTheClientFile() throws Exception {
        String page = mvc.perform(get("/frister").with(as(NORR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<h1>Frister</h1>").contains("href=\"/frister\"").contains(personName)
                .contains("Svarsfrist vid kommunicering").contains("FL (2017:900) 25 §")
                .contains("data-case-id=\"" + caseId + "\"").contains("Handläggare (grupp)");
        assertThat(page).containsPattern("href=\"/personer/[0-9]+\"");
    }

    @Test
    void theApiIsDocumented() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/api/openapi").with(httpBasic(NORR, TestOrganisation.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("paths");
        assertThat(paths.has("/api/frister")).isTrue();
        assertThat(paths.get("/api/frister").get("get").get("summary").asText()).contains("frister");
    }

    private int refusals(String user) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'DENIED'"
                + " and resource = 'fristbevakning'", Integer.class, user);
    }

    private static JsonNode rowOf(JsonNode body, long caseId) {
        for (JsonNode row : body.get("frister")) {
            if (row.get("caseId").asLong() == caseId) {
                return row;
            }
        }
        return null;
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

}
