package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;

/** Garbage to every endpoint: always a 4xx with a Swedish title, never a 500, and nothing written. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiBadInputTest {

    private static final List<String> BODIES = List.of("", "[]", "null", "{\"x\":", "{}", "\"text\"",
            "{\"personId\":\"abc\",\"receivedDate\":\"31/12\"}", "{\"ansoktInsats\":{\"a\":1},\"bedomning\":[1,2]}",
            "{\"omfattningTimmar\":1e400,\"receivedDate\":\"2999-01-01\",\"text\":\"" + "x".repeat(9000) + "\"}");

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private String taskId;
    private long caseId;

    @BeforeEach
    void aCase() throws Exception {
        org.ensure();
        long personId = org.newPerson().id();
        String created = mvc.perform(withUser(post("/api/cases")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("personId", personId, "receivedDate", "2026-01-05",
                        "requestedService", "HEMTJANST")))).andReturn().getResponse().getContentAsString();
        caseId = json.readTree(created).get("id").asLong();
        for (var t : json.readTree(mvc.perform(withUser(get("/api/tasks"))).andReturn().getResponse()
                .getContentAsString())) {
            if (t.get("caseId").asLong() == caseId) {
                taskId = t.get("taskId").asText();
            }
        }
    }

    private static MockHttpServletRequestBuilder withUser(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("handlaggare.norr", TestOrganisation.PASSWORD));
    }

    @Test
    void everyWritingEndpointAnswersGarbageWithA4xxAndWritesNothing() throws Exception {
        List<MockHttpServletRequestBuilder> targets = List.of(post("/api/cases"),
                post("/api/tasks/" + taskId + "/complete"),
                post("/api/cases/" + caseId + "/journal"), post("/api/decisions/1/appeals"),
                post("/api/tasks/nonexistent/complete"), post("/api/cases/abc/journal"));
        long writesBefore = rowCount();
        for (MockHttpServletRequestBuilder target : targets) {
            for (String body : BODIES) {
                MvcResult result = mvc.perform(withUser(target).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn();
                int status = result.getResponse().getStatus();
                String answer = result.getResponse().getContentAsString();
                assertThat(status).as("%s %s", result.getRequest().getRequestURI(), body).isBetween(400, 499);
                assertThat(json.readTree(answer).get("title").asText()).doesNotContain("Exception").isNotBlank();
            }
        }
        assertThat(rowCount()).as("inga skrivningar").isEqualTo(writesBefore);
    }

    @Test
    void aDraftMustBeAJsonObject() throws Exception {
        for (String body : List.of("", "[]", "null", "{\"x\":", "\"text\"")) {
            int status = mvc.perform(withUser(put("/api/tasks/" + taskId + "/draft"))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            assertThat(status).as(body).isEqualTo(400);
        }
        assertThat(jdbc.queryForObject("select count(*) from form_draft where task_id = ?", Long.class, taskId))
                .isZero();
    }

    @Test
    void aDraftKeepsOnlyTheFormsOwnFields() throws Exception {
        mvc.perform(withUser(put("/api/tasks/" + taskId + "/draft")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bedomning\":\"Påbörjad bedömning\",\"hemligt\":\"något annat\"}"));

        var data = json.readTree(mvc.perform(withUser(get("/api/tasks/" + taskId + "/form"))).andReturn()
                .getResponse().getContentAsString()).get("data");
        assertThat(data.get("bedomning").asText()).isEqualTo("Påbörjad bedömning");
        assertThat(data.has("hemligt")).isFalse();
    }

    @Test
    void badPathsAndParametersAreAnsweredWith4xx() throws Exception {
        for (String path : List.of("/api/persons/abc/file", "/api/persons/999999/file", "/api/documents/999999",
                "/api/tasks/nonexistent/form", "/api/persons", "/api/persons?personnummer=", "/api/nothing")) {
            int status = mvc.perform(withUser(get(path))).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isBetween(400, 499);
        }
    }

    private long rowCount() {
        return jdbc.queryForObject("select (select count(*) from kasus_case) + (select count(*) from investigation)"
                + " + (select count(*) from journal_entry) + (select count(*) from appeal)"
                + " + (select count(*) from form_draft)", Long.class);
    }
}
