package se.kasus.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.registry.PersonView;

/**
 * Each API endpoint against each kind of user: the unit's caseworker, another unit's caseworker, the revisor and a
 * provider. A missing or extra right changes a status here and fails the build.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiAccessRulesTest {

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired ObjectMapper json;

    private static long personId;
    private static long caseId;
    private static String taskId;

    @BeforeEach
    void aCaseInNorr() throws Exception {
        org.ensure();
        if (caseId != 0) {
            return;
        }
        PersonView person = org.newPerson();
        personId = person.id();
        String created = mvc.perform(post("/api/cases").with(httpBasic("handlaggare.norr", TestOrganisation.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("personId", personId,
                        "receivedDate", "2026-01-05", "requestedService", "HEMTJANST"))))
                .andReturn().getResponse().getContentAsString();
        caseId = json.readTree(created).get("id").asLong();
        String inbox = mvc.perform(get("/api/tasks").with(httpBasic("handlaggare.norr", TestOrganisation.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        for (var t : json.readTree(inbox)) {
            if (t.get("caseId").asLong() == caseId) {
                taskId = t.get("taskId").asText();
            }
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("GET /api/tasks", 200, 200, 403, 403),
                rule("GET /api/persons/{person}/file", 200, 403, 403, 403),
                rule("GET /api/tasks/{task}/form", 200, 403, 403, 403),
                rule("POST /api/tasks/{task}/claim", 204, 403, 403, 403),
                rule("POST /api/cases/{case}/journal", 201, 403, 403, 403),
                rule("GET /api/audit/verify", 403, 403, 200, 403),
                rule("GET /api/audit", 403, 403, 200, 403),
                rule("GET /api/cases/{case}/history", 403, 403, 200, 403),
                rule("GET /api/processes", 403, 403, 403, 403),
                // the provider API: only an utförare of a provider organisation (the test "utforare" has none)
                rule("GET /api/utforare/bestallningar", 403, 403, 403, 403));
    }

    private static Arguments rule(String endpoint, int norr, int syd, int revisor, int utforare) {
        return Arguments.of(endpoint, List.of(norr, syd, revisor, utforare));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void endpointAnswersEachUserAsTheRulesSay(String endpoint, List<Integer> expected) throws Exception {
        // The unit's own caseworker goes last, so that a claim that succeeds cannot change what the others get.
        List<String> users = List.of("handlaggare.syd", "revisor", "utforare", "handlaggare.norr");
        List<Integer> order = List.of(expected.get(1), expected.get(2), expected.get(3), expected.get(0));
        for (int i = 0; i < users.size(); i++) {
            mvc.perform(request(endpoint).with(httpBasic(users.get(i), TestOrganisation.PASSWORD)))
                    .andExpect(status().is(order.get(i)));
        }
    }

    private MockHttpServletRequestBuilder request(String endpoint) {
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{person}", String.valueOf(personId)).replace("{case}", String.valueOf(caseId))
                .replace("{task}", taskId);
        if (parts[0].equals("GET")) {
            return get(path);
        }
        return post(path).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Anteckning.\"}");
    }
}
