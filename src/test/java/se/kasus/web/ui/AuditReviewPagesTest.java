package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kasus.TestOrganisation;
import se.kasus.access.UserDirectory;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.ClientFileService;
import se.kasus.registry.PersonService;
import se.kasus.web.AuditScenario;

/** The revisor's pages under /logg as the server renders them, over the same scenario as the API test. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditReviewPagesTest {

    private static final Pattern ENTRY_ROW = Pattern.compile("data-entry-id=\"(\\d+)\"");
    private static final Pattern OLDER_LINK = Pattern.compile("href=\"([^\"]+)\">Äldre poster</a>");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestOrganisation org;
    @Autowired UserDetailsService userDetailsService;
    @Autowired UserDirectory directory;
    @Autowired PersonService persons;
    @Autowired CaseIntake intake;
    @Autowired ClientFileService clientFiles;
    @Autowired Clock clock;
    @Autowired AuditLog auditLog;

    private AuditScenario s;

    @BeforeEach
    void twoCaseworkersReadTwoPersons() {
        s = AuditScenario.create(org, directory, persons, intake, clientFiles, clock);
    }

    @Test
    void personPage_listsExactlyTheEntriesAboutThePerson_andSaysTheChainIsIntact() throws Exception {
        List<Long> expected = AuditScenario.idsAbout(jdbc, s.a().id());
        String page = page("/logg/person/" + s.a().id());

        assertThat(entryIds(page)).containsExactlyElementsOf(expected);
        assertThat(page).contains("Loggkedjan är hel.", "role=\"status\"", s.a().fullName(), s.a().personnummer(),
                "Första Granskad", "Andra Granskad", "Nekad åtkomst", "Inget ärende i användarens enhet",
                "href=\"/logg/person/" + s.a().id() + "/pdf\"", "href=\"/logg/person/" + s.a().id() + "/csv\"",
                "href=\"/logg/anvandare?anvandare=" + s.first() + "\"")
                .doesNotContain("Varning", "role=\"alert\"");
    }

    @Test
    void personPage_showsSkyddadIdentitetWithoutAddressNameOrPersonnummer() throws Exception {
        String page = page("/logg/person/" + s.b().id());
        // the revisor has no right to a protected person's identity: neither the name nor the personnummer shows
        assertThat(page).contains("Skyddad identitet – adressen visas inte", "Skyddade personuppgifter")
                .doesNotContain(AuditScenario.B_STREET, "Hemlighus", s.b().fullName(), s.b().personnummer());
        assertThat(page("/logg/person/" + s.a().id())).contains("Testgatan 1");
    }

    @Test
    void searchingByPersonnummer_postsAndLandsOnThePersonsPage() throws Exception {
        mvc.perform(post("/logg/person").param("personnummer", s.a().personnummer()).with(as("revisor")).with(csrf()))
                .andExpect(redirectedUrl("/logg/person/" + s.a().id()));

        String notFound = mvc.perform(post("/logg/person").param("personnummer", "19121212-1212")
                .with(as("revisor")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notFound).contains("Ingen person med personnummer");
        String invalid = mvc.perform(post("/logg/person").param("personnummer", "19121212-1213")
                .with(as("revisor")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(invalid).contains("field--error", "aria-invalid=\"true\"", "<title>Fel: ");
    }

    @Test
    void userPage_listsExactlyWhatTheUserDid_inThePeriod() throws Exception {
        String page = page("/logg/anvandare?anvandare=" + s.first());
        assertThat(entryIds(page)).containsExactlyElementsOf(AuditScenario.idsBy(jdbc, s.first())).hasSize(2);
        assertThat(page).contains("Första Granskad (" + s.first() + ")", "Loggkedjan är hel.",
                "href=\"/logg/person/" + s.a().id() + "\"", "href=\"/logg/person/" + s.b().id() + "\"");

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        assertThat(entryIds(page("/logg/anvandare?anvandare=" + s.first() + "&till=" + yesterday))).isEmpty();
        String backwards = page("/logg/anvandare?anvandare=" + s.first() + "&fran=" + LocalDate.now(clock)
                + "&till=" + yesterday);
        assertThat(backwards).contains("Periodens slutdatum är före dess startdatum.", "<title>Fel: ");
    }

    @Test
    void aTamperedEntry_makesThePersonPageSayProminentlyThatTheChainIsBroken() throws Exception {
        long tampered = AuditScenario.idsAbout(jdbc, s.a().id()).get(2);
        String actor = jdbc.queryForObject("SELECT actor FROM audit_entry WHERE id = ?", String.class, tampered);
        jdbc.update("UPDATE audit_entry SET actor = 'någon.annan' WHERE id = ?", tampered);
        try {
            String page = page("/logg/person/" + s.a().id());
            assertThat(page).contains("<title>Varning: loggkedjan är bruten", "role=\"alert\"",
                    "Varning: loggkedjan är bruten", "Första felaktiga post: <strong>nr " + tampered + "</strong>")
                    .doesNotContain("Loggkedjan är hel.");
            assertThat(page.indexOf("role=\"alert\"")).as("the warning comes before the entries")
                    .isLessThan(page.indexOf("data-entry-id"));
            assertThat(page).as("the bad entry is marked in its row")
                    .containsPattern("data-entry-id=\"" + tampered + "\" class=\"is-bad\">\\s*<td data-label=\"Nr\"><span>"
                            + tampered + "</span><strong class=\"bad-mark\"> Felaktig post</strong>");
        } finally {
            jdbc.update("UPDATE audit_entry SET actor = ? WHERE id = ?", actor, tampered);
        }
        assertThat(page("/logg/person/" + s.a().id())).contains("Loggkedjan är hel.");
    }

    @Test
    void aCaseworkerIsRefusedEveryReviewPage_andEachRefusalIsAudited() throws Exception {
        List<String> paths = List.of("/logg/person", "/logg/person/" + s.a().id(), "/logg/person/" + s.a().id() + "/pdf",
                "/logg/person/" + s.a().id() + "/csv", "/logg/anvandare", "/logg/anvandare?anvandare=" + s.second(),
                "/logg/anvandare/pdf?anvandare=" + s.second(), "/logg/anvandare/csv?anvandare=" + s.second());
        for (String path : paths) {
            long before = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
            String body = mvc.perform(get(path).with(as(s.first()))).andExpect(status().isForbidden()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("Du har inte behörighet till detta.").doesNotContain("%PDF", s.second() + "\"");
            assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE id > ? AND actor = ?", String.class,
                    before, s.first())).as(path).containsExactly("DENIED");
        }
        mvc.perform(post("/logg/person").param("personnummer", s.a().personnummer()).with(as(s.first()))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void personPage_pagesThroughEveryEntryOnce_byItsOlderLink() throws Exception {
        long person = org.newPerson().id();
        int count = AuditReviewPagesController.PAGE_SIZE * 2 + 7;
        for (int i = 0; i < count; i++) {
            auditLog.record(new AuditEvent(i % 2 == 0 ? s.first() : s.second(), AuditAction.READ, "klientakt", person,
                    null, "Läsning " + i));
        }
        List<Long> expected = AuditScenario.idsAbout(jdbc, person);
        assertThat(expected).hasSize(count);

        List<Long> walked = new ArrayList<>();
        String path = "/logg/person/" + person;
        int pages = 0;
        while (path != null) {
            String page = page(path);
            List<Long> ids = entryIds(page);
            assertThat(ids).hasSizeLessThanOrEqualTo(AuditReviewPagesController.PAGE_SIZE);
            walked.addAll(ids);
            Matcher older = OLDER_LINK.matcher(page);
            path = older.find() ? older.group(1).replace("&amp;", "&") : null;
            if (++pages > 1) {
                assertThat(page).contains("Äldre loggposter", "Till de nyaste");
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void theLogPageLinksToBothViews_forTheRevisor() throws Exception {
        assertThat(page("/logg")).contains("href=\"/logg/person\"", "href=\"/logg/anvandare\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as("revisor"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> entryIds(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ENTRY_ROW.matcher(page);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
