package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.kasus.TestOrganisation;
import se.kasus.access.AccessDeniedException;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Ekonomiskt bistånd walked through the real engine, services and HTTP: ansökan with a household from the registry,
 * utredning, beräkning enligt riksnormen, förslag, beslut och delgivning, utbetalning and avslut; the attempts to skip
 * a step, to decide above the calculation, to reach the case from another unit, and bad input.
 */
@AutoConfigureMockMvc
class EkbProcessTest extends ProcessTestBase {

    static final String EKB = "handlaggare.ekb";
    static final String EKB_FORSTE = "forste.ekb";
    static final String PROCESS = "ekb-bistand";

    @Autowired EkbService ekb;
    @Autowired PersonService persons;
    @Autowired DocumentRepository documents;
    @Autowired EkbPaymentRepository payments;
    @Autowired EkbInvestigationRepository investigations;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired se.kasus.consistency.ConsistencyCheck consistency;
    @Autowired UserDetailsService users;

    /** Tuesday 10 March 2026: riksnormen 2026 applies, and the appeal period's last day is a weekday. */
    @BeforeEach
    void inMarch2026() {
        setToday(LocalDate.of(2026, 3, 10));
    }

    @Test
    void bifall_isCalculatedDecidedDeliveredPaidAndClosedWhenTheAppealPeriodEnds() {
        long caseId = application(null, List.of());
        ProcessInstance main = ekbProcess(caseId);
        complete(EKB, caseId, "Task_EkbUtreda", investigation(0, 6000));

        TaskForm proposalTask = org.as(EKB, () -> work.open(task(caseId, "Task_EkbForslag").id()));
        assertThat(proposalTask.data().get("beraknatBelopp")).isEqualTo(11520);
        assertThat(proposalTask.data().get("berakning").toString()).contains("Ensamstående vuxen: 3940 kr",
                "Gemensamma hushållskostnader, 1 person: 1280 kr", "Boendekostnad: 6000 kr", "Hushållsel: 300 kr",
                "Beräknat bistånd: 11520 kr");

        complete(EKB, caseId, "Task_EkbForslag", proposal("BIFALL", 11520));
        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("ekb.handlaggare");
        TaskForm decisionTask = org.as(EKB, () -> work.open(task(caseId, "Task_FattaBeslut").id()));
        assertThat(decisionTask.data().get("forslagInsats")).isEqualTo("Försörjningsstöd, 11520 kr för mars 2026");
        complete(EKB, caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        executeDueJobs();
        assertThat(documents.listByCaseIds(List.of(caseId))).as("beslutsbrev med överklagandehänvisning").hasSize(1);
        deliverEkb(caseId);

        complete(EKB, caseId, "Task_EkbUtbetalning", Map.of("utbetalningsdatum", today().toString(),
                "betalningssatt", "KONTO"));
        assertThat(payments.findByCaseIdOrderByIdAsc(caseId)).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(11520);
            assertThat(p.month()).isEqualTo(YearMonth.of(2026, 3));
        });
        assertThat(decisionOf(caseId).executedDate()).isEqualTo(today());
        assertThat(main).isNotEnded();

        moveClock(Duration.ofDays(22));
        executeDueJobs();

