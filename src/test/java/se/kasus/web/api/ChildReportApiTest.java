package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;


import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.TestPersonnummer;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/** POST /api/orosanmalningar over real HTTP (MockMvc): cases per child, Swedish 4xx on bad input, access and audit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChildReportApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger(50);

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired PersonService persons;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @Test
    void aSchoolsReportAboutTwoSiblings_opensOneCasePerChild_andIsAudited() throws Exception {
        PersonView first = person(LocalDate.now().minusYears(7));
        PersonView second = person(LocalDate.now().minusYears(12));
        long auditBefore = count("audit_entry");

        MvcResult result = post("handlaggare.norr", body(List.of(first.id(), second.id())));

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode cases = json.readTree(result.getResponse().getContentAsString());
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).get("caseType").asText()).isEqualTo("BARN_UNGA");
        assertThat(cases.get(0).get("unitId").asText()).isEqualTo("norr");
        assertThat(jdbc.queryForObject("select channel from child_report order by id desc limit 1", String.class))
                .isEqualTo("API");
        assertThat(jdbc.queryForObject("select count(*) from child_report_case where person_id in (?, ?)",
                Integer.class, first.id(), second.id())).isEqualTo(2);
        assertThat(count("audit_entry") - auditBefore).isGreaterThanOrEqualTo(2);
        for (JsonNode c : cases) {
            assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on "
                    + "t.PROC_INST_ID_ = e.ID_ where e.BUSINESS_KEY_ = ? and t.TASK_DEF_KEY_ = 'Task_Skyddsbedomning'",
                    Integer.class, c.get("id").asText())).isEqualTo(1);
        }
    }

    @Test
    void badInput_isA400WithASwedishFieldMessage_andNothingIsWritten() throws Exception {
        PersonView adult = person(LocalDate.now().minusYears(18));
        PersonView child = person(LocalDate.now().minusYears(5));
        Map<String, Object> missingDescription = body(List.of(child.id()));
        missingDescription.remove("description");
        Map<String, Object> missingChildren = body(List.of());
        Map<String, Object> missingReporterOrganisation = body(List.of(child.id()));
        missingReporterOrganisation.remove("reporterOrganisation");
        Map<String, Object> future = body(List.of(child.id()));
        future.put("receivedAt", OffsetDateTime.now().plusDays(2).toString());
        Map<String, Object> unknownKind = body(List.of(child.id()));
        unknownKind.put("reporterKind", "GRANNE");

        assertRejected(body(List.of(adult.id())), "childIds", "inte under 18 år");
        assertRejected(body(List.of(child.id(), adult.id())), "childIds", "inte under 18 år");
        assertRejected(body(List.of(999_999_999L)), "childIds", "Det finns ingen person");
        assertRejected(missingDescription, "description", "Beskriv vad anmälan gäller");
        assertRejected(missingChildren, "childIds", "minst ett barn");
        assertRejected(missingReporterOrganisation, "reporterOrganisation", "anmälningsskyldig");
        assertRejected(future, "receivedAt", "framtiden");
        MvcResult garbage = post("handlaggare.norr", unknownKind);
        assertThat(garbage.getResponse().getStatus()).isEqualTo(400);
        assertThat(json.readTree(garbage.getResponse().getContentAsString()).get("title").asText())
                .contains("kunde inte läsas");
    }

    @Test
    void usersWithoutCaseCreate_areRefused_andAnotherUnitsCaseworkerOpensTheCaseInTheirOwnUnit() throws Exception {
        PersonView child = person(LocalDate.now().minusYears(10));
        long reportsBefore = count("child_report");
        for (String user : List.of("revisor", "utforare", "chef.norr")) {
            assertThat(post(user, body(List.of(child.id()))).getResponse().getStatus()).as(user).isEqualTo(403);
        }
        assertThat(count("child_report")).isEqualTo(reportsBefore);
        assertThat(mvc.perform(MockMvcRequestBuilders
                .post("/api/orosanmalningar").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body(List.of(child.id()))))).andReturn().getResponse().getStatus())
                .as("utan inloggning").isIn(401, 403);

        MvcResult syd = post("handlaggare.syd", body(List.of(child.id())));
        assertThat(syd.getResponse().getStatus()).isEqualTo(201);
        assertThat(json.readTree(syd.getResponse().getContentAsString()).get(0).get("unitId").asText())
                .isEqualTo("syd");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'revisor' and action = "
                + "'DENIED' and resource = 'orosanmälan'", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    private void assertRejected(Map<String, Object> body, String field, String message) throws Exception {
        long reports = count("child_report");
        long cases = count("kasus_case");
        MvcResult result = post("handlaggare.norr", body);
        assertThat(result.getResponse().getStatus()).as("%s", body).isEqualTo(400);
        JsonNode answer = json.readTree(result.getResponse().getContentAsString());
        assertThat(answer.get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(answer.get("errors").get(0).get("message").asText()).contains(message);
        assertThat(count("child_report")).isEqualTo(reports);
        assertThat(count("kasus_case")).isEqualTo(cases);
    }

    private MvcResult post(String user, Map<String, Object> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders
                .post("/api/orosanmalningar").with(httpBasic(user, TestOrganisation.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    private Map<String, Object> body(List<Long> childIds) {
        return new HashMap<>(Map.of("childIds", childIds, "receivedAt",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(), "reporterKind", "SKOLA", "reporterName",
                "Rektor Rask", "reporterOrganisation", "Norrskolan", "reporterContact", "070-000 00 00",
                "description", "Eleven berättar att hon blir slagen hemma."));
    }

    /** Born on the day given; personnummer serial 9xx, unique within this test class. */
    private PersonView person(LocalDate born) {
        int n = NEXT.getAndIncrement();
        String nine = String.format("%02d%02d%02d9%02d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), n % 100);
        return persons.create(new NewPerson(born.getYear() + nine.substring(2, 6) + "-" + nine.substring(6)
                + TestPersonnummer.luhn(nine), "Barn", "Testsson", "Testgatan 1", "123 45", "Teststad", false));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
