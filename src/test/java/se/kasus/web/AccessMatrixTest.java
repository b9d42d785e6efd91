package se.kasus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static se.kasus.web.AccessMatrixChecker.getting;
import static se.kasus.web.AccessMatrixChecker.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessControl;
import se.kasus.access.AccessFile;
import se.kasus.access.Permission;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseRecordsService;
import se.kasus.casework.CaseReview;
import se.kasus.casework.CaseWork;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.Journal;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ProviderWork;
import se.kasus.casework.ServiceType;
import se.kasus.casework.SocialRegister;
import se.kasus.fees.FeeRunService;
import se.kasus.fees.FeeService;
import se.kasus.frister.Fristbevakning;
import se.kasus.processadmin.ProcessVersions;
import se.kasus.provision.Ersattning;
import se.kasus.provision.TimeReporting;
import se.kasus.web.AccessMatrixChecker.Probe;
import se.kasus.web.AccessMatrixChecker.Reach;

/**
 * The full matrix test. The canonical {@code config/access.yml}, read from disk, is the expectation; every role ×
 * resource × action cell is probed against the running application (see {@link AccessMatrixChecker}), so a missing
 * or an extra right fails the build. Every HTTP endpoint of the application must be declared below with the cell it
 * belongs to (or as public / own session, with the reason): a new endpoint without a declared cell fails the build,
 * and every role without the declared right must get 403 from it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Not Kasus's own endpoints: the engine's apps and REST API, static files, Spring's error page, the API docs. */
    static final List<String> OUTSIDE = List.of("/camunda", "/engine-rest", "/error", "/webjars", "/css", "/js",
            "/favicon", "/v3/api-docs", "/swagger-ui");

    /** What an endpoint is declared as: the cell(s) it needs (any of them), or no cell with the reason why. */
    record Declared(Set<Permission> anyOf, String noCellBecause) {
    }

    static final Map<String, Declared> ENDPOINTS = new LinkedHashMap<>();

    static void cell(String endpoint, Permission... anyOf) {
        ENDPOINTS.put(endpoint, new Declared(Set.of(anyOf), null));
    }

    static void noCell(String endpoint, String because) {
        ENDPOINTS.put(endpoint, new Declared(Set.of(), because));
    }

    // The endpoint table: one line per endpoint (method and pattern as Spring maps it). New endpoints go at the end.
    static {
        noCell("GET /login", "public: the login page");
        noCell("GET /", "own session: the start page sends each user to their own first page");
        noCell("GET /api/docs", "public: the API's documentation, no client data");
        noCell("GET /api/openapi", "public: the API's description, no client data");
        noCell("GET /api/openapi.yaml", "public: the API's description, no client data");
        noCell("GET /api/openapi/swagger-config", "public: the documentation page's settings");
        cell("GET /api/audit/persons/{personId}/client-extract", Permission.AUDIT_READ);
        cell("GET /api/audit/persons/{personId}/readers", Permission.AUDIT_READ);
        cell("GET /api/audit/access-matrix", Permission.PROCESS_ADMIN, Permission.AUDIT_READ);
        cell("GET /api/audit/sample", Permission.AUDIT_READ);
        cell("GET /api/audit/sample/pdf", Permission.AUDIT_READ);
        cell("GET /api/audit/verify", Permission.AUDIT_VERIFY);
        cell("GET /api/audit", Permission.AUDIT_READ);
        cell("GET /api/audit/persons", Permission.AUDIT_READ);
        cell("GET /api/audit/persons/{personId}", Permission.AUDIT_READ);
        cell("GET /api/audit/persons/{personId}/pdf", Permission.AUDIT_READ);
        cell("GET /api/audit/persons/{personId}/csv", Permission.AUDIT_READ);
        cell("GET /api/audit/users/{username}", Permission.AUDIT_READ);
        cell("GET /api/audit/users/{username}/pdf", Permission.AUDIT_READ);
        cell("GET /api/audit/users/{username}/csv", Permission.AUDIT_READ);
        cell("POST /api/cases", Permission.CASE_CREATE);
        cell("POST /api/cases/{caseId}/journal", Permission.JOURNAL_WRITE);
        cell("POST /api/cases/{caseId}/journal/{entryId}/rattelser", Permission.JOURNAL_WRITE);
        cell("PUT /api/cases/{caseId}/journal/{entryId}", Permission.JOURNAL_WRITE);
        cell("DELETE /api/cases/{caseId}/journal/{entryId}", Permission.JOURNAL_WRITE);
        cell("POST /api/decisions/{decisionId}/appeals", Permission.TASK_WORK);
        cell("GET /api/documents/{documentId}", Permission.CLIENT_FILE_READ);
        cell("GET /api/cases/{caseId}/history", Permission.CASE_HISTORY_READ);
        cell("GET /api/cases/{caseId}/history/processes/{processInstanceId}/diagram", Permission.CASE_HISTORY_READ);
        cell("POST /api/orosanmalningar", Permission.CASE_CREATE);
        cell("GET /api/konsistens", Permission.AUDIT_VERIFY);
        cell("GET /api/avgifter/personer/{personId}", Permission.FEE_READ);
        cell("POST /api/avgifter/personer/{personId}/underlag", Permission.FEE_WRITE);
        cell("GET /api/avgifter/personer/{personId}/berakning", Permission.FEE_READ);
        cell("POST /api/avgifter/personer/{personId}/beslut", Permission.FEE_WRITE);
        cell("GET /api/avgifter/beslut/{decisionId}/brev", Permission.FEE_READ);
        cell("POST /api/avgifter/korningar/{manad}", Permission.FEE_RUN);
        cell("GET /api/avgifter/korningar/{manad}", Permission.FEE_READ);
        cell("POST /api/avgifter/korningar/{manad}/export", Permission.FEE_RUN);
        cell("GET /api/frister", Permission.DEADLINE_VIEW);
        cell("GET /api/bestallningar/{orderId}", Permission.CLIENT_FILE_READ);
        cell("POST /api/bestallningar/{orderId}/meddelanden", Permission.JOURNAL_WRITE);
        cell("GET /api/persons", Permission.PERSON_SEARCH);
        cell("POST /api/persons/{personId}/menprovningar", Permission.CLIENT_FILE_READ);
        cell("GET /api/persons/{personId}/file", Permission.CLIENT_FILE_READ);
        cell("GET /api/processes", Permission.PROCESS_ADMIN);
        cell("POST /api/processes/{key}/migrations/dry-run", Permission.PROCESS_ADMIN);
        cell("POST /api/processes/{key}/migrations", Permission.PROCESS_ADMIN);
        cell("GET /api/utforare/bestallningar", Permission.PROVIDER_ORDERS);
        cell("GET /api/utforare/bestallningar/{orderId}", Permission.PROVIDER_ORDERS);
        cell("POST /api/utforare/bestallningar/{orderId}/svar", Permission.PROVIDER_ORDERS);
        cell("POST /api/utforare/bestallningar/{orderId}/genomforandeplaner", Permission.PROVIDER_DOCUMENTATION);
        cell("POST /api/utforare/bestallningar/{orderId}/dokumentation", Permission.PROVIDER_DOCUMENTATION);
        cell("POST /api/utforare/bestallningar/{orderId}/meddelanden", Permission.PROVIDER_DOCUMENTATION);
        cell("GET /api/utforare/besok/idag", Permission.VISIT_REPORT);
        cell("POST /api/utforare/besok", Permission.VISIT_REPORT);
        cell("POST /api/utforare/besok/{id}/korrigering", Permission.VISIT_CORRECT);
        cell("POST /api/utforare/besok/import", Permission.VISIT_REPORT);
        cell("GET /api/ersattning/{provider}/{month}", Permission.REIMBURSEMENT_READ);
        cell("POST /api/ersattning/{provider}/{month}/attest", Permission.REIMBURSEMENT_ATTEST);
        cell("POST /api/ersattning/{provider}/{month}/avstamning", Permission.REIMBURSEMENT_ATTEST);
        cell("GET /api/ersattning/{provider}/{month}/underlag.csv", Permission.REIMBURSEMENT_READ);
        cell("GET /api/ersattning/{provider}/{month}/underlag.pdf", Permission.REIMBURSEMENT_READ);
        cell("GET /api/ersattning/{provider}/{month}/ekonomi.txt", Permission.REIMBURSEMENT_ATTEST);
        cell("GET /api/socialregister", Permission.SOCIAL_REGISTER_READ);
        cell("GET /api/tasks", Permission.TASK_WORK);
        cell("POST /api/tasks/{taskId}/claim", Permission.TASK_WORK);
        cell("POST /api/tasks/{taskId}/unclaim", Permission.TASK_WORK);
        cell("GET /api/tasks/{taskId}/form", Permission.TASK_WORK);
        cell("PUT /api/tasks/{taskId}/draft", Permission.TASK_WORK);
        cell("POST /api/tasks/{taskId}/complete", Permission.TASK_WORK);
        cell("GET /behorigheter", Permission.PROCESS_ADMIN, Permission.AUDIT_READ);
        cell("GET /logg/person/{personId}/behorighet", Permission.AUDIT_READ);
        cell("GET /logg", Permission.AUDIT_READ, Permission.AUDIT_VERIFY);
        cell("POST /logg/verifiera", Permission.AUDIT_VERIFY);
        cell("GET /logg/person", Permission.AUDIT_READ);
        cell("POST /logg/person", Permission.AUDIT_READ);
        cell("GET /logg/person/{personId}", Permission.AUDIT_READ);
        cell("GET /logg/person/{personId}/pdf", Permission.AUDIT_READ);
        cell("GET /logg/person/{personId}/klientutdrag", Permission.AUDIT_READ);
        cell("GET /logg/stickprov", Permission.AUDIT_READ);
        cell("GET /logg/stickprov/pdf", Permission.AUDIT_READ);
        cell("GET /logg/person/{personId}/csv", Permission.AUDIT_READ);
        cell("GET /logg/anvandare", Permission.AUDIT_READ);
        cell("GET /logg/anvandare/pdf", Permission.AUDIT_READ);
        cell("GET /logg/anvandare/csv", Permission.AUDIT_READ);
        cell("GET /revision/arenden", Permission.CASE_HISTORY_READ);
        cell("GET /revision/arenden/{caseId}", Permission.CASE_HISTORY_READ);
        cell("GET /orosanmalan", Permission.CASE_CREATE);
        cell("POST /orosanmalan/ny", Permission.CASE_CREATE);
        cell("POST /orosanmalan", Permission.CASE_CREATE);
        cell("GET /dokument/{documentId}", Permission.CLIENT_FILE_READ);
        cell("GET /avgifter/personer/{personId}", Permission.FEE_READ);
        cell("POST /avgifter/personer/{personId}/underlag", Permission.FEE_WRITE);
        cell("POST /avgifter/personer/{personId}/beslut", Permission.FEE_WRITE);
        cell("GET /avgifter/beslut/{decisionId}/brev", Permission.FEE_READ);
        cell("GET /avgifter/korning", Permission.FEE_READ);
        cell("POST /avgifter/korning", Permission.FEE_RUN);
        cell("POST /avgifter/korning/export", Permission.FEE_RUN);
        cell("GET /frister", Permission.DEADLINE_VIEW);
        cell("GET /inkorg", Permission.TASK_WORK);
        cell("POST /uppgifter/{taskId}/ta", Permission.TASK_WORK);
        cell("POST /uppgifter/{taskId}/lamna", Permission.TASK_WORK);
        cell("GET /lvu/fristmissar", Permission.TASK_WORK);
        cell("GET /personer", Permission.PERSON_SEARCH);
        cell("POST /personer", Permission.PERSON_SEARCH);
        cell("POST /personer/{personId}/ansokan", Permission.CASE_CREATE);
        cell("GET /personer/{personId}", Permission.CLIENT_FILE_READ);
        cell("POST /arenden/{caseId}/journal", Permission.JOURNAL_WRITE);
        cell("POST /arenden/{caseId}/journal/{entryId}/rattelse", Permission.JOURNAL_WRITE);
        cell("POST /arenden/{caseId}/journal/{entryId}/andra", Permission.JOURNAL_WRITE);
        cell("POST /arenden/{caseId}/journal/{entryId}/ta-bort", Permission.JOURNAL_WRITE);
        cell("POST /beslut/{decisionId}/overklagande", Permission.TASK_WORK);
        cell("GET /processer/migrering", Permission.PROCESS_ADMIN);
        cell("POST /processer/migrering/provkorning", Permission.PROCESS_ADMIN);
        cell("POST /processer/migrering", Permission.PROCESS_ADMIN);
        cell("GET /processer", Permission.PROCESS_ADMIN);
        cell("GET /processer/grind", Permission.PROCESS_ADMIN);
        cell("POST /processer/grind", Permission.PROCESS_ADMIN);
        cell("GET /utforare/bestallningar", Permission.PROVIDER_ORDERS);
        cell("GET /utforare/bestallningar/{orderId}", Permission.PROVIDER_ORDERS);
        cell("POST /utforare/bestallningar/{orderId}/svar", Permission.PROVIDER_ORDERS);
        cell("POST /utforare/bestallningar/{orderId}/genomforandeplaner", Permission.PROVIDER_DOCUMENTATION);
        cell("POST /utforare/bestallningar/{orderId}/dokumentation", Permission.PROVIDER_DOCUMENTATION);
        cell("POST /utforare/bestallningar/{orderId}/meddelanden", Permission.PROVIDER_DOCUMENTATION);
        cell("GET /bestallningar/{orderId}", Permission.CLIENT_FILE_READ);
        cell("POST /bestallningar/{orderId}/meddelanden", Permission.JOURNAL_WRITE);
        cell("GET /utforare", Permission.VISIT_REPORT);
        cell("POST /utforare/bestallning/{orderId}/start", Permission.VISIT_REPORT);
        cell("POST /utforare/besok/{visitId}/stopp", Permission.VISIT_REPORT);
        cell("POST /utforare/bestallning/{orderId}/leverans", Permission.VISIT_REPORT);
        cell("GET /utforare/korrigering", Permission.VISIT_CORRECT);
        cell("GET /utforare/besok/{visitId}/korrigera", Permission.VISIT_CORRECT);
        cell("POST /utforare/besok/{visitId}/korrigera", Permission.VISIT_CORRECT);
        cell("GET /ersattning", Permission.REIMBURSEMENT_READ);
        cell("POST /ersattning/{provider}/{period}/attest", Permission.REIMBURSEMENT_ATTEST);
        cell("POST /ersattning/{provider}/{period}/avstamning", Permission.REIMBURSEMENT_ATTEST);
        cell("GET /ersattning/{provider}/{period}/underlag.pdf", Permission.REIMBURSEMENT_READ);
        cell("GET /ersattning/{provider}/{period}/underlag.csv", Permission.REIMBURSEMENT_READ);
        cell("GET /ersattning/{provider}/{period}/ekonomi.txt", Permission.REIMBURSEMENT_ATTEST);
        cell("GET /socialregister", Permission.SOCIAL_REGISTER_READ);
        cell("POST /socialregister", Permission.SOCIAL_REGISTER_READ);
        cell("GET /personer/{personId}/menprovning", Permission.CLIENT_FILE_READ);
        cell("POST /personer/{personId}/menprovning", Permission.CLIENT_FILE_READ);
        cell("GET /uppgifter/{taskId}", Permission.TASK_WORK);
        cell("POST /api/ekb/ansokningar", Permission.CASE_CREATE);
        cell("GET /api/ekb/arenden/{caseId}", Permission.CLIENT_FILE_READ);
        cell("GET /personer/{personId}/ekonomiskt-bistand", Permission.CASE_CREATE);
        cell("POST /personer/{personId}/ekonomiskt-bistand", Permission.CASE_CREATE);
        cell("POST /api/familjeratt/snabbupplysningar", Permission.CASE_CREATE);
        cell("GET /api/familjeratt/snabbupplysningar/{caseId}", Permission.CLIENT_FILE_READ);
        cell("POST /api/familjeratt/informationssamtal", Permission.CASE_CREATE);
        cell("GET /api/familjeratt/informationssamtal/{caseId}", Permission.CLIENT_FILE_READ);
        cell("GET /familjeratt", Permission.CASE_CREATE);
        cell("POST /familjeratt/snabbupplysningar", Permission.CASE_CREATE);
        cell("GET /familjeratt/snabbupplysningar/{caseId}", Permission.CLIENT_FILE_READ);
        cell("POST /api/familjeratt/vbu-utredningar", Permission.CASE_CREATE);
        cell("GET /api/familjeratt/vbu-utredningar/{caseId}", Permission.CLIENT_FILE_READ);
        cell("GET /familjeratt/vbu-utredningar/ny", Permission.CASE_CREATE);
        cell("POST /familjeratt/vbu-utredningar", Permission.CASE_CREATE);
        cell("GET /familjeratt/vbu-utredningar/{caseId}", Permission.CLIENT_FILE_READ);
    }

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired AccessControl access;
    @Autowired TestOrganisation org;
    @Autowired UserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired Journal journal;
    @Autowired ClientFileService clientFiles;
    @Autowired SocialRegister socialRegister;
    @Autowired CaseRecordsService records;
    @Autowired CaseReview caseReview;
    @Autowired se.kasus.access.AuditReview auditReview;
    @Autowired ProcessVersions processVersions;
    @Autowired Fristbevakning frister;
    @Autowired FeeService fees;
    @Autowired FeeRunService feeRuns;
    @Autowired TimeReporting timeReporting;
    @Autowired Ersattning ersattning;
    @Autowired ProviderWork providerWork;

    AccessMatrixFixture fixture;
    AccessMatrixChecker checker;

    @BeforeAll
    void dataOnce() {
        fixture = new AccessMatrixFixture(org, directory, intake, work, journal, management, jdbc, clock);
        checker = new AccessMatrixChecker(mvc, users, access, org, jdbc, fixture, probes());
    }

    /** One line per cell: the representative endpoint, and the service method behind it. */
    List<Probe> probes() {
        String month = YearMonth.now(clock).toString();
        LocalDate today = LocalDate.now(clock);
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe(Permission.PERSON_SEARCH, Reach.NONE, "GET /api/persons",
                t -> getting("/api/persons").param("personnummer", fixture.caseA.id("personnummer")),
                t -> clientFiles.search(fixture.caseA.id("personnummer"))));
        probes.add(new Probe(Permission.SOCIAL_REGISTER_READ, Reach.NONE, "GET /api/socialregister",
                t -> getting("/api/socialregister").param("personnummer", fixture.caseB.id("personnummer"))
                        .param("andamal", "Snabbupplysning till tingsrätten"),
                t -> socialRegister.lookup(fixture.caseB.id("personnummer"), "Snabbupplysning till tingsrätten")));
        probes.add(new Probe(Permission.CLIENT_FILE_READ, Reach.CASE, "GET /api/persons/{personId}/file",
                t -> getting("/api/persons/" + t.id("personId") + "/file"),
                t -> clientFiles.open(Long.parseLong(t.id("personId")), null)));
        probes.add(new Probe(Permission.CLIENT_FILE_READ, Reach.CASE, "GET /api/documents/{documentId}",
                t -> getting("/api/documents/" + t.id("documentId")),
                t -> records.document(Long.parseLong(t.id("documentId")))));
        // Registering creates a case in the user's own unit: probed with a date in the future, refused as bad input
        // after the access check, so nothing is written.
        probes.add(new Probe(Permission.CASE_CREATE, Reach.NONE, "POST /api/cases",
                t -> posting("/api/cases", "{\"personId\":" + fixture.caseA.id("personId") + ",\"receivedDate\":\""
                        + today.plusYears(1) + "\",\"requestedService\":\"HEMTJANST\"}"),
                t -> intake.registerApplication(new NewApplication(Long.parseLong(fixture.caseA.id("personId")),
                        today.plusYears(1), ServiceType.HEMTJANST, null))));
        probes.add(new Probe(Permission.TASK_WORK, Reach.NONE, "GET /api/tasks", t -> getting("/api/tasks"),
                t -> work.inbox()));
        probes.add(new Probe(Permission.TASK_WORK, Reach.CASE, "GET /api/tasks/{taskId}/form",
                t -> getting("/api/tasks/" + t.id("taskId") + "/form"), t -> work.open(t.id("taskId"))));
        // A decision is made only by completing the process's decision task; probed at AccessControl (below, with the
        // case's unit and law area) rather than by deciding real cases.
        probes.add(new Probe(Permission.DECIDE, Reach.CASE, "beslutssteget (DecisionSteps)", null, null));
        probes.add(new Probe(Permission.JOURNAL_WRITE, Reach.CASE, "POST /api/cases/{caseId}/journal",
                t -> posting("/api/cases/" + t.id("caseId") + "/journal", "{\"text\":\"Matristest.\"}"),
                t -> journal.write(Long.parseLong(t.id("caseId")), "Matristest.")));
        probes.add(new Probe(Permission.AUDIT_READ, Reach.NONE, "GET /api/audit",
                t -> getting("/api/audit").param("limit", "1"), t -> auditReview.latest(1)));
        probes.add(new Probe(Permission.CASE_HISTORY_READ, Reach.CASE, "GET /api/cases/{caseId}/history",
                t -> getting("/api/cases/" + t.id("caseId") + "/history"),
                t -> caseReview.records(Long.parseLong(t.id("caseId")), "Matristest")));
        probes.add(new Probe(Permission.AUDIT_VERIFY, Reach.NONE, "GET /api/audit/verify",
                t -> getting("/api/audit/verify"), t -> auditReview.verify()));
        probes.add(new Probe(Permission.PROCESS_ADMIN, Reach.NONE, "GET /api/processes",
                t -> getting("/api/processes"), t -> processVersions.list()));
        probes.add(new Probe(Permission.DEADLINE_VIEW, Reach.NONE, "GET /api/frister",
                t -> getting("/api/frister"), t -> frister.list(null)));
        probes.add(new Probe(Permission.FEE_READ, Reach.CLIENT, "GET /api/avgifter/personer/{personId}",
                t -> getting("/api/avgifter/personer/" + t.id("personId")).param("manad", month),
                t -> fees.overview(Long.parseLong(t.id("personId")), YearMonth.now(clock))));
        // An empty underlag: refused as bad input after the access check, nothing written.
        probes.add(new Probe(Permission.FEE_WRITE, Reach.CLIENT, "POST /api/avgifter/personer/{personId}/underlag",
                t -> posting("/api/avgifter/personer/" + t.id("personId") + "/underlag", "{}"),
                t -> fees.decide(Long.parseLong(t.id("personId")), "inte-en-manad", null)));
        // A month that is not one: refused as bad input after the access check, no run made.
        probes.add(new Probe(Permission.FEE_RUN, Reach.NONE, "POST /api/avgifter/korningar/{manad}",
                t -> posting("/api/avgifter/korningar/inte-en-manad", "{}"), t -> feeRuns.run("inte-en-manad")));
        probes.add(new Probe(Permission.VISIT_REPORT, Reach.NONE, "GET /api/utforare/besok/idag",
                t -> getting("/api/utforare/besok/idag"), t -> timeReporting.today()));
        probes.add(new Probe(Permission.VISIT_CORRECT, Reach.NONE, "GET /utforare/korrigering",
                t -> getting("/utforare/korrigering").param("manad", month),
                t -> timeReporting.visitsOfMonth(YearMonth.now(clock))));
        probes.add(new Probe(Permission.REIMBURSEMENT_READ, Reach.PROVIDER, "GET /api/ersattning/{provider}/{month}",
                t -> getting("/api/ersattning/" + t.unitId() + "/" + month),
                t -> ersattning.underlag(t.unitId(), YearMonth.now(clock))));
        // The ekonomisystem's file of a month not yet attested: 409 after the access check, nothing attested.
        probes.add(new Probe(Permission.REIMBURSEMENT_ATTEST, Reach.PROVIDER,
                "GET /api/ersattning/{provider}/{month}/ekonomi.txt",
                t -> getting("/api/ersattning/" + t.unitId() + "/" + month + "/ekonomi.txt"),
                t -> ersattning.forExport(t.unitId(), YearMonth.now(clock), "txt", true)));
        probes.add(new Probe(Permission.PROVIDER_ORDERS, Reach.ORDER, "GET /api/utforare/bestallningar/{orderId}",
                t -> getting("/api/utforare/bestallningar/" + t.id("orderId")),
                t -> providerWork.client(Long.parseLong(t.id("orderId")))));
        probes.add(new Probe(Permission.PROVIDER_DOCUMENTATION, Reach.ORDER,
                "POST /api/utforare/bestallningar/{orderId}/meddelanden",
                t -> posting("/api/utforare/bestallningar/" + t.id("orderId") + "/meddelanden",
                        "{\"text\":\"Matristest.\"}"),
                t -> providerWork.providerMessage(Long.parseLong(t.id("orderId")), "Matristest.")));
        // Skyddad identitet in lists is being enforced in its own change; until then the cell is probed at
        // AccessControl only (own unit, other unit).
        probes.add(new Probe(Permission.PROTECTED_IDENTITY_READ, Reach.CLIENT, "listor och sökningar", null, null));
        return probes;
    }

    @Test
    void everyCellOfTheMatrixIsEnforcedExactlyAsTheCanonicalFileSays() throws Exception {
        assertThat(checker.unprobed()).as("rättigheter utan prov").isEmpty();
        assertThat(checker.check(AccessFile.canonical())).as("celler där applikationen avviker från matrisen")
                .isEmpty();
    }

    @Test
    void everyEndpointIsDeclaredWithItsCell_andNoDeclarationIsStale() {
        Set<String> mapped = mappedEndpoints();
        Set<String> undeclared = new TreeSet<>(mapped);
        undeclared.removeAll(ENDPOINTS.keySet());
        assertThat(undeclared).as("endpoints utan deklarerad cell i AccessMatrixTest.ENDPOINTS").isEmpty();
        Set<String> stale = new TreeSet<>(ENDPOINTS.keySet());
        stale.removeAll(mapped);
        assertThat(stale).as("deklarerade endpoints som inte finns").isEmpty();
        assertThat(ENDPOINTS.values()).allSatisfy(d -> assertThat(d.anyOf().isEmpty())
                .isEqualTo(d.noCellBecause() != null));
    }

    /**
     * Form input that gets a page past its own parsing to the service's access check (without it, the page answers the
     * input's error first, which is no access but proves nothing about the check).
     */
    static final Map<String, Map<String, String>> INPUT = Map.of(
            "POST /utforare/bestallning/{orderId}/leverans", Map.of("antal", "1"),
            "POST /ersattning/{provider}/{period}/avstamning", Map.of("belopp", "100"),
            "POST /avgifter/personer/{personId}/underlag", Map.of("fromMonth", "2026-01", "household", "ENSAMSTAENDE",
                    "incomePension", "15000", "housingCost", "5000"));

    /**
     * A role without the cell is refused by every endpoint declared with it: 403, or 400 where the endpoint refuses
     * the (deliberately empty) input before it reaches the check — never an answer with content, never a redirect.
     */
    @Test
    void everyRoleWithoutTheDeclaredCellIsRefusedByEveryEndpoint() throws Exception {
        AccessFile file = AccessFile.canonical();
        Map<String, String> ids = ids();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Declared> endpoint : ENDPOINTS.entrySet()) {
            for (Role role : Role.values()) {
                if (endpoint.getValue().anyOf().isEmpty()
                        || endpoint.getValue().anyOf().stream().anyMatch(p -> file.grants(role, p))) {
                    continue;
                }
                int status = mvc.perform(call(endpoint.getKey(), ids)
                        .with(user(users.loadUserByUsername(fixture.users.get(role))))).andReturn().getResponse()
                        .getStatus();
                if (status != 403 && status != 400) {
                    wrong.add(endpoint.getKey() + " som " + role.groupId() + ": " + status);
                }
            }
        }
        assertThat(wrong).as("endpoints som inte nekar en roll utan cellen").isEmpty();
    }

    /**
     * Lists that span cases filter by law area as the case itself does: a familjerättssekreterare put in an
     * äldreomsorg unit, even with one of its tasks assigned to them in the engine, sees none of its cases in the inbox,
     * the deadlines or a client file, while the unit's handläggare does.
     */
    @Test
    void listsThatSpanCasesShowNoCaseOfALawAreaOutsideTheRole() {
        String familjeratt = fixture.users.get(Role.FAMILJERATTSSEKRETERARE);
        String handlaggare = fixture.users.get(Role.HANDLAGGARE);
        String taskId = fixture.caseA.id("taskId");
        taskService.setAssignee(taskId, familjeratt);
        try {
            assertThat(org.as(familjeratt, () -> work.inbox())).as("familjerättens inkorg")
                    .noneMatch(t -> t.taskId().equals(taskId)).isEmpty();
            assertThat(org.as(handlaggare, () -> work.inbox())).as("handläggarens inkorg")
                    .anyMatch(t -> t.taskId().equals(taskId));
            assertThat(org.as(familjeratt, () -> frister.list(null)).frister()).as("familjerättens frister").isEmpty();
            assertThat(org.as(handlaggare, () -> frister.list(null)).frister()).as("handläggarens frister")
                    .isNotEmpty();
            long personId = Long.parseLong(fixture.caseA.id("personId"));
            assertThat(org.as(handlaggare, () -> clientFiles.open(personId, null)).cases()).isNotEmpty();
            assertThatThrownBy(() -> org.as(familjeratt,
                    () -> clientFiles.open(personId, null))).isInstanceOf(se.kasus.access.AccessDeniedException.class);
        } finally {
            taskService.setAssignee(taskId, null);
        }
    }

    private Set<String> mappedEndpoints() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (OUTSIDE.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(m -> found.add(m.name() + " " + pattern));
            }
        }
        return found;
    }

    /** The ids the endpoints' path variables are filled with: unit A's records. */
    private Map<String, String> ids() {
        Map<String, String> ids = new HashMap<>(fixture.caseA.ids());
        ids.put("entryId", jdbc.queryForObject("SELECT MIN(id) FROM journal_entry WHERE case_id = ?", Long.class,
                Long.parseLong(ids.get("caseId"))).toString());
        ids.put("processInstanceId", "okand");
        ids.put("provider", AccessMatrixFixture.OWN_PROVIDER);
        String month = YearMonth.now(clock).toString();
        ids.put("month", month);
        ids.put("period", month);
        ids.put("manad", month);
        ids.put("username", fixture.users.get(Role.HANDLAGGARE));
        ids.put("key", "aldreomsorg-bistand");
        ids.put("id", "0");
        ids.put("visitId", "0");
        return ids;
    }

    private MockHttpServletRequestBuilder call(String endpoint, Map<String, String> ids) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1];
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path)
                .param("personnummer", fixture.caseA.id("personnummer")).param("andamal", "Matristest")
                .param("month", ids.get("month")).param("manad", ids.get("month")).param("anvandare",
                        ids.get("username"));
        if (INPUT.containsKey(endpoint)) {
            request = request.with(csrf());
            for (Map.Entry<String, String> field : INPUT.get(endpoint).entrySet()) {
                request = request.param(field.getKey(), field.getValue());
            }
        } else if (!parts[0].equals("GET")) {
            request = request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }

    static String describe(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
