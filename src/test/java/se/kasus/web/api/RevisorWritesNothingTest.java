package se.kasus.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.TestOrganisation;
import se.kasus.web.TestResponses;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.InboxItem;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.registry.PersonView;

/**
 * The revisor reads history and never changes it. Every endpoint of the JSON API that is not a GET, found from
 * Spring's own mapping (so an endpoint added later is tried too), is called as the revisor with real ids and a body
 * that the endpoint would accept from a caseworker, and must answer 401 or 403; afterwards nothing the revisor did is
 * in the audit log but refusals, and no domain table has a new row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RevisorWritesNothingTest {

    private static final Set<RequestMethod> READS = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.OPTIONS, RequestMethod.TRACE);
    private static final List<String> DOMAIN_TABLES = List.of("kasus_case", "investigation", "decision",
            "communication", "service_order", "appeal", "journal_entry", "document", "form_draft", "person");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired ManagementService management;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteOfTheApi_refusesTheRevisor() throws Exception {
        org.ensure();
        Map<String, String> ids = realIds();
        Map<String, Object> body = anAcceptableBody(ids);
        Map<String, Long> rowsBefore = domainRows();
        long lastEntryBefore = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);

        List<String> tried = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : writeMethods(mapping.getKey())) {
                    String path = TestResponses.fill(pattern, ids);
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
                            .with(httpBasic("revisor", TestOrganisation.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                                    pattern.endsWith("/import") ? List.of() : body)))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).as("%s %s as the revisor", method, path).isIn(401, 403);
                    tried.add(method + " " + pattern);
                }
            }
        }

        assertThat(tried).as("the API's writes, found from the mapping").contains("POST /api/cases",
                "POST /api/cases/{caseId}/journal", "POST /api/decisions/{decisionId}/appeals",
                "POST /api/tasks/{taskId}/claim", "POST /api/tasks/{taskId}/unclaim",
                "POST /api/tasks/{taskId}/complete", "PUT /api/tasks/{taskId}/draft");
        assertThat(domainRows()).as("no domain table changed").isEqualTo(rowsBefore);
        assertThat(jdbc.queryForList("SELECT DISTINCT action FROM audit_entry WHERE id > ? AND actor = 'revisor'",
                String.class, lastEntryBefore)).as("the revisor's entries are refusals only").containsOnly("DENIED");
    }

    @Test
    void theAuditApiIsReadOnly() {
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() == AuditApi.class) {
                assertThat(info.getMethodsCondition().getMethods()).as(info.toString())
                        .containsExactly(RequestMethod.GET);
            }
        });
    }

    private static Set<RequestMethod> writeMethods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Set<RequestMethod> writes = EnumSet.allOf(RequestMethod.class);
        if (!methods.isEmpty()) {
            writes.retainAll(methods);
        }
        writes.removeAll(READS);
        return writes;
    }

    /**
     * Ids that exist, so an endpoint cannot answer 404 before it asks who is calling: a case at the investigation
     * with its open task, and a decided case with its decision.
     */
    private Map<String, String> realIds() {
        PersonView person = org.newPerson();
        long open = register(person);
        String task = taskOf(open, "Task_Utreda");
        long decided = register(org.newPerson());
        decide(decided);
        long decision = jdbc.queryForObject("SELECT id FROM decision WHERE case_id = ?", Long.class, decided);
        Map<String, String> ids = new HashMap<>();
        ids.put("personId", Long.toString(person.id()));
        ids.put("caseId", Long.toString(open));
        ids.put("taskId", task);
        ids.put("decisionId", Long.toString(decision));
        ids.put("provider", "hemtjanst-norr");
        ids.put("month", "2026-10");
        return ids;
    }

    /** Fields of every write's request, valid for a caseworker; an endpoint ignores those it does not know. */
    private Map<String, Object> anAcceptableBody(Map<String, String> ids) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", Long.valueOf(ids.get("personId")));
        body.put("receivedDate", LocalDate.now(clock).toString());
        body.put("requestedService", "HEMTJANST");
        body.put("description", "Revisorn försöker skriva.");
        body.put("text", "Revisorn försöker skriva.");
        body.put("ansoktInsats", "HEMTJANST");
        body.put("enskildesUppfattning", "x");
        body.put("bedomning", "x");
        body.put("behoverKomplettering", false);
        return body;
    }

    private Map<String, Long> domainRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : DOMAIN_TABLES) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return rows;
    }

    private long register(PersonView person) {
        return org.as("handlaggare.norr", () -> intake.registerApplication(new NewApplication(person.id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    private void decide(long caseId) {
        LocalDate today = LocalDate.now(clock);
        complete(caseId, "Task_Utreda", Map.of("ansoktInsats", "HEMTJANST", "enskildesUppfattning",
                "Vill bo kvar hemma.", "bedomning", "Behovet är styrkt.", "behoverKomplettering", false));
        complete(caseId, "Task_ForslagTillBeslut", new HashMap<>(Map.of("utfall", "BIFALL", "insatstyp", "HEMTJANST",
                "omfattningTimmar", 20, "startdatum", today.plusDays(1).toString(), "uppfoljningsdatum",
                today.plusMonths(6).toString(), "motivering", "Behovet är styrkt.", "lagrum",
                "SoL (2025:400) 11 kap. 1 §")));
        complete(caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private void complete(long caseId, String taskKey, Map<String, Object> values) {
        String taskId = taskOf(caseId, taskKey);
        org.as("handlaggare.norr", () -> work.complete(taskId, values));
    }

    private String taskOf(long caseId, String taskKey) {
        return org.as("handlaggare.norr", () -> work.inbox()).stream()
                .filter(t -> t.caseId() == caseId && t.taskKey().equals(taskKey)).map(InboxItem::taskId).findFirst()
                .orElseThrow(() -> new AssertionError("ingen uppgift " + taskKey + " i ärende " + caseId));
    }
}
