package se.kasus.web.api;

import static se.kasus.web.TestResponses.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.ClientFileService;
import se.kasus.registry.PersonService;
import se.kasus.web.AuditCsv;
import se.kasus.web.AuditScenario;

/**
 * The auditor's API: who read a person's data, what a user did, both paged and as PDF and CSV; each answers exactly
 * the entries it is about, says whether the chain is intact, and is itself logged. Only readers of the log get in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditReviewApiTest {

    private static final String REVISOR = "revisor";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestOrganisation org;
    @Autowired UserDirectory directory;
    @Autowired PersonService persons;
    @Autowired CaseIntake intake;
    @Autowired ClientFileService clientFiles;
    @Autowired Clock clock;

    private AuditScenario s;

    @BeforeEach
    void twoCaseworkersReadTwoPersons() {
        s = AuditScenario.create(org, directory, persons, intake, clientFiles, clock);
    }

    // ---- Who read this person's data -------------------------------------------------------------------------

    @Test
    void personView_answersExactlyTheEntriesAboutThePerson_newestFirst() throws Exception {
        for (long person : List.of(s.a().id(), s.b().id())) {
            List<Long> expected = AuditScenario.idsAbout(jdbc, person);
            JsonNode log = getJson("/api/audit/persons/" + person + "?limit=1000");
            assertThat(ids(log)).as("person %d", person).containsExactlyElementsOf(expected);
            assertThat(log.get("entries")).allSatisfy(e -> assertThat(e.get("personId").asLong()).isEqualTo(person));
            assertThat(log.get("nextBefore").isNull()).isTrue();
            assertThat(log.at("/chain/intact").asBoolean()).isTrue();
        }

        JsonNode a = getJson("/api/audit/persons/" + s.a().id());
        assertThat(actionsBy(a)).contains("READ " + s.first(), "READ " + s.second(), "DENIED handlaggare.syd",
                "CREATE handlaggare.norr").doesNotContain("SEARCH " + s.second());
        JsonNode b = getJson("/api/audit/persons/" + s.b().id());
        assertThat(actionsBy(b)).contains("READ " + s.first(), "SEARCH " + s.second())
                .doesNotContain("READ " + s.second(), "DENIED handlaggare.syd");
    }

    @Test
    void personView_showsAPersonWithSkyddadIdentitetWithoutAddress() throws Exception {
        JsonNode b = getJson("/api/audit/persons/" + s.b().id()).get("person");
        assertThat(b.get("protectedIdentity").asBoolean()).isTrue();
        assertThat(b.get("streetAddress").isNull()).isTrue();
        assertThat(b.get("postalCode").isNull()).isTrue();
        assertThat(b.get("city").isNull()).isTrue();
        assertThat(getJson("/api/audit/persons/" + s.a().id()).at("/person/streetAddress").asText())
                .isEqualTo("Testgatan 1");
    }

    @Test
    void personView_byPersonnummer_findsThePerson_andTheSearchIsLogged() throws Exception {
        JsonNode log = getJson("/api/audit/persons?personnummer=" + s.a().personnummer());
        assertThat(log.at("/person/id").asLong()).isEqualTo(s.a().id());

        List<Map<String, Object>> revisorsEntries = jdbc.queryForList("SELECT action, resource, person_id FROM"
                + " audit_entry WHERE actor = ? ORDER BY id DESC FETCH FIRST 2 ROWS ONLY", REVISOR);
        assertThat(revisorsEntries).extracting(r -> r.get("ACTION") + " " + r.get("RESOURCE") + " " + r.get("PERSON_ID"))
                .containsExactly("READ logg/person " + s.a().id(), "SEARCH personregister " + s.a().id());

        mvc.perform(get("/api/audit/persons?personnummer=19121212-1212").with(basic(REVISOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/audit/persons?personnummer=19121212-1213").with(basic(REVISOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void personView_isPagedCompletelyAndWithoutOverlap() throws Exception {
        for (int limit : new int[] {1, 2, 3}) {
            // Each page read is logged about the person, as an entry newer than every page of this walk.
            List<Long> expected = AuditScenario.idsAbout(jdbc, s.a().id());
            assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
            List<Long> walked = walk("/api/audit/persons/" + s.a().id() + "?limit=" + limit, limit);
            assertThat(walked).as("limit %d", limit).containsExactlyElementsOf(expected);
        }
    }

    // ---- What a user did -------------------------------------------------------------------------------------

    @Test
    void userView_answersExactlyWhatTheUserDid() throws Exception {
        JsonNode first = getJson("/api/audit/users/" + s.first());
        assertThat(first.get("displayName").asText()).isEqualTo("Första Granskad");
        assertThat(actionsAbout(first)).containsExactly("READ " + s.b().id(), "READ " + s.a().id());
        assertThat(ids(first)).containsExactlyElementsOf(AuditScenario.idsBy(jdbc, s.first()));

        JsonNode second = getJson("/api/audit/users/" + s.second());
        assertThat(actionsAbout(second)).containsExactly("SEARCH " + s.b().id(), "READ " + s.a().id());
        assertThat(second.at("/chain/intact").asBoolean()).isTrue();
    }

    @Test
    void userView_keepsToThePeriod() throws Exception {
        LocalDate today = LocalDate.now(clock);
        assertThat(ids(getJson("/api/audit/users/" + s.first() + "?from=" + today + "&to=" + today))).hasSize(2);
        assertThat(ids(getJson("/api/audit/users/" + s.first() + "?to=" + today.minusDays(1)))).isEmpty();
        assertThat(ids(getJson("/api/audit/users/" + s.first() + "?from=" + today.plusDays(1)))).isEmpty();
        mvc.perform(get("/api/audit/users/" + s.first() + "?from=" + today + "&to=" + today.minusDays(1))
                .with(basic(REVISOR))).andExpect(status().isBadRequest());
    }

    @Test
    void userView_isPagedCompletelyAndWithoutOverlap() throws Exception {
        assertThat(walk("/api/audit/users/" + s.second() + "?limit=1", 1))
                .containsExactlyElementsOf(AuditScenario.idsBy(jdbc, s.second())).hasSize(2);
    }

    // ---- Exports ---------------------------------------------------------------------------------------------

    @Test
    void personPdf_holdsTheEntriesAndTheChainStatus_andTheExportIsLogged() throws Exception {
        List<Long> expected = AuditScenario.idsAbout(jdbc, s.a().id());
        MvcResult result = mvc.perform(get("/api/audit/persons/" + s.a().id() + "/pdf").with(basic(REVISOR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andReturn();
        String text = pdfText(result.getResponse().getContentAsByteArray());

        assertThat(text).contains("Loggutdrag", s.a().fullName(), s.a().personnummer(), "Loggkedjan är hel.",
                "Nekad åtkomst", "Test revisor (revisor)", AuditScenario.FORMULA_REASON);
        assertThat(squeezed(text)).contains(squeezed("Första Granskad (" + s.first() + ")"),
                squeezed("Andra Granskad (" + s.second() + ")"), squeezed("Antal poster " + expected.size()));
        for (long id : expected) {
            assertThat(text).containsPattern(rowOf(id));
        }
        assertThat(text).doesNotContain(s.b().personnummer());
        assertLastEntryOfRevisor("EXPORT", "logg/person", s.a().id(), "PDF-utdrag");
    }

    @Test
    void userPdf_holdsWhatTheUserDid() throws Exception {
        byte[] pdf = mvc.perform(get("/api/audit/users/" + s.first() + "/pdf").with(basic(REVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Första Granskad, " + s.first(), "Loggkedjan är hel.");
        assertThat(squeezed(text)).contains("Antalposter2,");
        for (long id : AuditScenario.idsBy(jdbc, s.first())) {
            assertThat(text).containsPattern(rowOf(id));
        }
        assertThat(text).doesNotContain(s.second());
        assertLastEntryOfRevisor("EXPORT", "logg/anvandare", null, "PDF-utdrag av användaren " + s.first());
    }

    @Test
    void personCsv_parsesBackWithItsColumns_andNeutralisesAFormula() throws Exception {
        List<Long> expected = AuditScenario.idsAbout(jdbc, s.a().id());
        MvcResult result = mvc.perform(get("/api/audit/persons/" + s.a().id() + "/csv").with(basic(REVISOR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(AuditCsv.HEADER);
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).allSatisfy(r -> assertThat(r).hasSize(AuditCsv.HEADER.size()));
        assertThat(data).extracting(r -> Long.valueOf(r.get(0))).containsExactlyElementsOf(expected);
        assertThat(data).allSatisfy(r -> {
            assertThat(r.get(7)).isEqualTo(Long.toString(s.a().id()));
            assertThat(r.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d");
        });

        List<String> formula = data.stream().filter(r -> r.get(2).equals(s.second()) && r.get(5).equals("READ"))
                .findFirst().orElseThrow();
        assertThat(formula.get(9)).isEqualTo("'" + AuditScenario.FORMULA_REASON);
        assertThat(data.stream().flatMap(List::stream)).noneMatch(cell -> cell.startsWith("="));
        List<String> denied = data.stream().filter(r -> r.get(5).equals("DENIED")).findFirst().orElseThrow();
        assertThat(denied).containsSubsequence("handlaggare.syd", "Test handlaggare.syd", "Nekad åtkomst", "DENIED",
                "klientakt");
        assertLastEntryOfRevisor("EXPORT", "logg/person", s.a().id(), "CSV-utdrag");
    }

    @Test
    void userCsv_holdsExactlyWhatTheUserDid() throws Exception {
        byte[] bytes = mvc.perform(get("/api/audit/users/" + s.second() + "/csv").with(basic(REVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = parseCsv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(5) + " " + r.get(7))
                .containsExactly("SEARCH " + s.b().id(), "READ " + s.a().id());
    }

    // ---- A broken chain --------------------------------------------------------------------------------------

    @Test
    void aTamperedEntry_makesThePersonViewAndItsPdfSayTheChainIsBroken() throws Exception {
        long tampered = AuditScenario.idsAbout(jdbc, s.a().id()).get(1);
        String reason = jdbc.queryForObject("SELECT reason FROM audit_entry WHERE id = ?", String.class, tampered);
        jdbc.update("UPDATE audit_entry SET reason = ? WHERE id = ?", "Ingen läste något", tampered);
        try {
            JsonNode log = getJson("/api/audit/persons/" + s.a().id());
            assertThat(log.at("/chain/intact").asBoolean()).isFalse();
            assertThat(log.at("/chain/firstBadEntryId").asLong()).isEqualTo(tampered);
            assertThat(log.at("/chain/problem").asText()).contains(Long.toString(tampered));

            String pdf = pdfText(mvc.perform(get("/api/audit/persons/" + s.a().id() + "/pdf").with(basic(REVISOR)))
                    .andReturn().getResponse().getContentAsByteArray());
            assertThat(pdf).contains("Loggkedjan är bruten", "Första felaktiga post: nr " + tampered)
                    .doesNotContain("Loggkedjan är hel");
            assertThat(squeezed(pdf)).as("the bad entry is marked in its row").contains("FELAKTIGPOST–Ingenlästenågot");
            assertThat(getJson("/api/audit/users/" + s.first()).at("/chain/intact").asBoolean()).isFalse();
        } finally {
            jdbc.update("UPDATE audit_entry SET reason = ? WHERE id = ?", reason, tampered);
        }
        assertThat(getJson("/api/audit/persons/" + s.a().id()).at("/chain/intact").asBoolean()).isTrue();
    }

    // ---- Access ----------------------------------------------------------------------------------------------

    static Stream<String> reviewEndpoints() {
        return Stream.of("/api/audit/persons/{a}", "/api/audit/persons?personnummer={pnr}",
                "/api/audit/persons/{a}/pdf", "/api/audit/persons/{a}/csv", "/api/audit/users/{first}",
                "/api/audit/users/{first}/pdf", "/api/audit/users/{first}/csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewEndpoints")
    void aCaseworkerAndTheSystemforvaltareAreRefused_andTheRefusalIsLogged(String endpoint) throws Exception {
        String path = endpoint.replace("{a}", Long.toString(s.a().id())).replace("{pnr}", s.a().personnummer())
                .replace("{first}", s.first());
        for (String user : List.of("handlaggare.norr", "admin", "utforare")) {
            long before = maxId();
            mvc.perform(get(path).with(basic(user))).andExpect(status().isForbidden());
            List<Map<String, Object>> written = jdbc.queryForList(
                    "SELECT actor, action, resource FROM audit_entry WHERE id > ?", before);
            assertThat(written).as("%s on %s", user, path).singleElement().satisfies(e -> {
                assertThat(e.get("ACTOR")).isEqualTo(user);
                assertThat(e.get("ACTION")).isEqualTo("DENIED");
                assertThat((String) e.get("RESOURCE")).startsWith("logg/");
            });
        }
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).with(basic(REVISOR))).andExpect(status().isOk());
    }

    @Test
    void theRevisorsReadingIsItselfLogged_withThePerson() throws Exception {
        getJson("/api/audit/persons/" + s.b().id());
        assertLastEntryOfRevisor("READ", "logg/person", s.b().id(), "Granskning");
        getJson("/api/audit/users/" + s.second());
        assertLastEntryOfRevisor("READ", "logg/anvandare", null, "Granskning av användaren " + s.second());
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryReviewEndpoint_asGetOnly() throws Exception {
        JsonNode paths = getJson("/api/openapi").get("paths");
        for (String path : List.of("/api/audit/persons", "/api/audit/persons/{personId}",
                "/api/audit/persons/{personId}/pdf", "/api/audit/persons/{personId}/csv", "/api/audit/users/{username}",
                "/api/audit/users/{username}/pdf", "/api/audit/users/{username}/csv")) {
            JsonNode operations = paths.get(path);
            assertThat(operations).as(path).isNotNull();
            assertThat(operations.fieldNames()).toIterable().as(path).containsExactly("get");
            assertThat(operations.at("/get/summary").asText()).as(path).isNotBlank();
            assertThat(operations.at("/get/tags/0").asText()).isEqualTo("Logg");
        }
        assertThat(paths.at("/~1api~1audit~1persons~1{personId}~1pdf/get/responses/200/content").has("application/pdf"))
                .isTrue();
        assertThat(paths.at("/~1api~1audit~1persons~1{personId}/get/parameters").findValuesAsText("name"))
                .contains("personId", "from", "to", "before", "limit");
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private JsonNode getJson(String path) throws Exception {
        String body = mvc.perform(get(path).with(basic(REVISOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<Long> ids(JsonNode log) {
        List<Long> ids = new ArrayList<>();
        log.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }

    private static List<String> actionsBy(JsonNode log) {
        List<String> out = new ArrayList<>();
        log.get("entries").forEach(e -> out.add(e.get("action").asText() + " " + e.get("actor").asText()));
        return out;
    }

    private static List<String> actionsAbout(JsonNode log) {
        List<String> out = new ArrayList<>();
        log.get("entries").forEach(e -> out.add(e.get("action").asText() + " " + e.get("personId").asText()));
        return out;
    }

    /** Follows nextBefore to the end; every page but the last is full. */
    private List<Long> walk(String firstPage, int limit) throws Exception {
        List<Long> all = new ArrayList<>();
        String path = firstPage;
        for (int pages = 0; pages < 100; pages++) {
            JsonNode page = getJson(path);
            List<Long> ids = ids(page);
            assertThat(ids).hasSizeLessThanOrEqualTo(limit);
            all.addAll(ids);
            if (page.get("nextBefore").isNull()) {
                return all;
            }
            assertThat(ids).hasSize(limit);
            path = firstPage + "&before=" + page.get("nextBefore").asLong();
        }
        throw new AssertionError("paging did not end");
    }

    private long maxId() {
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
    }

    private void assertLastEntryOfRevisor(String action, String resource, Long personId, String reasonStart) {
        Map<String, Object> last = jdbc.queryForMap("SELECT action, resource, person_id, reason FROM audit_entry"
                + " WHERE actor = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", REVISOR);
        assertThat(last.get("ACTION")).isEqualTo(action);
        assertThat(last.get("RESOURCE")).isEqualTo(resource);
        assertThat(last.get("PERSON_ID") == null ? null : ((Number) last.get("PERSON_ID")).longValue())
                .isEqualTo(personId);
        assertThat((String) last.get("REASON")).startsWith(reasonStart);
    }

    /** A table row in the extracted text: the entry's number, then its date. */
    private static String rowOf(long id) {
        return "(?m)^\\s*" + id + "\\s+\\d{4}-\\d\\d-\\d\\d ";
    }

    /** Text extraction puts line breaks where a cell wraps and none between a label and its value. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** RFC 4180 with semicolons: quoted cells may hold separators, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            throw new AssertionError("the last line does not end with CRLF");
        }
        return rows;
    }
}
