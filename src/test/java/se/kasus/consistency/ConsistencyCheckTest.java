package se.kasus.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;

/**
 * The konsistenskontroll on good data and on each kind of planted mismatch, through its endpoint; and who may run
 * it. A context of its own (the property below), so that no other test's data is in the database it checks.
 */
@SpringBootTest(properties = "kasus.test.context=consistency")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConsistencyCheckTest {

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private long caseId;

    @BeforeEach
    void anOpenCaseWithItsProcess() throws Exception {
        org.ensure();
        long personId = org.newPerson().id();
        String created = mvc.perform(post("/api/cases").with(httpBasic("handlaggare.norr", TestOrganisation.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("personId", personId,
                        "receivedDate", "2026-01-05", "requestedService", "HEMTJANST"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = json.readTree(created).get("id").asLong();
    }

    @AfterEach
    void noPlantedMismatchIsLeft() throws Exception {
        assertThat(report("revisor").get("mismatches")).isEmpty();
    }

    @Test
    void goodDataHasNoMismatch() throws Exception {
        JsonNode report = report("revisor");
        assertThat(report.get("mismatches")).isEmpty();
        assertThat(report.get("cases").asLong()).isPositive();
        assertThat(report.get("runningRootInstances").asLong()).isEqualTo(report.get("cases").asLong());
    }

    @Test
    void aClosedCaseWhoseProcessRunsIsReported() throws Exception {
        jdbc.update("update kasus_case set status = 'CLOSED' where id = ?", caseId);
        try {
            assertThat(mismatches()).containsExactly("CLOSED_CASE_WITH_PROCESS ärende " + caseId);
        } finally {
            jdbc.update("update kasus_case set status = 'OPEN' where id = ?", caseId);
        }
    }

    @Test
    void anOpenCaseWithoutProcessAndAProcessWithoutCaseAreReported() throws Exception {
        jdbc.update("update ACT_RU_EXECUTION set BUSINESS_KEY_ = '999999999' where BUSINESS_KEY_ = ?",
                String.valueOf(caseId));
        try {
            List<String> found = mismatches();
            assertThat(found).hasSize(2).contains("OPEN_CASE_WITHOUT_ONE_PROCESS ärende " + caseId);
            assertThat(found).anyMatch(m -> m.startsWith("PROCESS_WITHOUT_CASE process "));
        } finally {
            jdbc.update("update ACT_RU_EXECUTION set BUSINESS_KEY_ = ? where BUSINESS_KEY_ = '999999999'",
                    String.valueOf(caseId));
        }
    }

    @Test
    void aStepRecordWithoutItsCompletedTaskIsReported() throws Exception {
        jdbc.update("""
                insert into investigation (case_id, requested_service, own_view, assessment, supplement_needed,
                    completed_by, completed_at) values (?, 'HEMTJANST', 'Planterad', 'Planterad', false, 'ingen',
                    current_timestamp)""", caseId);
        try {
            assertThat(mismatches()).containsExactly("RECORD_WITHOUT_TASK ärende " + caseId);
        } finally {
            jdbc.update("delete from investigation where case_id = ? and completed_by = 'ingen'", caseId);
        }
    }

    @Test
    void onlyTheRevisorAndTheSystemforvaltareMayRunItAndEachRunIsLogged() throws Exception {
        int before = logged();
        mvc.perform(get("/api/konsistens").with(httpBasic("revisor", TestOrganisation.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/konsistens").with(httpBasic("admin", TestOrganisation.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(logged()).isEqualTo(before + 2);
        for (String user : List.of("handlaggare.norr", "chef.norr", "utforare", "samordnare.ab")) {
            mvc.perform(get("/api/konsistens").with(httpBasic(user, TestOrganisation.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/konsistens")).andExpect(status().isUnauthorized());
        assertThat(logged()).isEqualTo(before + 2);
    }

    private int logged() {
        return jdbc.queryForObject("select count(*) from audit_entry where resource = 'konsistenskontroll' "
                + "and action = 'VERIFY'", Integer.class);
    }

    private List<String> mismatches() throws Exception {
        List<String> found = new java.util.ArrayList<>();
        for (JsonNode m : report("admin").get("mismatches")) {
            found.add(m.get("kind").asText() + " " + m.get("subject").asText());
        }
        return found;
    }

    private JsonNode report(String user) throws Exception {
        return json.readTree(mvc.perform(get("/api/konsistens").with(httpBasic(user, TestOrganisation.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
