package se.kasus.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import se.kasus.casework.ServiceOrders;
import se.kasus.casework.ServiceType;
import se.kasus.registry.PersonService;

/**
 * Tidrapportering over HTTP: the import (all or nothing, per-row report, idempotent), the visit rules' Swedish 4xx,
 * the phone page, provider isolation, access refusals (logged), and the frozen period.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProvisionWebTest {

    static final String PW = TestOrganisation.PASSWORD;

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired OrderFixtures fixtures;
    @Autowired UserDetailsService userDetailsService;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired PersonService persons;

    private static ServiceOrders.RunningOrder norr;
    private static ServiceOrders.RunningOrder ab;
    private static String norrName;

    @BeforeEach
    void ordersOfTwoProviders() {
        org.ensure();
        if (norr == null) {
            fixtures.setNow(LocalDate.of(2026, 9, 24), 10);
            norr = fixtures.sentOrder(TestOrganisation.HEMTJANST_NORR, ServiceType.HEMTJANST, LocalDate.of(2026, 10, 1));
            ab = fixtures.sentOrder(TestOrganisation.OMSORGEN_AB, ServiceType.HEMTJANST, LocalDate.of(2026, 10, 1));
            norrName = persons.get(norr.personId()).fullName();
        }
        fixtures.setNow(LocalDate.of(2026, 10, 20), 10);
    }

    @AfterEach
    void resetClock() {
        fixtures.reset();
    }

    @Test
    void aCsvWithBadRowsIsRefusedWholeWithARowByRowReportAndNothingIsWritten() throws Exception {
        long before = visitsOf(norr);
        String csv = ImportRow.CSV_HEADER + "\n"
                + "ext-ok-1;" + norr.orderId() + ";anna;UTFORD;2026-10-05T08:00;2026-10-05T08:30;;;;;\n"
                + "ext-bad-2;" + norr.orderId() + ";anna;UTFORD;2026-10-06T09:00;2026-10-06T08:00;;;;;\n"
                + "ext-bad-3;" + ab.orderId() + ";anna;UTFORD;2026-10-06T09:00;2026-10-06T09:30;;;;;\n"
                + "ext-bad-4;" + norr.orderId() + ";anna;UTFORD;igår;2026-10-07T09:30;;;;;\n"
                + "ext-bad-5;" + norr.orderId() + ";anna;KANSKE;2026-10-08T09:00;2026-10-08T09:30;;;;;\n"
                + "ext-ok-1;" + norr.orderId() + ";anna;UTFORD;2026-10-09T08:00;2026-10-09T08:30;;;;;\n";
        mvc.perform(post("/api/utforare/besok/import").with(httpBasic("personal.norr", PW))
                .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value(Matchers.startsWith("Importen avvisades: 5 fel")))
                .andExpect(jsonPath("$.rows[0].row").value(2)).andExpect(jsonPath("$.rows[0].field").value("slut"))
                .andExpect(jsonPath("$.rows[0].message").value("Sluttiden måste vara efter starttiden."))
                .andExpect(jsonPath("$.rows[1].row").value(3))
                .andExpect(jsonPath("$.rows[1].field").value("bestallning"))
                .andExpect(jsonPath("$.rows[1].message").value(Matchers.containsString(
                        "finns inte bland era")))
                .andExpect(jsonPath("$.rows[2].row").value(4)).andExpect(jsonPath("$.rows[2].field").value("start"))
                .andExpect(jsonPath("$.rows[3].row").value(5)).andExpect(jsonPath("$.rows[3].field").value("status"))
                .andExpect(jsonPath("$.rows[4].row").value(6))
                .andExpect(jsonPath("$.rows[4].message").value(Matchers.containsString(
                        "flera gånger")));
        assertThat(visitsOf(norr)).as("all or nothing: the good first row is not written either").isEqualTo(before);
    }

    @Test
    void reImportIsIdempotentAndAChangedRowIsRefused() throws Exception {
        List<Map<String, String>> rows = List.of(
                row("idem-1", norr, "2026-10-12T08:00", "2026-10-12T08:40"),
                row("idem-2", norr, "2026-10-12T20:00", "2026-10-12T20:20"));
        String body = json.writeValueAsString(rows);
        JsonNode first = importJson(body, 200);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        long after = visitsOf(norr);
        JsonNode again = importJson(body, 200);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(visitsOf(norr)).isEqualTo(after);
        JsonNode changed = importJson(json.writeValueAsString(List.of(
                row("idem-1", norr, "2026-10-12T08:00", "2026-10-12T08:50"))), 400);
        assertThat(changed.get("rows").get(0).get("message").asText()).contains("redan importerat med andra uppgifter");
        assertThat(visitsOf(norr)).isEqualTo(after);
    }

    @Test
    void anotherProviderCannotReportImportOrSeeTheOrder() throws Exception {
        String report = json.writeValueAsString(Map.of("bestallning", norr.orderId(), "start",
                "2026-10-13T08:00:00+02:00", "slut", "2026-10-13T08:30:00+02:00"));
        mvc.perform(post("/api/utforare/besok").with(httpBasic("personal.ab", PW))
                .contentType(MediaType.APPLICATION_JSON).content(report)).andExpect(status().isForbidden());
        mvc.perform(post("/utforare/bestallning/" + norr.orderId() + "/start").with(as("personal.ab")).with(csrf()))
                .andExpect(status().isForbidden());
        String abPage = mvc.perform(get("/utforare").with(as("personal.ab"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(abPage).doesNotContain("bestallning-" + norr.orderId()).contains("bestallning-" + ab.orderId());
        String norrPage = mvc.perform(get("/utforare").with(as("personal.norr"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(norrPage).contains(norrName).contains("bestallning-" + norr.orderId());
        mvc.perform(get("/api/ersattning/hemtjanst-norr/2026-10").with(httpBasic("samordnare.ab", PW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/ersattning/hemtjanst-norr/2026-10").with(httpBasic("samordnare.norr", PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.providerId").value("hemtjanst-norr"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'personal.ab' and action = "
                + "'DENIED' and resource like 'besok/bestallning/%'", Long.class)).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({ "handlaggare.norr,GET,/api/utforare/besok/idag", "revisor,GET,/api/utforare/besok/idag",
            "utforare,GET,/api/utforare/besok/idag", "personal.norr,GET,/api/ersattning/hemtjanst-norr/2026-10",
            "handlaggare.norr,GET,/api/ersattning/hemtjanst-norr/2026-10",
            "samordnare.norr,POST,/api/ersattning/hemtjanst-norr/2026-09/attest",
            "personal.norr,POST,/api/ersattning/hemtjanst-norr/2026-09/attest",
            "revisor,GET,/api/ersattning/hemtjanst-norr/2026-10/underlag.csv",
            "samordnare.norr,GET,/api/ersattning/hemtjanst-norr/2026-10/ekonomi.txt" })
    void rolesWithoutTheRightAreRefusedAndTheRefusalIsLogged(String username, String method, String path)
            throws Exception {
        long before = denied(username);
        var request = method.equals("GET") ? get(path) : post(path);
        mvc.perform(request.with(httpBasic(username, PW))).andExpect(status().isForbidden());
        assertThat(denied(username)).isEqualTo(before + 1);
    }

    @Test
    void writesAndPagesAreRefusedForRolesWithoutTheRight() throws Exception {
        String visit = json.writeValueAsString(Map.of("bestallning", norr.orderId(), "start",
                "2026-10-13T08:00:00+02:00", "slut", "2026-10-13T08:30:00+02:00"));
        String rows = json.writeValueAsString(List.of(row("refused-1", norr, "2026-10-13T08:00", "2026-10-13T08:30")));
        long before = denied("handlaggare.norr");
        mvc.perform(post("/api/utforare/besok").with(httpBasic("handlaggare.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(visit)).andExpect(status().isForbidden());
        mvc.perform(post("/api/utforare/besok/import").with(httpBasic("handlaggare.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(rows)).andExpect(status().isForbidden());
        mvc.perform(get("/utforare").with(as("handlaggare.norr"))).andExpect(status().isForbidden());
        assertThat(denied("handlaggare.norr")).isEqualTo(before + 3);
        mvc.perform(post("/api/ersattning/hemtjanst-norr/2026-10/avstamning").with(httpBasic("personal.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"total\": 1}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/ersattning/hemtjanst-norr/2026-10/avstamning").with(httpBasic("samordnare.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"total\": 1}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/ersattning/hemtjanst-norr/2026-10/underlag.pdf").with(httpBasic("revisor", PW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ersattning").with(as("revisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/utforare/korrigering").with(as("personal.norr"))).andExpect(status().isForbidden());
        mvc.perform(get("/ersattning/omsorgen-ab/2026-10/underlag.csv").with(as("samordnare.norr")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from visit where external_id = 'refused-1'", Long.class))
                .isZero();
    }

    @Test
    void theCoordinatorCorrectsOnThePageWithoutJavaScript() throws Exception {
        VisitView visit = org.as("personal.norr", () -> reportingVisit("2026-10-02T10:00", "2026-10-02T10:30"));
        mvc.perform(get("/utforare/besok/" + visit.id() + "/korrigera").with(as("samordnare.norr")))
                .andExpect(status().isOk());
        mvc.perform(post("/utforare/besok/" + visit.id() + "/korrigera").with(as("samordnare.norr")).with(csrf())
                .param("status", "UTFORD").param("start", "2026-10-02T10:00").param("slut", "2026-10-02T09:00")
                .param("orsak", "Fel tid.")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/utforare/besok/" + visit.id() + "/korrigera"));
        mvc.perform(post("/utforare/besok/" + visit.id() + "/korrigera").with(as("samordnare.norr")).with(csrf())
                .param("status", "UTFORD").param("start", "2026-10-02T10:00").param("slut", "2026-10-02T10:50")
                .param("orsak", "Fel sluttid.")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/utforare/korrigering?period=2026-10"));
        assertThat(jdbc.queryForObject("select count(*) from visit where replaces_id = ? and correction_reason = ?",
                Long.class, visit.id(), "Fel sluttid.")).isEqualTo(1);
    }

    @Test
    void theMunicipalityAttestsDownloadsAndReconcilesOnThePage() throws Exception {
        String page = mvc.perform(get("/ersattning").param("utforare", "hemtjanst-norr").param("period", "2026-09")
                .with(as("chef.norr"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">LÅST<").contains("Attestera perioden").doesNotContain("Fil till ekonomisystemet");
        mvc.perform(get("/ersattning/hemtjanst-norr/2026-09/ekonomi.txt").with(as("chef.norr")))
                .andExpect(status().isConflict());
        mvc.perform(post("/ersattning/hemtjanst-norr/2026-09/attest").with(as("chef.norr")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/ersattning").param("utforare", "hemtjanst-norr").param("period", "2026-09")
                .with(as("chef.norr"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ATTESTERAD, LÅST").contains("Fil till ekonomisystemet");
        String file = mvc.perform(get("/ersattning/hemtjanst-norr/2026-09/ekonomi.txt").with(as("chef.norr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(file).startsWith("H;KASUS-ERS;1;hemtjanst-norr;2026-09;chef.norr;").endsWith("T;0.00\n");
        mvc.perform(post("/ersattning/hemtjanst-norr/2026-09/attest").with(as("chef.norr")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error",
                        "Perioden 2026-09 är redan attesterad."));
        String reconciled = mvc.perform(post("/ersattning/hemtjanst-norr/2026-09/avstamning").with(as("chef.norr"))
                .with(csrf()).param("belopp", "1 250,50")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(reconciled).contains("faktura 1250.50 kr, skillnad 1250.50 kr");
    }

    @Test
    void theCoordinatorAloneCorrects() throws Exception {
        VisitView visit = org.as("personal.norr", () -> reportingVisit("2026-10-14T09:00", "2026-10-14T09:30"));
        String correction = json.writeValueAsString(Map.of("start", "2026-10-14T09:00:00+02:00", "slut",
                "2026-10-14T09:45:00+02:00", "orsak", "Fel sluttid."));
        mvc.perform(post("/api/utforare/besok/" + visit.id() + "/korrigering").with(httpBasic("personal.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(correction)).andExpect(status().isForbidden());
        mvc.perform(post("/api/utforare/besok/" + visit.id() + "/korrigering").with(httpBasic("samordnare.ab", PW))
                .contentType(MediaType.APPLICATION_JSON).content(correction)).andExpect(status().isForbidden());
        mvc.perform(post("/api/utforare/besok/" + visit.id() + "/korrigering").with(httpBasic("samordnare.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(correction)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.replacesId").value(visit.id())).andExpect(jsonPath("$.period").value("2026-10"))
                .andExpect(jsonPath("$.source").value("KORRIGERING"));
        mvc.perform(post("/api/utforare/besok/" + visit.id() + "/korrigering").with(httpBasic("samordnare.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(correction)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(
                        "redan korrigerat")));
        String page = mvc.perform(get("/utforare/korrigering").param("period", "2026-10")
                .with(as("samordnare.norr"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("ersatt av").contains("ersätter " + visit.id());
    }

    @Autowired TimeReporting reporting;

    private VisitView reportingVisit(String from, String to) {
        return reporting.report(norr.orderId(), VisitData.performed("personal.norr", MonthFlowTestBase.at(from),
                MonthFlowTestBase.at(to)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-10-15T10:00:00+02:00|2026-10-15T09:00:00+02:00|slut|Sluttiden måste vara efter starttiden.",
            "2026-10-21T10:00:00+02:00|2026-10-21T10:30:00+02:00|slut|Ett besök kan inte rapporteras i förväg.",
            "2026-09-30T10:00:00+02:00|2026-09-30T10:30:00+02:00|start|Besöket ligger utanför beställningens giltighet (2026-10-01 – tills vidare)." })
    void aBadVisitIsA400WithASwedishMessageOnItsField(String start, String stop, String field, String message)
            throws Exception {
        long before = visitsOf(norr);
        mvc.perform(post("/api/utforare/besok").with(httpBasic("personal.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("bestallning",
                        norr.orderId(), "start", start, "slut", stop))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        assertThat(visitsOf(norr)).isEqualTo(before);
    }

    @Test
    void theSameStaffCannotBeWithTheSameClientTwiceAtOnceButAVisitAcrossMidnightIsFine() throws Exception {
        String across = json.writeValueAsString(Map.of("bestallning", norr.orderId(), "start",
                "2026-10-16T23:30:00+02:00", "slut", "2026-10-17T00:20:00+02:00"));
        mvc.perform(post("/api/utforare/besok").with(httpBasic("personal2.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(across)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value("2026-10"));
        String overlapping = json.writeValueAsString(Map.of("bestallning", norr.orderId(), "start",
                "2026-10-17T00:00:00+02:00", "slut", "2026-10-17T00:30:00+02:00"));
        mvc.perform(post("/api/utforare/besok").with(httpBasic("personal2.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(overlapping)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Besöket överlappar ett annat besök av samma personal hos samma kund."));
        mvc.perform(post("/api/utforare/besok").with(httpBasic("personal.norr", PW))
                .contentType(MediaType.APPLICATION_JSON).content(overlapping)).andExpect(status().isCreated());
    }

    @Test
    void thePhonePageStartsAndStopsAVisitWithoutJavaScript() throws Exception {
        fixtures.setNow(LocalDate.of(2026, 10, 19), 8);
        mvc.perform(get("/").with(as("personal.norr"))).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/utforare"));
        var page = mvc.perform(get("/utforare").with(as("personal.norr"))).andExpect(status().isOk())
                .andExpect(header().exists("Content-Security-Policy")).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.getContentAsString()).contains("Starta besök").contains("width=device-width")
                .doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
        mvc.perform(post("/utforare/bestallning/" + norr.orderId() + "/start").with(as("personal.norr"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        String running = mvc.perform(get("/utforare").with(as("personal.norr"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(running).contains("Pågår sedan").contains("Avsluta besök");
        long visitId = jdbc.queryForObject("select max(id) from visit where order_id = ? and status = 'PAGAR'",
                Long.class, norr.orderId());
        fixtures.setNow(LocalDate.of(2026, 10, 19), 9);
        mvc.perform(post("/utforare/besok/" + visitId + "/stopp").with(as("personal.norr")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from visit where id = ?", String.class, visitId))
                .isEqualTo("UTFORD");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where resource = ? and action in "
                + "('CREATE', 'UPDATE') and person_id = ?", Long.class, "besok/" + visitId, norr.personId()))
                .isEqualTo(2);
    }

    @Test
    void aLockedPeriodRefusesChangesWithAClearMessage() throws Exception {
        fixtures.setNow(LocalDate.of(2026, 11, 6), 10);
        mvc.perform(post("/api/utforare/besok").with(httpBasic("personal.ab", PW))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("bestallning",
                        ab.orderId(), "start", "2026-10-30T10:00:00+01:00", "slut", "2026-10-30T10:30:00+01:00"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value(Matchers.containsString(
                        "Perioden 2026-10 är låst sedan spärrdatum 2026-11-05")));
        JsonNode refused = importJson(json.writeValueAsString(List.of(row("locked-1", ab, "2026-10-30T10:00",
                "2026-10-30T10:30"))), 400, "personal.ab");
        assertThat(refused.get("rows").get(0).get("message").asText()).contains("låst");
        String page = mvc.perform(get("/ersattning").param("utforare", "omsorgen-ab").param("period", "2026-10")
                .with(as("chef.norr"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("LÅST").contains("Attestera perioden");
        assertThat(YearMonth.of(2026, 10).toString()).isEqualTo("2026-10");
    }

    @Test
    void aBadPeriodIsA400() throws Exception {
        mvc.perform(get("/api/ersattning/hemtjanst-norr/oktober").with(httpBasic("chef.norr", PW)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ange perioden som år-månad, t.ex. 2026-10."));
        mvc.perform(get("/api/ersattning/okand/2026-10").with(httpBasic("chef.norr", PW)))
                .andExpect(status().isNotFound());
    }

    private JsonNode importJson(String body, int expected) throws Exception {
        return importJson(body, expected, "personal.norr");
    }

    private JsonNode importJson(String body, int expected, String username) throws Exception {
        return json.readTree(mvc.perform(post("/api/utforare/besok/import").with(httpBasic(username, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString());
    }

    private static Map<String, String> row(String externalId, ServiceOrders.RunningOrder order, String start,
            String stop) {
        return Map.of("externtId", externalId, "bestallning", String.valueOf(order.orderId()), "personal",
                "extern-personal", "status", "UTFORD", "start", start, "slut", stop);
    }

    private long visitsOf(ServiceOrders.RunningOrder order) {
        return jdbc.queryForObject("select count(*) from visit where order_id = ?", Long.class, order.orderId());
    }

    private long denied(String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'DENIED'",
                Long.class, username);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