        assertThat(main).isEnded().hasPassedInOrder("Task_EkbUtreda", "Task_EkbBerakna", "Task_EkbForslag",
                "CallActivity_BeslutOchDelgivning", "Task_EkbUtbetalning", "Timer_LagaKraft", "Task_AvslutaArende",
                "End_Avslutat");
        assertThat(main).hasNotPassed("Task_Kommunicera");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void incomeAboveTheNorm_isAnAvslag_communicatedAndDecidedByThe1eSocialsekreterare_withoutPayment() {
        long caseId = application(null, List.of());
        ProcessInstance main = ekbProcess(caseId);
        complete(EKB, caseId, "Task_EkbUtreda", investigation(15000, 6000));

        assertThatThrownBy(() -> complete(EKB, caseId, "Task_EkbForslag", proposal("BIFALL", 100)))
                .isInstanceOf(FormRejectedException.class);
        complete(EKB, caseId, "Task_EkbForslag", proposal("AVSLAG", null));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Kommunicera underlaget");
        complete(EKB, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(EKB, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(), "svar", "Jag har skulder."));
        complete(EKB, caseId, "Task_EkbForslag", proposal("AVSLAG", null));

        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("ekb.forste-socialsekreterare");
        String decisionTask = task(caseId, "Task_FattaBeslut").id();
        assertThatThrownBy(() -> org.as(EKB, () -> work.complete(decisionTask, Map.of("beslut", "GODKANN"))))
                .as("the delegationsordning gives avslag to the 1:e socialsekreterare").isInstanceOf(AccessDeniedException.class);
        complete(EKB_FORSTE, caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
        executeDueJobs();
        deliverEkb(caseId);
        assertThat(workflow.activeSteps(caseId)).as("an avslag is not paid; the case waits for laga kraft")
                .containsExactly("Överklagandetiden har gått ut");

        moveClock(Duration.ofDays(22));
        executeDueJobs();

        assertThat(main).isEnded().hasPassed("Task_Kommunicera", "Timer_LagaKraft", "End_Avslutat")
                .hasNotPassed("Task_EkbUtbetalning");
        assertThat(payments.findByCaseIdOrderByIdAsc(caseId)).isEmpty();
    }

    @Test
    void coupleWithTwoChildren_theHouseholdComesFromTheRegistryAndHousingIsCappedWithTheReason() throws Exception {
        PersonView partner = org.newPerson();
        LocalDate monthStart = LocalDate.of(2026, 3, 1);
        PersonView small = BarnTestSupport.newPerson(persons, monthStart.minusYears(5).minusMonths(2));
        PersonView older = BarnTestSupport.newPerson(persons, monthStart.minusYears(12).minusMonths(2));
        long caseId = application(partner.id(), List.of(new NewEkbApplication.Child(small.id(), true),
                new NewEkbApplication.Child(older.id(), false)));
        complete(EKB, caseId, "Task_EkbUtreda", investigation(20000, 14000));

        // 7 100 + 2 720 + 4 390 + 2 030 = 16 240; housing 14 000 capped at 12 000 for 4 persons; + 300 el − 20 000
        var view = org.as(EKB, () -> ekb.view(caseId));
        assertThat(view.household()).extracting(EkbService.Member::age).containsExactly(null, 5, 12);
        assertThat(view.calculation().norm()).isEqualTo(16240);
        assertThat(view.calculation().housingCounted()).isEqualTo(12000);
        assertThat(view.calculation().amount()).isEqualTo(16240 + 12000 + 300 - 20000);
        TaskForm proposalTask = org.as(EKB, () -> work.open(task(caseId, "Task_EkbForslag").id()));
        assertThat(proposalTask.data().get("berakning").toString()).contains("Barn 5 år, lunch i förskolan: 2720 kr",
                "Boendekostnaden 14000 kr är högre än den skäliga för ett hushåll med 4 personer (12000 kr");

        mvc.perform(get("/api/ekb/arenden/" + caseId).with(basic(EKB))).andExpect(status().isOk())
                .andExpect(jsonPath("$.calculation.amount").value(8540))
                .andExpect(jsonPath("$.calculation.housingNote", containsString("12000 kr räknas")));
        long applicant = cases.findById(caseId).orElseThrow().personId();
        mvc.perform(get("/api/persons/" + applicant + "/file").with(basic(EKB))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"caseType\":\"EKONOMISKT_BISTAND\"")));
    }

    @Test
    void skippingSteps_isRefused_andADecisionAboveTheCalculationCannotBeProposed() {
        long caseId = application(null, List.of());
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_EkbUtreda");
        String investigationTask = task(caseId, "Task_EkbUtreda").id();
        assertThatThrownBy(() -> org.as(EKB, () -> work.complete(investigationTask, proposal("BIFALL", 11520))))
                .as("a proposal submitted on the utredning is not a proposal").isInstanceOf(FormRejectedException.class);
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();

        complete(EKB, caseId, "Task_EkbUtreda", investigation(0, 6000));
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).containsExactly("Task_EkbForslag");
        assertThatThrownBy(() -> org.as(EKB, () -> work.complete(investigationTask, investigation(0, 6000))))
                .isInstanceOf(se.kasus.engine.TaskNotActiveException.class);
        assertThatThrownBy(() -> complete(EKB, caseId, "Task_EkbForslag", proposal("BIFALL", 20000)))
                .isInstanceOf(FormRejectedException.class);
        assertThatThrownBy(() -> complete(EKB, caseId, "Task_EkbForslag", proposal("DELVIS_BIFALL", 11520)))
                .isInstanceOf(FormRejectedException.class);
        assertThat(decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId))).isEmpty();
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .as("no payment before a decision").doesNotContain("Task_EkbUtbetalning", "Task_FattaBeslut");
    }

    @Test
    void anotherUnit_cannotReadTheCalculationNorWorkTheCase_andARoleWithoutTheRightCannotApply() throws Exception {
        long caseId = application(null, List.of());
        long personId = cases.findById(caseId).orElseThrow().personId();

        mvc.perform(get("/api/ekb/arenden/" + caseId).with(basic(HANDLAGGARE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/persons/" + personId + "/file").with(basic(HANDLAGGARE))).andExpect(status().isForbidden());
        String taskId = task(caseId, "Task_EkbUtreda").id();
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(taskId, investigation(0, 6000))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(investigations.findFirstByCaseIdOrderByIdDesc(caseId)).isEmpty();
        long before = count("kasus_case");
        mvc.perform(post("/api/ekb/ansokningar").with(basic("revisor")).contentType(MediaType.APPLICATION_JSON)
                .content(body(personId, "2026-03", "[]"))).andExpect(status().isForbidden());
        assertThat(count("kasus_case")).isEqualTo(before);
    }

    @Test
    void badInput_isASwedish400_andNothingIsWritten() throws Exception {
        PersonView person = org.newPerson();
        long casesBefore = count("kasus_case");
        long applicationsBefore = count("ekb_application");

        mvc.perform(post("/api/ekb/ansokningar").with(basic(EKB)).contentType(MediaType.APPLICATION_JSON)
                .content(body(person.id(), "2027-03", "[]"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("En senare månad söks med en ny ansökan")));
        mvc.perform(post("/api/ekb/ansokningar").with(basic(EKB)).contentType(MediaType.APPLICATION_JSON)
                .content(body(999_999_999L, "2026-03", "[]"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Personen finns inte i personregistret."));
        mvc.perform(post("/api/ekb/ansokningar").with(basic(EKB)).contentType(MediaType.APPLICATION_JSON)
                .content(body(person.id(), "2026-03", "[{\"personId\": 999999999}]"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("Barn i hushållet"));
        PersonView adult = BarnTestSupport.newPerson(persons, LocalDate.of(2000, 1, 1));
        mvc.perform(post("/api/ekb/ansokningar").with(basic(EKB)).contentType(MediaType.APPLICATION_JSON)
                .content(body(person.id(), "2026-03", "[{\"personId\": " + adult.id() + "}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("räknas inte som barn i hushållet")));
        mvc.perform(post("/api/ekb/ansokningar").with(basic(EKB)).contentType(MediaType.APPLICATION_JSON)
                .content(body(person.id(), null, "[]"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ange vilken månad ansökan gäller."));
        assertThat(count("kasus_case")).isEqualTo(casesBefore);
        assertThat(count("ekb_application")).isEqualTo(applicationsBefore);

        long caseId = application(null, List.of());
        Map<String, Object> negative = investigation(-500, 6000);
        assertThatThrownBy(() -> complete(EKB, caseId, "Task_EkbUtreda", negative))
                .isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(((FormRejectedException) e).errors()).extracting(f -> f.key())
                        .containsExactly("inkomst"));
        assertThat(investigations.findFirstByCaseIdOrderByIdDesc(caseId)).as("nothing written").isEmpty();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda ekonomiskt bistånd");

        mvc.perform(post("/api/ekb/ansokningar").with(basic(EKB)).contentType(MediaType.APPLICATION_JSON)
                .content(body(person.id(), "2026-03", "[]"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseType").value("EKONOMISKT_BISTAND"));
    }

    @Test
    void thePage_registersAnAnsokanWithItsHousehold_andAnswersBadInputInSwedishWithNothingWritten() throws Exception {
        PersonView applicant = org.newPerson();
        PersonView child = BarnTestSupport.newPerson(persons, LocalDate.of(2021, 6, 1));
        String page = "/personer/" + applicant.id() + "/ekonomiskt-bistand";
        mvc.perform(get(page).with(page(EKB))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Barn i hushållet")));
        mvc.perform(get(page).with(page("revisor"))).andExpect(status().isForbidden());
        long before = count("kasus_case");

        mvc.perform(post(page).with(page(EKB)).with(csrf()).param("receivedDate", "2026-03-10").param("month", "2028-01")
                .param("children", child.personnummer() + " lunch")).andExpect(status().isOk())
                .andExpect(content().string(containsString("En senare månad söks med en ny ansökan")));
        String nobody = se.kasus.TestPersonnummer.next();
        mvc.perform(post(page).with(page(EKB)).with(csrf()).param("receivedDate", "2026-03-10").param("month", "2026-03")
                .param("partner", nobody)).andExpect(status().isOk())
                .andExpect(content().string(containsString("finns inte i personregistret")));
        assertThat(count("kasus_case")).as("nothing written").isEqualTo(before);

        mvc.perform(post(page).with(page(EKB)).with(csrf()).param("receivedDate", "2026-03-10").param("month", "2026-03")
                .param("children", child.personnummer() + " lunch")).andExpect(status().is3xxRedirection());
        long caseId = cases.findByPersonIdOrderByOpenedAtDesc(applicant.id()).get(0).id();
        assertThat(org.as(EKB, () -> ekb.view(caseId)).household()).singleElement()
                .satisfies(m -> assertThat(m.age()).isEqualTo(4));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda ekonomiskt bistånd");
    }

    private RequestPostProcessor page(String user) {
        return user(users.loadUserByUsername(user));
    }

    @Test
    void theConsistencyCheck_findsAnUtredningWrittenBehindTheProcesssBack() {
        long caseId = application(null, List.of());
        complete(EKB, caseId, "Task_EkbUtreda", investigation(0, 6000));
        String subject = "ärende " + caseId;
        assertThat(consistency.check().mismatches()).noneMatch(m -> m.subject().equals(subject));

        jdbc.update("INSERT INTO ekb_investigation (case_id, income, housing_cost, household_electricity, work_travel,"
                + " home_insurance, union_fee, unemployment_fund, other_costs, own_efforts, assessment, completed_by,"
                + " completed_at) SELECT case_id, 0, 0, 0, 0, 0, 0, 0, 0, 'x', 'x', 'admin', completed_at"
                + " FROM ekb_investigation WHERE case_id = ?", caseId);
        try {
            assertThat(consistency.check().mismatches()).filteredOn(m -> m.subject().equals(subject))
                    .singleElement().satisfies(m -> assertThat(m.detail())
                            .isEqualTo("2 utredningar av ekonomiskt bistånd men 1 slutförda Task_EkbUtreda"));
        } finally {
            jdbc.update("DELETE FROM ekb_investigation WHERE case_id = ? AND completed_by = 'admin'", caseId);
        }
    }

    long application(Long partnerId, List<NewEkbApplication.Child> children) {
        PersonView applicant = org.newPerson();
        return org.as(EKB, () -> ekb.register(new NewEkbApplication(applicant.id(), today(), YearMonth.from(today()),
                partnerId, children, "Ansöker om försörjningsstöd för mars."))).id();
    }

    ProcessInstance ekbProcess(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(PROCESS).singleResult();
    }

    static Map<String, Object> investigation(int income, int housing) {
        return new HashMap<>(Map.of("inkomst", income, "boendekostnad", housing, "hushallsel", 300,
                "egnaAnstrangningar", "Söker arbete aktivt via Arbetsförmedlingen.",
                "bedomning", "Hushållet saknar andra medel för månaden."));
    }

    static Map<String, Object> proposal(String outcome, Integer amount) {
        Map<String, Object> values = new HashMap<>(Map.of("utfall", outcome, "motivering", "Enligt beräkningen.",
                "lagrum", "SoL (2025:400) 12 kap. 1 §"));
        if (amount != null) {
            values.put("belopp", amount);
        }
        return values;
    }

    void deliverEkb(long caseId) {
        complete(EKB, caseId, "Task_RegistreraDelgivning", Map.of("delgivningsdatum", today().toString(),
                "delgivningssatt", "BREV"));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static String body(long personId, String month, String children) {
        return "{\"personId\": " + personId + ", \"receivedDate\": \"2026-03-10\", \"month\": "
                + (month == null ? "null" : "\"" + month + "\"") + ", \"children\": " + children + "}";
    }

    private static RequestPostProcessor basic(String user) {
        return httpBasic(user, TestOrganisation.PASSWORD);
    }
}
