package se.kasus.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.registry.PersonView;

/** The fee API under /api/avgifter and the fee pages over real HTTP (MockMvc), with the real security chain. */
class FeeWebTest extends FeeTestBase {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService users;

    @Test
    void theApiRegistersCalculatesDecidesAndRuns() throws Exception {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        MockHttpServletResponse created = send("handlaggare.norr", post("/api/avgifter/personer/" + client.id()
                + "/underlag"), Map.of("fromMonth", "2026-01", "household", "ENSAMSTAENDE", "incomePension",
                "16000.00", "incomeBostadstillagg", "0", "incomeOther", "0", "housingCost", "6500"));
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode calc = body(send("handlaggare.norr", get("/api/avgifter/personer/" + client.id()
                + "/berakning?manad=2026-03"), null));
        assertThat(calc.get("amounts").get("fee").decimalValue()).isEqualByComparingTo("2204.00");
        MockHttpServletResponse decided = send("handlaggare.norr", post("/api/avgifter/personer/" + client.id()
                + "/beslut"), Map.of("manad", "2026-03", "motivering", ""));
        assertThat(decided.getStatus()).isEqualTo(201);
        long decisionId = body(decided).get("id").asLong();
        MockHttpServletResponse pdf = send("handlaggare.norr", get("/api/avgifter/beslut/" + decisionId + "/brev"), null);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        MockHttpServletResponse run = send(CHEF, post("/api/avgifter/korningar/2026-02"), null);
        assertThat(run.getStatus()).isEqualTo(200);
        assertThat(body(run).get("rows").toString()).contains(client.personnummer());
        MockHttpServletResponse export = send(CHEF, post("/api/avgifter/korningar/2026-02/export"), null);
        assertThat(export.getContentType()).startsWith("text/csv");
        assertThat(export.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(client.personnummer() + ";Test Person;2026-02;AVGIFT;2026-02;2204,00");
        assertThat(body(send(CHEF, post("/api/avgifter/korningar/2026-02"), null)).get("title").asText())
                .contains("exporterad");
    }

    @Test
    void badInputGetsA400InSwedishAndNothingIsWritten() throws Exception {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        String url = "/api/avgifter/personer/" + client.id() + "/underlag";
        Map<String, Object> negative = Map.of("fromMonth", "2026-01", "household", "ENSAMSTAENDE", "incomePension",
                "-5", "incomeBostadstillagg", "0", "incomeOther", "0", "housingCost", "6500");
        JsonNode answer = expect(400, send("handlaggare.norr", post(url), negative));
        assertThat(answer.get("title").asText()).isEqualTo("Avgiftsunderlaget innehåller fel.");
        assertThat(answer.get("errors").get(0).get("message").asText()).isEqualTo("Beloppet får inte vara negativt.");
        Map<String, Object> noTable = Map.of("fromMonth", "2023-01", "household", "ENSAMSTAENDE", "incomePension",
                "1", "incomeBostadstillagg", "0", "incomeOther", "0", "housingCost", "0");
        assertThat(expect(400, send("handlaggare.norr", post(url), noTable)).get("errors").get(0).get("message")
                .asText()).isEqualTo("Det finns ingen avgiftstabell för 2023-01.");
        assertThat(expect(400, send("handlaggare.norr", post("/api/avgifter/personer/987654321/underlag"), noTable))
                .get("title").asText()).isEqualTo("Personen finns inte i personregistret.");
        assertThat(expect(400, send("handlaggare.norr", get("/api/avgifter/personer/" + client.id()
                + "/berakning?manad=2026-13"), null)).get("title").asText()).startsWith("Månaden ska skrivas");
        expect(400, send("handlaggare.norr", post(url), "{\"household\":\"GIFT\"}"));
        expect(400, send("handlaggare.norr", post(url), "{\"fromMonth\":\"mars\"}"));
        expect(400, send(CHEF, post("/api/avgifter/korningar/2023-02"), null));
        assertThat(count("select count(*) from fee_basis where person_id = ?", client.id())).isZero();
        assertThat(count("select count(*) from fee_run where fee_month = ?", LocalDate.of(2023, 2, 1))).isZero();
    }

    @Test
    void everyEndpointRefusesRolesWithoutTheRightAndOtherUnits() throws Exception {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        single(client, java.time.YearMonth.of(2026, 1), "16000.00", "6500.00");
        String person = "/api/avgifter/personer/" + client.id();
        Map<String, Object> basis = Map.of("fromMonth", "2026-02", "household", "ENSAMSTAENDE", "incomePension",
                "1", "incomeBostadstillagg", "0", "incomeOther", "0", "housingCost", "0");
        for (String who : new String[] {"handlaggare.syd", "revisor", "utforare", "admin"}) {
            expect(403, send(who, get(person + "?manad=2026-03"), null));
            expect(403, send(who, get(person + "/berakning?manad=2026-03"), null));
            expect(403, send(who, post(person + "/underlag"), basis));
            expect(403, send(who, post(person + "/beslut"), Map.of("manad", "2026-03")));
            // handlaggare.syd may read syd's run, which is not norr's: none exists for syd
            expect(who.equals("handlaggare.syd") ? 404 : 403, send(who, get("/api/avgifter/korningar/2026-03"), null));
            expect(403, send(who, get("/avgifter/personer/" + client.id()), null));
        }
        for (String who : new String[] {"handlaggare.norr", "revisor", "admin"}) {
            expect(403, send(who, post("/api/avgifter/korningar/2026-03"), null));
            expect(403, send(who, post("/api/avgifter/korningar/2026-03/export"), null));
        }
        expect(403, send(CHEF, post(person + "/underlag"), basis));
        assertThat(count("select count(*) from fee_basis where person_id = ?", client.id())).isEqualTo(1);
        assertThat(count("select count(*) from fee_run where fee_month = ?", LocalDate.of(2026, 3, 1))).isZero();
    }

    @Test
    void theFeePageShowsTheCalculationAndItsFormRejectsBadAmounts() throws Exception {
        PersonView client = clientWithHemtjanst(12, LocalDate.of(2026, 1, 1));
        String page = "/avgifter/personer/" + client.id();
        MockHttpServletResponse bad = mvc.perform(post(page + "/underlag").with(as("handlaggare.norr")).with(csrf())
                .param("fromMonth", "2026-01").param("household", "ENSAMSTAENDE").param("incomePension", "abc")
                .param("housingCost", "6 500,00")).andReturn().getResponse();
        assertThat(bad.getContentAsString()).contains("Ange ett belopp i kronor, till exempel 1 234,50.")
                .contains("field--error");
        assertThat(count("select count(*) from fee_basis where person_id = ?", client.id())).isZero();
        MockHttpServletResponse good = mvc.perform(post(page + "/underlag").with(as("handlaggare.norr")).with(csrf())
                .param("fromMonth", "2026-01").param("household", "ENSAMSTAENDE").param("incomePension", "16 000,00")
                .param("incomeBostadstillagg", "0").param("incomeOther", "0").param("housingCost", "6 500,00"))
                .andReturn().getResponse();
        assertThat(good.getStatus()).isEqualTo(302);
        String shown = mvc.perform(get(page + "?manad=2026-03").with(as("handlaggare.norr"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(shown).contains("Förbehållsbelopp").contains("2\u00a0204,00 kr").doesNotContain("<script>");
        assertThat(mvc.perform(get("/personer/" + client.id()).with(as("handlaggare.norr"))).andReturn().getResponse()
                .getContentAsString()).contains("/avgifter/personer/" + client.id());
        MockHttpServletResponse runPage = mvc.perform(get("/avgifter/korning?manad=2026-03").with(as(CHEF)))
                .andReturn().getResponse();
        assertThat(runPage.getStatus()).isEqualTo(200);
        assertThat(runPage.getContentAsString()).contains("Avgiftskörning 2026-03");
        assertThat(mvc.perform(get("/avgifter/korning").with(as("revisor"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletResponse send(String who, MockHttpServletRequestBuilder request, Object content)
            throws Exception {
        request.with(as(who)).with(csrf());
        if (content != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(content instanceof String s ? s : json.writeValueAsString(content));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String who) {
        return user(users.loadUserByUsername(who));
    }

    private JsonNode expect(int status, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        boolean isJson = response.getContentType() != null && response.getContentType().contains("json");
        return isJson ? body(response) : null;
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
