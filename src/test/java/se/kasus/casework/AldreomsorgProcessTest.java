package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every legal path of SoL bistånd inom äldreomsorgen, walked through the real engine and services. */
class AldreomsorgProcessTest extends ProcessTestBase {

    @Test
    void bifall_isDecidedDeliveredExecutedFollowedUpAndClosed() {
        long caseId = newCase();
        ProcessInstance main = mainProcess(caseId);
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant(30));
        decide(HANDLAGGARE, caseId);
        executeDueJobs();
        assertThat(decisionOf(caseId).status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(documentCount(caseId)).as("beslutsbrev").isEqualTo(1);
        deliver(caseId, today());
        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", Map.of("utforare", "hemtjanst-norr",
                "onskadStart", today().plusDays(1).toString(), "uppdrag", "Dusch två gånger i veckan."));
        providerAccepts(caseId);
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));
        assertThat(decisionOf(caseId).executedDate()).isEqualTo(today());
        assertThat(workflow.activeSteps(caseId)).containsExactly("Uppföljningsdatum");

        moveClock(Duration.ofDays(190));
        executeDueJobs();
        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Fungerar väl.", "resultat", "AVSLUTA"));

        assertThat(main).isEnded().hasPassedInOrder("Task_Utreda", "Task_ForslagTillBeslut",
                "CallActivity_BeslutOchDelgivning", "CallActivity_Verkstallighet", "CallActivity_Uppfoljning",
                "Task_AvslutaArende", "End_Avslutat");
        assertThat(main).hasNotPassed("Task_Kommunicera");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void avslag_isCommunicatedBeforeDecisionAndClosesWhenTheAppealPeriodEnds() {
        // Delivered on a Saturday: day 21 is Saturday 28 March, so the party may appeal until Monday 30 March
        // (lag (1930:173) 2 §) and the case must stay open through that Monday.
        setToday(LocalDate.of(2026, 3, 7));
        long caseId = newCase();
        ProcessInstance main = mainProcess(caseId);
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        assertThat(workflow.activeSteps(caseId)).containsExactly("Kommunicera underlaget");
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(HANDLAGGARE, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(),
                "svar", "Jag vill ändå ha särskilt boende."));
        // Back at the proposal: the same adverse proposal now goes to decision, not to kommunicering again.
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("norr.forste-socialsekreterare");
        decide(FORSTE, caseId);
        executeDueJobs();
        deliver(caseId, today());
        assertThat(decisionOf(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 3, 30));

        moveClock(Duration.ofDays(23));
        executeDueJobs();
        assertThat(main).as("måndagen efter en sista dag på lördag får parten ännu överklaga").isNotEnded();

        moveClock(Duration.ofDays(1));
        executeDueJobs();

        assertThat(main).isEnded().hasPassed("Task_Kommunicera", "Task_RegistreraSvar", "Timer_LagaKraft",
                "End_AvslagAvslutat");
        assertThat(main).hasNotPassed("CallActivity_Verkstallighet");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void kommunicering_withoutAnswerMovesOnWhenTheDeadlinePasses() {
        // Sent Friday 5 June: day 14 is midsommarafton 19 June, so the answer may come until Monday 22 June.
        setToday(LocalDate.of(2026, 6, 5));
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).as("svarsfristen har inte gått ut")
                .containsExactly("Registrera svar på kommuniceringen");

        assertThat(communications.findFirstByCaseIdOrderByIdDesc(caseId).orElseThrow().toView().responseDeadline())
                .isEqualTo(LocalDate.of(2026, 6, 22));

        moveClock(Duration.ofDays(17));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).as("måndagen efter midsommar är sista svarsdag")
                .containsExactly("Registrera svar på kommuniceringen");

        moveClock(Duration.ofDays(1));
        executeDueJobs();

        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
        assertThat(mainProcess(caseId)).hasPassed("Timer_Svarsfrist");
        assertThat(communications.findFirstByCaseIdOrderByIdDesc(caseId).orElseThrow().toView().responseDate())
                .as("inget svar registrerat").isNull();
    }

    @Test
    void sentBack_byTheDecisionMakerReturnsToTheProposalAndKeepsTheReturnedProposal() {
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant(30));
        complete(HANDLAGGARE_2, caseId, "Task_FattaBeslut", Map.of("beslut", "ATERREMITTERA",
                "kommentar", "Utred behovet av nattinsatser."));

        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", grant(40));
        decide(HANDLAGGARE, caseId);

        List<DecisionView> all = decisions.findByCaseIdInOrderByProposedAtDesc(List.of(caseId)).stream()
                .map(Decision::toView).toList();
        assertThat(all).extracting(DecisionView::status)
                .containsExactlyInAnyOrder(DecisionStatus.DECIDED, DecisionStatus.RETURNED);
        assertThat(mainProcess(caseId)).hasPassed("Gateway_Beslutat");
    }

    @Test
    void supplement_isRequestedAndTheInvestigationRedone() {
        long caseId = newCase();
        complete(HANDLAGGARE, caseId, "Task_Utreda", investigation(true));
        complete(HANDLAGGARE, caseId, "Task_InhamtaKomplettering", Map.of("kompletteringInkom", today().toString(),
                "kompletteringBeskrivning", "Läkarintyg inkom."));
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda behov");
    }

    @Test
    void notExecutedWithinThreeMonths_isFlaggedAndEscalatedToTheUnitHead() {
        long caseId = grantedAndDelivered();

        moveClock(Duration.ofDays(93));
        executeDueJobs();

        assertThat(decisionOf(caseId).notExecutedSince()).isNotNull();
        assertThat(task(caseId, "Task_AtgardaEjVerkstallt").candidateGroups()).containsExactly("norr.enhetschef");
        complete(CHEF, caseId, "Task_AtgardaEjVerkstallt", Map.of("skal", "Ingen ledig personal i området."));
        assertThat(decisionOf(caseId).notExecutedReason()).isEqualTo("Ingen ledig personal i området.");
        assertThat(workflow.activeSteps(caseId)).containsExactly("Skicka beställning till utförare");
    }

    @Test
    void aLateExecution_doesNotWaitForTheUnitHeadsReasonBeforeFollowUp() {
        long caseId = grantedAndDelivered();
        moveClock(Duration.ofDays(93));
        executeDueJobs();
        assertThat(workflow.activeSteps(caseId)).containsExactlyInAnyOrder("Skicka beställning till utförare",
                "Ange skäl till dröjsmålet");

        complete(HANDLAGGARE, caseId, "Task_SkickaBestallning", Map.of("utforare", "hemtjanst-norr",
                "onskadStart", today().toString(), "uppdrag", "Dusch."));

        providerAccepts(caseId);
        complete(HANDLAGGARE, caseId, "Task_RegistreraKvittens", Map.of("kvitteradDatum", today().toString(),
                "verkstallighetsdatum", today().toString()));

        assertThat(workflow.activeSteps(caseId)).containsExactlyInAnyOrder("Uppföljningsdatum",
                "Ange skäl till dröjsmålet");
    }

    @Test
    void delvisBifallOfExtensiveHomeCare_isForTheUnitHead() {
        long caseId = newCase();
        investigate(caseId);
        Map<String, Object> partial = grant(200);
        partial.put("utfall", "DELVIS_BIFALL");
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", partial);
        complete(HANDLAGGARE, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today().toString(),
                "kommunikationssatt", "BREV"));
        complete(HANDLAGGARE, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today().toString(), "svar", "Ok."));
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", partial);

        assertThat(task(caseId, "Task_FattaBeslut").candidateGroups()).containsExactly("norr.enhetschef");
    }

    @Test
    void followUp_canOpenANewInvestigation() {
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId);

        complete(HANDLAGGARE, caseId, "Task_FoljaUpp", Map.of("anteckning", "Behovet har ökat.",
                "resultat", "NY_UTREDNING"));

        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda behov");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @Autowired DocumentRepository documents;

    @Autowired CommunicationRepository communications;

    private long documentCount(long caseId) {
        return documents.listByCaseIds(List.of(caseId)).size();
    }
}
