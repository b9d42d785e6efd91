package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Överklagande: rättidsprövning, omprövning, överlämnande and dom (förvaltningslagen 43–46 §§). */
class AppealProcessTest extends ProcessTestBase {

    /** Delivered Saturday 7 March 2026: day 21 is Saturday 28 March, the last day Monday 30 March (1930:173 2 §). */
    private static final LocalDate DELIVERED_SATURDAY = LocalDate.of(2026, 3, 7);

    @Autowired AppealRepository appeals;

    private long refusedAndDelivered() {
        long caseId = refusedAfterCommunication();
        executeDueJobs();
        deliver(caseId, today());
        return caseId;
    }

    @Test
    void appealInTime_isReconsideredForwardedAndTheJudgmentRegistered() {
        long caseId = refusedAndDelivered();
        long decisionId = decisionOf(caseId).id();
        moveClock(Duration.ofDays(20));

        AppealView appeal = org.as(HANDLAGGARE, () -> records.registerAppeal(decisionId, today()));

        assertThat(workflow.activeSteps(caseId)).contains("Ompröva beslutet");
        assertThat(task(caseId, "Task_Omprova").candidateGroups()).as("den som beslutade omprövar")
                .containsExactly("norr.forste-socialsekreterare");
        complete(FORSTE, caseId, "Task_Omprova", Map.of("omprovningResultat", "ANDRAS_INTE",
                "motivering", "Inga nya omständigheter."));
        complete(HANDLAGGARE, caseId, "Task_OverlamnaTillDomstol", Map.of("overlamnatDatum", today().toString()));
        complete(HANDLAGGARE, caseId, "Task_RegistreraDom", Map.of("domsdatum", today().toString(),
                "malnummer", "1234-26", "domUtfall", "AVSLAG"));

        AppealView done = appeals.findById(appeal.id()).orElseThrow().toView();
        assertThat(done.inTime()).isTrue();
        assertThat(done.status()).isEqualTo(AppealStatus.JUDGED);
        assertThat(done.courtCaseNumber()).isEqualTo("1234-26");
    }

    @Test
    void appealTooLate_isDismissedEvenAfterTheCaseClosed() {
        long caseId = refusedAndDelivered();
        long decisionId = decisionOf(caseId).id();
        moveClock(Duration.ofDays(30));
        executeDueJobs();
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);

        AppealView appeal = org.as(HANDLAGGARE, () -> records.registerAppeal(decisionId, today()));

        assertThat(workflow.activeSteps(caseId)).containsExactly("Avvisa överklagandet");
        complete(FORSTE, caseId, "Task_AvvisaOverklagande", Map.of("motivering", "Inkom efter tre veckor."));
        AppealView done = appeals.findById(appeal.id()).orElseThrow().toView();
        assertThat(done.inTime()).isFalse();
        assertThat(done.status()).isEqualTo(AppealStatus.DISMISSED);
    }

    @Test
    void appealOnTheLastDay_isInTime() {
        long caseId = refusedAndDelivered();
        moveClock(Duration.ofDays(21));
        AppealView appeal = org.as(HANDLAGGARE, () -> records.registerAppeal(decisionOf(caseId).id(), today()));
        assertThat(workflow.activeSteps(caseId)).contains("Ompröva beslutet");
        assertThat(appeals.findById(appeal.id()).orElseThrow().toView().inTime()).isTrue();
    }

    @Test
    void appealOnTheMondayAfterALastDayOnSaturday_isInTime() {
        setToday(DELIVERED_SATURDAY);
        long caseId = refusedAndDelivered();
        moveClock(Duration.ofDays(23));
        executeDueJobs();

        AppealView appeal = org.as(HANDLAGGARE, () -> records.registerAppeal(decisionOf(caseId).id(), today()));

        assertThat(today()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(workflow.activeSteps(caseId)).contains("Ompröva beslutet");
        assertThat(appeals.findById(appeal.id()).orElseThrow().toView().inTime()).isTrue();
    }

    @Test
    void appealOnTheTuesdayAfterALastDayOnSaturday_isTooLate() {
        setToday(DELIVERED_SATURDAY);
        long caseId = refusedAndDelivered();
        moveClock(Duration.ofDays(24));
        executeDueJobs();
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);

        AppealView appeal = org.as(HANDLAGGARE, () -> records.registerAppeal(decisionOf(caseId).id(), today()));

        assertThat(workflow.activeSteps(caseId)).containsExactly("Avvisa överklagandet");
        assertThat(appeals.findById(appeal.id()).orElseThrow().toView().inTime()).isFalse();
    }

    @Test
    void aProposalCannotBeAppealed() {
        long caseId = newCase();
        investigate(caseId);
        complete(HANDLAGGARE, caseId, "Task_ForslagTillBeslut", refusal());
        long proposalId = decisionOf(caseId).id();

        assertThatThrownBy(() -> org.as(HANDLAGGARE, () -> records.registerAppeal(proposalId, today())))
                .isInstanceOf(CaseRuleException.class).hasMessage("Bara ett fattat beslut kan överklagas.");
        assertThat(appeals.findByCaseIdInOrderByIdDesc(List.of(caseId))).isEmpty();
    }
}
