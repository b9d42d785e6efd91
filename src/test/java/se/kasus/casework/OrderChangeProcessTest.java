package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.access.AccessDeniedException;
import se.kasus.provision.TimeReporting;
import se.kasus.provision.VisitData;
import se.kasus.provision.VisitRejectedException;

/**
 * A case whose insats runs gets a new decision after uppföljning: the change goes to the provider as an ÄNDRING (or,
 * with another provider chosen, a NY and an UPPHÖRANDE for the old one), and from the change's first day exactly one
 * order runs. An UPPHÖRANDE the provider does not acknowledge within the answer time escalates to the unit (engine
 * clock). With the attempts to skip: reporting on the replaced order, another provider answering.
 */
class OrderChangeProcessTest extends ProcessTestBase {

    @Autowired ServiceOrderRepository orders;
    @Autowired ServiceOrders serviceOrders;
    @Autowired TimeReporting timeReporting;
    @Autowired DecidedServices decidedServices;

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private List<ServiceOrderView> ordersOf(long caseId) {
        return orders.findByCaseIdInOrderByIdDesc(List.of(caseId)).stream().map(ServiceOrder::toView).toList();
    }

    private ServiceOrderView latestOrder(long caseId) {
        return ordersOf(caseId).get(0);
    }

    /** Ordered from norr, accepted and started; after the follow-up a new utredning and a larger grant, delivered. */
    private long changedDecisionWaitingForOrder(int hours) {
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId); // the clock now stands 190 days later, at 10:00
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Behovet har ökat.", "resultat",
                "NY_UTREDNING"));
        investigate(caseId);
        Map<String, Object> grant = grant(hours);
        grant.put("startdatum", today().toString());
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant);
        decide(HANDLAGGARE, caseId);
        executeDueJobs();
        deliver(caseId, today());
        assertThat(workflow.activeSteps(caseId)).containsExactly("Skicka beställning till utförare");
        return caseId;
    }

    private void order(long caseId, Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("onskadStart", today().toString());
        all.put("uppdrag", "Dusch tre gånger i veckan.");
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", all);
    }

    private ServiceOrders.RunningOrder running(long orderId) {
        return serviceOrders.running(orderId).orElseThrow();
    }

    /** How many of the case's orders run on the day, as time reporting and reimbursement see them. */
    private long runningOn(long caseId, String provider, LocalDate day) {
        return serviceOrders.runningForProvider(provider, YearMonth.from(day)).stream()
                .filter(o -> o.caseId() == caseId && o.runsOn(day)).count();
    }

    private Instant at(int hour, int minute) {
        return today().atTime(hour, minute).atZone(clock.getZone()).toInstant();
    }

    @Test
    void aNewDecision_sendsAnAndring_toTheSameProvider_whichTakesOverFromItsFirstDay() {
        setToday(MONDAY);
        long caseId = changedDecisionWaitingForOrder(45);
        long old = latestOrder(caseId).id();
        String taskId = task(caseId, "Task_SkickaBestallning").id();
        assertThat(org.as(HANDLAGGARE, () -> work.open(taskId)).options().get("utforareAlternativ"))
                .extracting(o -> o.get("label")).contains("Hemtjänsten Norr (egen regi) (nuvarande utförare)");

        order(caseId, Map.of()); // no provider chosen: the same one, as a change
        ServiceOrderView change = latestOrder(caseId);
        assertThat(change.kind()).isEqualTo(OrderKind.ANDRING);
        assertThat(change.previousOrderId()).isEqualTo(old);
        assertThat(change.providerId()).isEqualTo("hemtjanst-norr");
        assertThat(task(caseId, "Task_BesvaraBestallning").candidateGroups()).containsExactly("hemtjanst-norr.utforare");
        assertThat(running(old).to()).as("the old order runs on until the change is accepted").isNull();
        assertThat(serviceOrders.running(change.id())).isEmpty();

        // Another provider cannot accept a change sent to norr.
        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.answer(change.id(), Map.of("svar", "ACCEPTERA",
                "planeradStart", today().toString())))).isInstanceOf(AccessDeniedException.class);
        providerAccepts(caseId); // from today

        assertThat(running(old).to()).isEqualTo(today().minusDays(1));
        assertThat(running(old).takenOverBy()).isEqualTo(change.id());
        assertThat(running(change.id()).from()).isEqualTo(today());
        assertThat(running(change.id()).hoursPerMonth()).isEqualTo(45);
        for (LocalDate day = running(old).from(); !day.isAfter(today().plusDays(40)); day = day.plusDays(1)) {
            assertThat(runningOn(caseId, "hemtjanst-norr", day)).as("orders running on %s", day).isEqualTo(1);
        }
        assertThat(ordersOf(caseId)).extracting(ServiceOrderView::kind).doesNotContain(OrderKind.UPPHORANDE);

        // Time on the replaced order after the change is refused, naming the order to report on; on the change it counts.
        assertThatThrownBy(() -> org.as("utforare.norr", () -> timeReporting.report(old,
                VisitData.performed("Ida", at(8, 0), at(8, 45))))).isInstanceOf(VisitRejectedException.class)
                .satisfies(e -> assertThat(((VisitRejectedException) e).problems()).anySatisfy(p -> assertThat(
                        p.message()).contains("gäller beställning " + change.id())));
        assertThat(org.as("utforare.norr", () -> timeReporting.report(change.id(),
                VisitData.performed("Ida", at(8, 0), at(8, 45)))).orderId()).isEqualTo(change.id());
        assertThat(org.as("utforare.norr", () -> timeReporting.today())).extracting(c -> c.order().orderId())
                .contains(change.id()).doesNotContain(old);

        // The change cannot be registered as started before it was sent: the old order ran then.
        assertThatThrownBy(() -> complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum",
                today().toString(), "verkstallighetsdatum", today().minusDays(3).toString())))
                .isInstanceOf(FormRejectedException.class);
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Uppföljningsdatum");

        // The fee's decided basis, too, counts one grant per case: the new decision replaces the old from its first day.
        long personId = cases.findById(caseId).orElseThrow().personId();
        YearMonth next = YearMonth.from(today()).plusMonths(1);
        assertThat(decidedServices.grantsInForce(personId, "norr", next.atDay(1), next.atEndOfMonth()))
                .extracting(DecidedServices.DecidedService::hoursPerMonth).containsExactly(45);
        assertThat(decidedServices.grantsInForce(personId, "norr", today().minusDays(1), today().minusDays(1)))
                .singleElement().satisfies(g -> {
                    assertThat(g.hoursPerMonth()).isEqualTo(30);
                    assertThat(g.validTo()).isEqualTo(today().minusDays(1));
                });

        // The provider's page and the client file show the chain.
        assertThat(org.as("utforare.norr", () -> providers.client(change.id())).order().previousOrderId()).isEqualTo(old);
    }

    @Test
    void anotherProviderChosen_getsANy_andTheOldOneAnUpphorande_onceTheNewOneHasAccepted() {
        setToday(MONDAY);
        long caseId = changedDecisionWaitingForOrder(30);
        long old = latestOrder(caseId).id();
        order(caseId, Map.of("utforare", "omsorgen-ab", "val", "KUNDVAL"));
        ServiceOrderView replacing = latestOrder(caseId);
        assertThat(replacing.kind()).isEqualTo(OrderKind.NY);
        assertThat(replacing.previousOrderId()).isEqualTo(old);
        assertThat(ordersOf(caseId)).extracting(ServiceOrderView::kind).doesNotContain(OrderKind.UPPHORANDE);

        providerAnswers(caseId, Map.of("svar", "ACCEPTERA", "planeradStart", today().plusDays(3).toString()));
        ServiceOrderView termination = latestOrder(caseId);
        assertThat(termination.kind()).isEqualTo(OrderKind.UPPHORANDE);
        assertThat(termination.providerId()).isEqualTo("hemtjanst-norr");
        assertThat(termination.previousOrderId()).isEqualTo(old);
        assertThat(termination.requestedStart()).isEqualTo(today().plusDays(2));
        assertThat(termination.instructions()).contains("Omsorgen i Exempelkommunen AB", "från " + today().plusDays(3));
        assertThat(running(old).to()).isEqualTo(today().plusDays(2));
        for (LocalDate day = today(); !day.isAfter(today().plusDays(10)); day = day.plusDays(1)) {
            assertThat(runningOn(caseId, "hemtjanst-norr", day) + runningOn(caseId, "omsorgen-ab", day))
                    .as("orders running on %s", day).isEqualTo(1);
        }

        // The old provider acknowledges in time: no escalation, even once the answer time has passed.
        assertThat(task(caseId, "Task_KvitteraUpphorande").candidateGroups()).containsExactly("hemtjanst-norr.utforare");
        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.answer(termination.id(), Map.of("svar",
                "ACCEPTERA")))).isInstanceOf(AccessDeniedException.class);
        org.as("utforare.norr", () -> providers.answer(termination.id(), Map.of("svar", "ACCEPTERA")));
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.ACCEPTERAD);
        moveClock(Duration.ofDays(10));
        executeDueJobs();
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey())
                .doesNotContain("Task_UpphorandeEjKvitterat", "Task_KvitteraUpphorande");
    }

    @Test
    void aRejectedChange_leavesTheOldOrderRunning() {
        setToday(MONDAY);
        long caseId = changedDecisionWaitingForOrder(45);
        long old = latestOrder(caseId).id();
        order(caseId, Map.of());
        providerAnswers(caseId, Map.of("svar", "AVVISA", "skal", "Kan inte utöka nu."));
        assertThat(running(old).to()).isNull();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Skicka beställning till utförare");
        order(caseId, Map.of()); // again a change of the running order, not of the rejected one
        assertThat(latestOrder(caseId).kind()).isEqualTo(OrderKind.ANDRING);
        assertThat(latestOrder(caseId).previousOrderId()).isEqualTo(old);
    }

    @Test
    void anUnacknowledgedUpphorande_escalatesAtTheDeadline_andTheLateAcknowledgementIsRefused() {
        setToday(MONDAY);
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId); // 2026-09-08, a Tuesday: two working days end on Thursday
        long accepted = latestOrder(caseId).id();
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Behovet har upphört.", "resultat",
                "AVSLUTA"));
        executeDueJobs();
        ServiceOrderView termination = latestOrder(caseId);
        assertThat(termination.kind()).isEqualTo(OrderKind.UPPHORANDE);
        assertThat(running(accepted).to()).isEqualTo(today());
        assertThat(task(caseId, "Task_KvitteraUpphorande").due()).isEqualTo(termination.answerDeadline());
        LocalDate lastAnswerDay = LocalDate.of(2026, 9, 10);
        assertThat(termination.answerDeadline()).isEqualTo(ProcessVariables.endOf(lastAnswerDay, clock.getZone())
                .toInstant());

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 10, 23, 0, 0, 0, clock.getZone()).toInstant()));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Kvittera upphörande");
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.SKICKAD);

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 11, 0, 30, 0, 0, clock.getZone()).toInstant()));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utföraren har inte kvitterat upphörandet");
        assertThat(task(caseId, "Task_UpphorandeEjKvitterat").candidateGroups())
                .containsExactlyInAnyOrder("norr.handlaggare", "norr.enhetschef");
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.EJ_BESVARAD);
        assertThat(running(accepted).to()).as("the insats ends all the same").isEqualTo(LocalDate.of(2026, 9, 8));
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.answer(termination.id(), Map.of("svar",
                "ACCEPTERA")))).isInstanceOf(CaseRuleException.class).hasMessageContaining("väntar inte på svar");
        assertThatThrownBy(() -> complete(HANDLAGGARE, caseId, "Task_UpphorandeEjKvitterat", Map.of()))
                .isInstanceOf(FormRejectedException.class);

        complete(CHEF, caseId, "Task_UpphorandeEjKvitterat", Map.of("atgard", "Ringde utföraren, som bekräftade."));
        assertThat(latestOrder(caseId).escalationNote()).isEqualTo("Ringde utföraren, som bekräftade.");
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.EJ_BESVARAD);
        assertThat(workflow.tasksOfCase(caseId)).isEmpty();
    }

    @Test
    void anUpphorandeAcknowledgedInTime_neverEscalates() {
        setToday(MONDAY);
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId);
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Behovet har upphört.", "resultat",
                "AVSLUTA"));
        executeDueJobs();
        long termination = latestOrder(caseId).id();
        org.as("utforare.norr", () -> providers.answer(termination, Map.of("svar", "ACCEPTERA")));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 20, 10, 0, 0, 0, clock.getZone()).toInstant()));
        executeDueJobs();
        assertThat(workflow.tasksOfCase(caseId)).isEmpty();
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.ACCEPTERAD);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(ProcessVariables.TERMINATION_PROCESS).count()).isZero();
    }
}
