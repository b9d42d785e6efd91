package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.access.AccessDeniedException;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditLog;

/**
 * Beställning to an utförare under LOV through the real engine: accept, reject and re-order, the answer time running
 * out (engine clock), kundval and ickeval, and the provider's own records; with the attempts to skip or cross over.
 */
class ProviderOrderProcessTest extends ProcessTestBase {

    @Autowired ServiceOrderRepository orders;
    @Autowired AuditLog auditLog;

    private ServiceOrderView latestOrder(long caseId) {
        return orders.findByCaseIdInOrderByIdDesc(List.of(caseId)).get(0).toView();
    }

    private static List<String> fieldMessages(Throwable e) {
        return ((FormRejectedException) e).errors().stream().map(se.kasus.forms.FieldError::message).toList();
    }

    private void order(long caseId, Map<String, Object> values) {
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", values);
    }

    private static Map<String, Object> to(String provider) {
        return Map.of("utforare", provider, "val", "KUNDVAL", "onskadStart", LocalDate.now().toString(), "uppdrag",
                "Dusch två gånger i veckan.");
    }

    @Test
    void accepted_thenAcknowledged_startsTheInsats() {
        long caseId = grantedAndDelivered();
        order(caseId, to("omsorgen-ab"));
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.SKICKAD);
        assertThat(latestOrder(caseId).choice()).isEqualTo(ProviderChoice.KUNDVAL);
        assertThat(task(caseId, "Task_BesvaraBestallning").candidateGroups()).containsExactly("omsorgen-ab.utforare");
        assertThat(task(caseId, "Task_BesvaraBestallning").due()).isEqualTo(latestOrder(caseId).answerDeadline());

        providerAnswers(caseId, Map.of("svar", "ACCEPTERA", "planeradStart", today().toString()));

