package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;


import se.kasus.TestOrganisation;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseRecordsService;
import se.kasus.casework.CaseWork;
import se.kasus.casework.InboxItem;
import se.kasus.casework.Journal;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Skyddad identitet: a person with sekretessmarkering has a case decided, a letter, a journal and an audit trail;
 * then every page and API read of the application — found from the request mappings, not listed by hand — is called
 * as every kind of user, with the person's ids, and every answer (HTML, JSON, the text of a PDF, CSV) is searched for
 * the address. Nothing may show it, to anyone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProtectedIdentityLeakTest {

    private static final String STREET = "Hemliga vägen 7";
    private static final String POSTAL_CODE = "999 91";
    private static final String CITY = "Gömstad";
    /** "99991" on its own, not inside a longer number such as a timestamp's fraction of a second (…:12.999914Z). */
    private static final Pattern COMPACT_POSTAL_CODE = Pattern.compile("(?<![0-9])99991(?![0-9])");
    private static final List<String> USERS = List.of("handlaggare.norr", "chef.norr", "forste.norr", "namnd.norr",
            "handlaggare.syd", "revisor", "admin", "utforare.norr", "samordnare.norr", "familjeratt.fr");
    /** The engine's own apps and REST API are outside Kasus's pages; static files hold no client data. */
    private static final List<String> OUTSIDE = List.of("/camunda", "/engine-rest", "/error", "/webjars", "/css",
            "/js", "/favicon");

    /** The client's own log extract is written to be handed to the client, so it names them (LogReviewTest). */
    private static final Set<String> FOR_THE_CLIENT = Set.of("/logg/person/{personId}/klientutdrag",
            "/api/audit/persons/{personId}/client-extract");

    @Autowired MockMvc mvc;
    @Autowired TestOrganisation org;
    @Autowired PersonService persons;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired Journal journal;
    @Autowired CaseRecordsService records;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noPageOrApiReadShowsTheAddressOfAPersonWithSkyddadIdentitet_toAnyone() throws Exception {
        org.ensure();
        PersonView person = persons.create(new NewPerson(se.kasus.TestPersonnummer.next(), "Siri", "Skyddad", STREET,
                POSTAL_CODE, CITY, true));
        Map<String, String> ids = aDecidedCaseWithItsRecords(person);

        Set<String> answered = new TreeSet<>();
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!reads(mapping.getKey()) || OUTSIDE.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                for (String username : USERS) {
                    MockHttpServletResponse response = mvc.perform(withParams(get(TestResponses.fill(pattern, ids)), person)
                            .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
                    check(pattern, username, response, answered, leaks);
                }
            }
        }
        for (String username : USERS) {
            for (String search : List.of("/personer", "/socialregister", "/logg/person")) {
                MockHttpServletResponse response = mvc.perform(withParams(post(search), person).with(csrf())
                        .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
                check("POST " + search, username, response, answered, leaks);
            }
        }

        assertThat(leaks).as("answers that show the protected address").isEmpty();
        assertThat(answered).as("the reads that answered with content, so the crawl reached them").contains(
                "/api/persons/{personId}/file", "/personer/{personId}", "/api/tasks", "/inkorg",
                "/api/documents/{documentId}", "/api/socialregister", "/frister", "/api/frister",
                "/logg/person/{personId}", "/logg/person/{personId}/pdf", "/logg/person/{personId}/csv",
                "/api/audit/persons/{personId}/client-extract", "/api/cases/{caseId}/history",
                "POST /personer", "POST /socialregister");
    }

    /**
     * The name of a protected person shows only to those with the right (PROTECTED_IDENTITY_READ) in a unit that has
     * the person's case: never in a list, search, export or PDF to another unit's caseworker, the family-law team's
     * register lookup, the revisor, system administration or a provider. Searching by the exact personnummer still
     * finds that the person exists (to register an ansökan), under "Skyddade personuppgifter".
     */
    @Test
    void theNameOfAProtectedPersonShowsNowhereToThoseWithoutTheRight_andToTheUnitThatHasTheCase() throws Exception {
        org.ensure();
        PersonView person = persons.create(new NewPerson(se.kasus.TestPersonnummer.next(), "Saga", "Sekretessdotter",
                "Gatan 1", "111 11", "Staden", true));
        Map<String, String> ids = aDecidedCaseWithItsRecords(person);
        List<String> without = List.of("handlaggare.syd", "revisor", "admin", "utforare.norr", "samordnare.norr",
                "familjeratt.fr");

        Set<String> answered = new TreeSet<>();
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!reads(mapping.getKey()) || OUTSIDE.stream().anyMatch(pattern::startsWith)
                        || FOR_THE_CLIENT.contains(pattern)) {
                    continue;
                }
                for (String username : without) {
                    MockHttpServletResponse response = mvc.perform(withParams(get(TestResponses.fill(pattern, ids)), person)
                            .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
                    checkName(pattern, username, response, answered, leaks);
                }
            }
        }
        for (String username : without) {
            for (String search : List.of("/personer", "/socialregister", "/logg/person")) {
                MockHttpServletResponse response = mvc.perform(withParams(post(search), person).with(csrf())
                        .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
                checkName("POST " + search, username, response, answered, leaks);
            }
        }
        assertThat(leaks).as("answers that name the protected person to someone without the right").isEmpty();
        assertThat(answered).as("the reads that answered, so the crawl reached them").contains("POST /personer",
                "POST /socialregister", "/api/socialregister", "/logg/person/{personId}", "/api/cases/{caseId}/history");

        String inbox = mvc.perform(get("/inkorg").with(user(users.loadUserByUsername("handlaggare.norr"))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(inbox).as("the unit that has the case works with the person by name").contains("Sekretessdotter");
        String search = mvc.perform(withParams(post("/personer"), person).with(csrf())
                .with(user(users.loadUserByUsername("handlaggare.syd")))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(search).as("an exact search still finds that the person exists").contains("Skyddade personuppgifter");
    }

    private void checkName(String pattern, String username, MockHttpServletResponse response, Set<String> answered,
            List<String> leaks) throws IOException {
        if (response.getStatus() != 200) {
            return;
        }
        answered.add(pattern);
        if (text(response).contains("Sekretessdotter")) {
            leaks.add(pattern + " as " + username);
        }
    }

    private void check(String pattern, String username, MockHttpServletResponse response, Set<String> answered,
            List<String> leaks) throws IOException {
        if (response.getStatus() != 200) {
            return;
        }
        answered.add(pattern);
        String text = text(response);
        if (text.contains("Hemliga") || text.contains(POSTAL_CODE) || COMPACT_POSTAL_CODE.matcher(text).find()
                || text.contains(CITY)) {
            leaks.add(pattern + " as " + username);
        }
    }

    private static String text(MockHttpServletResponse response) throws IOException {
        byte[] body = response.getContentAsByteArray();
        if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
            return TestResponses.pdfText(body);
        }
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Parameters that searches and filters take; an endpoint ignores those it does not know. */
    private MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, PersonView person) {
        return request.param("personnummer", person.personnummer()).param("andamal", "Kontroll av skyddad identitet")
                .param("month", YearMonth.now(clock).toString()).param("manad", YearMonth.now(clock).toString())
                .param("anvandare", "handlaggare.norr");
    }

    private static boolean reads(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    /** An ansökan investigated, proposed, decided with its letter, a journal entry: the person's ids by name. */
    private Map<String, String> aDecidedCaseWithItsRecords(PersonView person) {
        LocalDate today = LocalDate.now(clock);
        long caseId = org.as("handlaggare.norr", () -> intake.registerApplication(new NewApplication(person.id(),
                today, ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
        org.as("handlaggare.norr", () -> journal.write(caseId, "Hembesök gjort."));
        complete(caseId, "Task_Utreda", Map.of("ansoktInsats", "HEMTJANST", "enskildesUppfattning",
                "Vill bo kvar hemma.", "bedomning", "Behovet är styrkt.", "behoverKomplettering", false));
        complete(caseId, "Task_ForslagTillBeslut", new HashMap<>(Map.of("utfall", "BIFALL", "insatstyp",
                "HEMTJANST", "omfattningTimmar", 20, "startdatum", today.plusDays(1).toString(), "uppfoljningsdatum",
                today.plusMonths(6).toString(), "motivering", "Behovet är styrkt.", "lagrum",
                "SoL (2025:400) 11 kap. 1 §")));
        complete(caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
        Map<String, String> ids = new HashMap<>();
        ids.put("personId", Long.toString(person.id()));
        ids.put("caseId", Long.toString(caseId));
        ids.put("id", Long.toString(caseId));
        ids.put("decisionId", jdbc.queryForObject("SELECT id FROM decision WHERE case_id = ?", Long.class, caseId)
                .toString());
        ids.put("documentId", jdbc.queryForObject("SELECT MIN(id) FROM document WHERE case_id = ?", Long.class, caseId)
                .toString());
        org.as("handlaggare.norr", () -> work.inbox()).stream().filter(t -> t.caseId() == caseId).findFirst()
                .map(InboxItem::taskId).ifPresent(t -> ids.put("taskId", t));
        ids.put("provider", TestOrganisation.HEMTJANST_NORR);
        ids.put("month", YearMonth.now(clock).toString());
        return ids;
    }

    private void complete(long caseId, String taskKey, Map<String, Object> values) {
        String taskId = org.as("handlaggare.norr", () -> work.inbox()).stream()
                .filter(t -> t.caseId() == caseId && t.taskKey().equals(taskKey)).map(InboxItem::taskId).findFirst()
                .orElseThrow(() -> new AssertionError("ingen uppgift " + taskKey + " i ärende " + caseId));
        org.as("handlaggare.norr", () -> work.complete(taskId, values));
    }
}
