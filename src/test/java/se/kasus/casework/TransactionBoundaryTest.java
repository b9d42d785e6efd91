package se.kasus.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kasus.engine.TaskConflictException;
import se.kasus.engine.TaskNotActiveException;

/** The domain write and the engine step are one transaction, and one task completes once. */
class TransactionBoundaryTest extends ProcessTestBase {

    @Autowired InvestigationRepository investigations;
    @Autowired FollowUpRepository followUps;

    @Test
    void aFailingDelegateLeavesNeitherTheDomainRecordNorTheEngineStep() {
        long caseId = grantedAndDelivered();
        executeAndWaitForFollowUp(caseId);
        // Break the data the closing delegate reads, so the delegate after the follow-up task fails.
        runtime.setVariable(mainProcess(caseId).getId(), "caseId", -1L);
        long followUpsBefore = followUps.count();

        assertThatThrownBy(() -> complete(HANDLAGGARE, caseId, "Task_FoljaUpp",
                Map.of("anteckning", "Klart.", "resultat", "AVSLUTA"))).isInstanceOf(RuntimeException.class);

        assertThat(followUps.count()).as("uppföljningen rullades tillbaka").isEqualTo(followUpsBefore);
        assertThat(workflow.activeSteps(caseId)).as("processen står kvar").containsExactly("Följa upp insatsen");
        assertThat(cases.findById(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    }

    @RepeatedTest(5)
    void twoCaseworkersCompletingTheSameTaskAtOnce_exactlyOneSucceeds() throws Exception {
        long caseId = newCase();
        String taskId = task(caseId, "Task_Utreda").id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String user : List.of(HANDLAGGARE, HANDLAGGARE_2)) {
                results.add(pool.submit(attempt(user, taskId, start)));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("ok");
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).singleElement().asString()
                    .isIn("Någon annan slutförde uppgiften samtidigt. Ladda om sidan.", "Uppgiften är redan slutförd.",
                            "Uppgiften är inte aktiv. Ärendet står inte vid det steget.");
        } finally {
            pool.shutdownNow();
        }
        assertThat(investigations.findByCaseIdOrderByCompletedAtDesc(caseId)).hasSize(1);
        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
    }

    private Callable<String> attempt(String user, String taskId, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                org.as(user, () -> work.complete(taskId, investigation(false)));
                return "ok";
            } catch (TaskConflictException | TaskNotActiveException e) {
                return e.getMessage();
            }
        };
    }
}