        ServiceOrderView accepted = latestOrder(caseId);
        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTERAD);
        assertThat(accepted.answeredBy()).isEqualTo("utforare.ab");
        assertThat(accepted.plannedStart()).isEqualTo(today());
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));
        assertThat(decisionOf(caseId).executedDate()).isEqualTo(today());
        assertThat(workflow.activeSteps(caseId)).containsExactly("Uppföljningsdatum");
        assertThat(auditLog.latest(30)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("utforare.ab");
            assertThat(e.action()).isEqualTo(AuditAction.COMPLETE_TASK);
            assertThat(e.resource()).isEqualTo("bestallning");
        });
    }

    @Test
    void rejected_goesBackToTheCaseworker_whoOrdersFromAnotherProvider() {
        long caseId = grantedAndDelivered();
        order(caseId, to("omsorgen-ab"));
        providerAnswers(caseId, Map.of("svar", "AVVISA", "skal", "Ingen kapacitet i området."));

        ServiceOrderView rejected = latestOrder(caseId);
        assertThat(rejected.status()).isEqualTo(OrderStatus.AVVISAD);
        assertThat(rejected.rejectReason()).isEqualTo("Ingen kapacitet i området.");
        assertThat(workflow.activeSteps(caseId)).containsExactly("Skicka beställning till utförare");

        order(caseId, to("hemtjanst-norr"));
        assertThat(latestOrder(caseId).previousOrderId()).isEqualTo(rejected.id());
        providerAccepts(caseId);
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.ACCEPTERAD);
        assertThat(latestOrder(caseId).answeredBy()).isEqualTo("utforare.norr");
    }

    @Test
    void unanswered_escalatesAtTheDeadline_andTheLateAnswerIsRefused() {
        setToday(LocalDate.of(2026, 3, 2)); // a Monday: two working days end on Wednesday
        long caseId = grantedAndDelivered();
        order(caseId, to("hemtjanst-norr"));
        long orderId = orderIdOf(caseId);

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 4, 23, 0, 0, 0, clock.getZone()).toInstant()));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Besvara beställning");

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 5, 0, 30, 0, 0, clock.getZone()).toInstant()));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utföraren har inte svarat");
        assertThat(task(caseId, "Task_UtforareHarInteSvarat").candidateGroups())
                .containsExactlyInAnyOrder("norr.handlaggare", "norr.enhetschef");
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.answer(orderId, Map.of("svar", "ACCEPTERA",
                "planeradStart", "2026-03-05")))).isInstanceOf(CaseRuleException.class)
                .hasMessageContaining("väntar inte på svar");

        complete(CHEF, caseId, "Task_UtforareHarInteSvarat", Map.of("atgard", "Ringde utföraren utan svar."));
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.EJ_BESVARAD);
        assertThat(latestOrder(caseId).escalationNote()).isEqualTo("Ringde utföraren utan svar.");
        assertThat(workflow.activeSteps(caseId)).containsExactly("Skicka beställning till utförare");
    }

    @Test
    void ickeval_goesToTheIckevalsalternativ_andIsRecordedAsSuch() {
        long caseId = grantedAndDelivered();
        assertThatThrownBy(() -> order(caseId, Map.of("val", "ICKEVAL", "utforare", "omsorgen-ab", "onskadStart",
                today().toString(), "uppdrag", "Dusch."))).isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(fieldMessages(e)).anySatisfy(m -> assertThat(m).contains("ickevalsalternativet")));
        assertThat(orders.findByCaseIdInOrderByIdDesc(List.of(caseId))).isEmpty();

        order(caseId, Map.of("val", "ICKEVAL", "onskadStart", today().toString(), "uppdrag", "Dusch."));
        assertThat(latestOrder(caseId).providerId()).isEqualTo("hemtjanst-norr");
        assertThat(latestOrder(caseId).choice()).isEqualTo(ProviderChoice.ICKEVAL);
        assertThat(providerOf(caseId)).isEqualTo("hemtjanst-norr");
    }

    @Test
    void aProviderWithoutAContractForTheInsats_isNotOffered_andRefused() {
        long caseId = grantedAndDelivered();
        String taskId = task(caseId, "Task_SkickaBestallning").id();
        TaskForm form = org.as(HANDLAGGARE, () -> work.open(taskId));
        assertThat(form.options().get("utforareAlternativ")).extracting(o -> o.get("value"))
                .contains("hemtjanst-norr", "omsorgen-ab").doesNotContain("trygghetslarm", "ifo-oppenvard");

        assertThatThrownBy(() -> order(caseId, to("trygghetslarm"))).isInstanceOf(FormRejectedException.class);
        assertThat(orders.findByCaseIdInOrderByIdDesc(List.of(caseId))).isEmpty();
    }

    @Test
    void nobodyButTheProviderAnswers_andABadAnswerWritesNothing() {
        long caseId = grantedAndDelivered();
        order(caseId, to("hemtjanst-norr"));
        long orderId = orderIdOf(caseId);
        String answerTask = task(caseId, "Task_BesvaraBestallning").id();

        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> work.complete(answerTask, Map.of("svar", "ACCEPTERA",
                "planeradStart", today().toString())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.answer(orderId, Map.of("svar", "ACCEPTERA",
                "planeradStart", today().toString())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare", () -> providers.answer(orderId, Map.of("svar", "ACCEPTERA",
                "planeradStart", today().toString())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.answer(orderId, Map.of("svar", "AVVISA"))))
                .isInstanceOf(FormRejectedException.class).satisfies(e -> assertThat(fieldMessages(e)).anySatisfy(m -> assertThat(m).contains("avvisas")));
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.answer(orderId, Map.of("svar", "KANSKE"))))
                .isInstanceOf(FormRejectedException.class);
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.answer(orderId, Map.of("svar", "ACCEPTERA",
                "planeradStart", today().minusDays(3).toString())))).isInstanceOf(FormRejectedException.class);

        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.SKICKAD);
        assertThat(workflow.activeSteps(caseId)).containsExactly("Besvara beställning");
        assertThat(auditLog.latest(30)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("utforare.ab");
            assertThat(e.action()).isEqualTo(AuditAction.DENIED);
        });
        // No kvittens before the provider has accepted: the task is not even there.
        assertThat(workflow.tasksOfCase(caseId)).extracting(t -> t.taskKey()).doesNotContain("Task_RegistreraKvittens");
    }

    @Test
    void plansAndNotes_areSignedVersions_neverEdited_andOnlyForTheOwnAcceptedOrder() {
        long caseId = grantedAndDelivered();
        order(caseId, to("hemtjanst-norr"));
        long orderId = orderIdOf(caseId);
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.writePlan(orderId, "Plan.", "Klienten",
                today()))).isInstanceOf(CaseRuleException.class);
        providerAccepts(caseId);

        CarePlanView first = org.as("utforare.norr", () -> providers.writePlan(orderId,
                "Dusch tisdag och fredag förmiddag.", "Klienten och dottern", today()));
        CarePlanView second = org.as("utforare.norr", () -> providers.writePlan(orderId,
                "Dusch tisdag och fredag eftermiddag.", "Klienten", today()));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.supersedesId()).isEqualTo(first.id());
        assertThat(second.signedBy()).isEqualTo("utforare.norr");

        ProviderNoteView note = org.as("utforare.norr", () -> providers.writeNote(orderId, today(), "Duschade.", null));
        ProviderNoteView fix = org.as("utforare.norr", () -> providers.writeNote(orderId, today(),
                "Rättelse: duschade inte, ville vänta.", note.id()));
        assertThat(fix.correctsId()).isEqualTo(note.id());

        var client = org.as("utforare.norr", () -> providers.client(orderId));
        assertThat(client.plans()).extracting(CarePlanView::content).containsExactly(
                "Dusch tisdag och fredag eftermiddag.", "Dusch tisdag och fredag förmiddag.");
        assertThat(client.notes()).extracting(ProviderNoteView::text).contains("Duschade.");
        assertThat(client.decision().hoursPerMonth()).isEqualTo(30);

        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.writePlan(orderId, " ", "Klienten",
                today()))).isInstanceOf(FormRejectedException.class).satisfies(e -> assertThat(fieldMessages(e)).anySatisfy(m -> assertThat(m).contains("måste fyllas i")));
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.writeNote(orderId, today().plusDays(1),
                "Framtid.", null))).isInstanceOf(FormRejectedException.class);
        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.client(orderId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.writeNote(orderId, today(), "Intrång.", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(org.as("utforare.norr", () -> providers.client(orderId)).notes()).hasSize(2);
    }

    @Test
    void messagesGoBothWays_andTheCaseworkerSeesTheProvidersRecords() {
        long caseId = grantedAndDelivered();
        order(caseId, to("hemtjanst-norr"));
        long orderId = orderIdOf(caseId);
        providerAccepts(caseId);
        org.as("utforare.norr", () -> providers.providerMessage(orderId, "Kan vi börja på måndag?"));
        org.as(HANDLAGGARE, () -> providers.caseworkerMessage(orderId, "Ja, det går bra."));
        org.as("utforare.norr", () -> providers.writePlan(orderId, "Plan.", "Klienten", today()));

        var seen = org.as(HANDLAGGARE, () -> providers.forCaseworker(orderId));
        assertThat(seen.messages()).extracting(OrderMessageView::from).containsExactly("Utförare", "Handläggare");
        assertThat(seen.plans()).hasSize(1);
        assertThat(seen.order().status()).isEqualTo(OrderStatus.ACCEPTERAD);
        assertThatThrownBy(() -> org.as("handlaggare.syd", () -> providers.forCaseworker(orderId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.providerMessage(orderId, "Hej")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.forCaseworker(orderId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theInboxHoldsOnlyTheOwnProvidersOrders() {
        long norrCase = grantedAndDelivered();
        order(norrCase, to("hemtjanst-norr"));
        long abCase = grantedAndDelivered();
        order(abCase, to("omsorgen-ab"));

        assertThat(org.as("utforare.norr", () -> providers.inbox())).extracting(l -> l.order().caseId())
                .contains(norrCase).doesNotContain(abCase);
        assertThat(org.as("utforare.ab", () -> providers.inbox())).extracting(l -> l.order().caseId())
                .contains(abCase).doesNotContain(norrCase);
        assertThatThrownBy(() -> org.as("utforare", () -> providers.inbox())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> providers.inbox())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closingTheCaseAfterFollowUp_sendsAnUpphorande_thatTheProviderAcknowledges() {
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId);
        long accepted = latestOrder(caseId).id();
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Behovet har upphört.", "resultat",
                "AVSLUTA"));
        executeDueJobs();

        ServiceOrderView termination = latestOrder(caseId);
        assertThat(termination.kind()).isEqualTo(OrderKind.UPPHORANDE);
        assertThat(termination.providerId()).isEqualTo("hemtjanst-norr");
        assertThat(termination.previousOrderId()).isEqualTo(accepted);
        assertThat(termination.status()).isEqualTo(OrderStatus.SKICKAD);
        assertThat(org.as("utforare.norr", () -> providers.inbox())).extracting(l -> l.order().id())
                .contains(termination.id());

        assertThatThrownBy(() -> org.as("utforare.ab", () -> providers.answer(termination.id(), Map.of("svar",
                "ACCEPTERA")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> org.as("utforare.norr", () -> providers.answer(termination.id(), Map.of("svar",
                "AVVISA", "skal", "Nej.")))).isInstanceOf(FormRejectedException.class);
        org.as("utforare.norr", () -> providers.answer(termination.id(), Map.of("svar", "ACCEPTERA")));
        assertThat(latestOrder(caseId).status()).isEqualTo(OrderStatus.ACCEPTERAD);
        assertThat(latestOrder(caseId).answeredBy()).isEqualTo("utforare.norr");
    }
}
