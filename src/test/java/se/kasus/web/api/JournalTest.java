package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.PersonView;

/**
 * The journal (SOSFS 2014:5): entries signed by their author, never edited or deleted through the API or the pages,
 * corrections as new signed entries linked to the old, and both shown in the client file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JournalTest {

    static final String NORR = "handlaggare.norr";
    static final String NORR2 = "handlaggare2.norr";
    static final String SYD = "handlaggare.syd";

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    PersonView client;
    long caseId;

    @BeforeEach
    void aCaseInNorr() {
        org.ensure();
        client = org.newPerson();
        caseId = org.as(NORR, () -> intake.registerApplication(new NewApplication(client.id(), LocalDate.now(clock),
                ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    @Test
    void anEntryIsSignedByItsAuthor_andACorrectionIsANewSignedEntryLinkedToTheOld() throws Exception {
        long original = write(NORR, "Hembesök 3 mars. Dottern närvarade.");

        JsonNode correction = json.readTree(mvc.perform(post(entry(original) + "/rattelser").with(basic(NORR2))
                .contentType(MediaType.APPLICATION_JSON).content(body("Hembesök 4 mars. Dottern närvarade.",
                        "Fel datum angivet.")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        assertThat(correction.get("correctsId").asLong()).isEqualTo(original);
        assertThat(correction.get("signedBy").asText()).as("signed by whoever wrote the correction").isEqualTo(NORR2);
        assertThat(correction.get("correctionReason").asText()).isEqualTo("Fel datum angivet.");
        JsonNode journal = fileJournal();
        assertThat(journal).hasSize(2);
        JsonNode old = byId(journal, original);
        assertThat(old.get("text").asText()).as("the original stays as written").isEqualTo("Hembesök 3 mars. Dottern närvarade.");
        assertThat(old.get("signedBy").asText()).isEqualTo(NORR);
        assertThat(old.get("correctedById").asLong()).isEqualTo(correction.get("id").asLong());
        assertThat(byId(journal, correction.get("id").asLong()).get("correctsId").asLong()).isEqualTo(original);
    }

    @Test
    void aCorrectedEntryIsNotCorrectedTwice_butTheChainGoesOnFromTheLatest() throws Exception {
        long original = write(NORR, "Första texten.");
        long first = correct(original, "Andra texten.", "Fel.");

        mvc.perform(post(entry(original) + "/rattelser").with(basic(NORR)).contentType(MediaType.APPLICATION_JSON)
                .content(body("Tredje texten.", "Igen."))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title", containsString("redan rättad")));
        long second = correct(first, "Tredje texten.", "Fel igen.");

        JsonNode journal = fileJournal();
        assertThat(journal).hasSize(3);
        assertThat(byId(journal, first).get("correctedById").asLong()).isEqualTo(second);
        assertThat(byId(journal, second).get("correctedById").isNull()).isTrue();
    }

    @Test
    void editAndDeleteOfASignedEntry_areRefusedThroughTheApi_nothingChanges_andTheAttemptIsLogged() throws Exception {
        long id = write(NORR, "Samtal med den enskilde.");
        long deniedBefore = denied(NORR);

        for (MockHttpServletRequestBuilder attempt : List.of(put(entry(id)), delete(entry(id)))) {
            mvc.perform(attempt.with(basic(NORR)).contentType(MediaType.APPLICATION_JSON).content(body("Ändrad.", "x")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title", containsString("kan inte ändras eller tas bort")));
        }

        assertThat(jdbc.queryForObject("SELECT entry_text FROM journal_entry WHERE id = ?", String.class, id))
                .isEqualTo("Samtal med den enskilde.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry WHERE case_id = ?", Long.class, caseId))
                .isEqualTo(1);
        assertThat(denied(NORR)).as("both attempts in the audit log").isEqualTo(deniedBefore + 2);
    }

    @Test
    void editAndDeleteOfASignedEntry_areRefusedThroughThePages() throws Exception {
        long id = write(NORR, "Samtal med den enskilde.");

        for (String attempt : List.of("/andra", "/ta-bort")) {
            mvc.perform(post("/arenden/" + caseId + "/journal/" + id + attempt).with(page(NORR)).with(csrf())
                    .param("text", "Ändrad."))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("kan inte ändras eller tas bort")));
        }
        assertThat(jdbc.queryForObject("SELECT entry_text FROM journal_entry WHERE id = ?", String.class, id))
                .isEqualTo("Samtal med den enskilde.");
    }

    @Test
    void theClientFileShowsTheCorrectionChain_andTakesACorrectionThroughItsForm() throws Exception {
        long id = write(NORR, "Ringde dottern 3 mars.");

        mvc.perform(post("/arenden/" + caseId + "/journal/" + id + "/rattelse").with(page(NORR)).with(csrf())
                .param("personId", String.valueOf(client.id())).param("text", "Ringde sonen 3 mars.")
                .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange varför anteckningen rättas.")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry WHERE case_id = ?", Long.class, caseId))
                .as("a rejected correction writes nothing").isEqualTo(1);

        mvc.perform(post("/arenden/" + caseId + "/journal/" + id + "/rattelse").with(page(NORR)).with(csrf())
                .param("personId", String.valueOf(client.id())).param("text", "Ringde sonen 3 mars.")
                .param("reason", "Fel anhörig angiven."))
                .andExpect(status().is3xxRedirection());

        String file = mvc.perform(get("/personer/" + client.id()).with(page(NORR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(file).contains("Ringde dottern 3 mars.", "Ringde sonen 3 mars.", "Fel anhörig angiven.",
                "Rättad genom", "Rättelse av", "Signerad av");
    }

    @Test
    void badInputAndOtherUnits_areRefused_andNothingIsWritten() throws Exception {
        long id = write(NORR, "Anteckning.");
        long rows = rows();

        mvc.perform(post(entry(id) + "/rattelser").with(basic(NORR)).contentType(MediaType.APPLICATION_JSON)
                .content(body("Ny text.", " "))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ange varför anteckningen rättas."));
        mvc.perform(post(entry(id) + "/rattelser").with(basic(NORR)).contentType(MediaType.APPLICATION_JSON)
                .content(body("", "Fel."))).andExpect(status().isBadRequest());
        mvc.perform(post(entry(id) + "/rattelser").with(basic(SYD)).contentType(MediaType.APPLICATION_JSON)
                .content(body("Ny text.", "Fel."))).andExpect(status().isForbidden());
        mvc.perform(put(entry(id)).with(basic(SYD))).andExpect(status().isForbidden());
        mvc.perform(post(entry(id) + "/rattelser").with(basic("revisor")).contentType(MediaType.APPLICATION_JSON)
                .content(body("Ny text.", "Fel."))).andExpect(status().isForbidden());

        long otherCase = org.as(NORR, () -> intake.registerApplication(new NewApplication(org.newPerson().id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Annat ärende."))).id();
        mvc.perform(post("/api/cases/" + otherCase + "/journal/" + id + "/rattelser").with(basic(NORR))
                .contentType(MediaType.APPLICATION_JSON).content(body("Ny text.", "Fel.")))
                .andExpect(status().isNotFound()); // an entry is corrected only under its own case

        assertThat(rows()).isEqualTo(rows);
    }

    long write(String user, String text) throws Exception {
        String created = mvc.perform(post("/api/cases/" + caseId + "/journal").with(basic(user))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("text", text))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedBy").value(user))
                .andExpect(jsonPath("$.signedAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private long correct(long id, String text, String reason) throws Exception {
        String created = mvc.perform(post(entry(id) + "/rattelser").with(basic(NORR))
                .contentType(MediaType.APPLICATION_JSON).content(body(text, reason)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private JsonNode fileJournal() throws Exception {
        return json.readTree(mvc.perform(get("/api/persons/" + client.id() + "/file").with(basic(NORR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("journal");
    }

    private static JsonNode byId(JsonNode entries, long id) {
        for (JsonNode e : entries) {
            if (e.get("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no journal entry " + id + " in " + entries);
    }

    private String entry(long id) {
        return "/api/cases/" + caseId + "/journal/" + id;
    }

    private String body(String text, String reason) throws Exception {
        return json.writeValueAsString(Map.of("text", text, "reason", reason));
    }

    private long denied(String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'DENIED'"
                + " AND resource = 'journal'", Long.class, actor);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry", Long.class);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor page(String user) {
        return user(users.loadUserByUsername(user));
    }
}
