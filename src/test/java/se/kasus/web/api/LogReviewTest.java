package se.kasus.web.api;

import static se.kasus.web.TestResponses.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.PersonView;

/**
 * Log review: the client's own extract (who read my data, when, why) as a PDF, and the month's random-sample review
 * for the system owner; both logged, both for those who may read the log only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LogReviewTest {

    static final String REVISOR = "revisor";
    static final String NORR = "handlaggare.norr";

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired ClientFileService clientFiles;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @BeforeEach
    void organisation() {
        org.ensure();
    }

    @Test
    void theClientsExtractSaysWhoReadTheirData_whenAndWhy_withoutTheAddress_andIsLogged() throws Exception {
        PersonView client = org.newProtectedPerson();
        clientWithCase(client);
        org.as(NORR, () -> clientFiles.open(client.id(), "Planering av hembesök"));

        byte[] pdf = mvc.perform(get("/api/audit/persons/" + client.id() + "/client-extract").with(basic(REVISOR)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = squeezed(pdfText(pdf));
        assertThat(text).contains(squeezed("Loggutdrag: vem har tagit del av dina uppgifter"),
                squeezed("Test handlaggare.norr, Handläggare"), squeezed("Äldreomsorg Norr"),
                squeezed("Läste personakten"), squeezed("Planering av hembesök"), squeezed(client.personnummer()))
                .doesNotContain(squeezed("Hemliga vägen"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'EXPORT'"
                + " AND person_id = ? AND reason LIKE 'Loggutdrag till den enskilde%'", Long.class, REVISOR,
                client.id())).isEqualTo(1);
        mvc.perform(get("/logg/person/" + client.id() + "/klientutdrag").with(user(users.loadUserByUsername(REVISOR))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void theMonthlySampleDrawsReadsOfClientData_reproducibly_listsMenprovningarAndRefusals_andIsLogged()
            throws Exception {
        // A finished month: its entries no longer change, so the same review draws the same sample.
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        ClockUtil.setCurrentTime(Date.from(last.atDay(10).atTime(10, 0).atZone(clock.getZone()).toInstant()));
        try {
            logAMonth();
        } finally {
            ClockUtil.reset();
        }
        String month = last.toString();

        JsonNode first = sample(month, 8);
        JsonNode again = sample(month, 8);

        assertThat(first.get("sample")).hasSize(8);
        assertThat(ids(first.get("sample"))).isEqualTo(ids(again.get("sample")));
        first.get("sample").forEach(e -> {
            assertThat(e.get("action").asText()).isEqualTo("READ");
            assertThat(e.get("personId").isNull()).isFalse();
        });
        assertThat(first.get("crossUnit").toString()).contains("Samordning av insatser");
        assertThat(first.get("denied").toString()).contains("handlaggare.syd");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'READ'"
                + " AND resource = 'logg/stickprov'", Long.class, REVISOR)).isGreaterThanOrEqualTo(2);

        String pdf = squeezed(pdfText(mvc.perform(get("/api/audit/sample/pdf").param("month", month)
                .param("size", "8").with(basic(REVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()));
        assertThat(pdf).contains(squeezed("Stickprovsgranskning av loggen " + month), squeezed("Menprövning"),
                squeezed("Befogad?"));
        mvc.perform(get("/logg/stickprov").param("manad", month).with(user(users.loadUserByUsername(REVISOR))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Urval av läsningar")));
    }

    @Test
    void badMonthsAndSizesAreSwedish400s_andOnlyTheLogReaderMayReview() throws Exception {
        String next = YearMonth.now(clock).plusMonths(1).toString();
        mvc.perform(get("/api/audit/sample").param("month", next).with(basic(REVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/sample").param("month", "2026-13").with(basic(REVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/sample").param("month", YearMonth.now(clock).toString()).param("size", "0")
                .with(basic(REVISOR))).andExpect(status().isBadRequest());
        for (String refused : List.of(NORR, "chef.norr", "admin", "utforare.norr")) {
            mvc.perform(get("/api/audit/sample").param("month", YearMonth.now(clock).toString()).with(basic(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/audit/persons/1/client-extract").with(basic(refused)))
                    .andExpect(status().isForbidden());
        }
    }

    /** Reads of twelve clients in Norr, a menprövning from Syd and a refusal, all in the clock's month. */
    private void logAMonth() {
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PersonView p = org.newPerson();
            clientWithCase(p);
            org.as(NORR, () -> clientFiles.open(p.id(), null));
            persons.add(p.id());
        }
        PersonView secret = org.newPerson();
        clientWithCase(secret);
        org.as("handlaggare.syd", () -> clientFiles.requestCrossUnitAccess(secret.id(), "norr",
                "Samordning av insatser mellan enheterna inför flytt."));
        try {
            org.as("handlaggare.syd", () -> clientFiles.open(persons.get(0), null));
        } catch (AccessDeniedException expected) {
            // the refusal is what the review must list
        }
    }

    private JsonNode sample(String month, int size) throws Exception {
        return json.readTree(mvc.perform(get("/api/audit/sample").param("month", month)
                .param("size", String.valueOf(size)).with(basic(REVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<Long> ids(JsonNode entries) {
        List<Long> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }

    private void clientWithCase(PersonView person) {
        org.as(NORR, () -> intake.registerApplication(new NewApplication(person.id(), LocalDate.now(clock),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet.")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
