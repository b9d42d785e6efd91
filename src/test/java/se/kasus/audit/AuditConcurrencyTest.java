package se.kasus.audit;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class AuditConcurrencyTest extends AuditH2Test {

    static final int THREADS = 4;
    static final int ROUNDS = 25;

    /**
     * Two threads record pairs of events in business transactions, two record refusals independently, all released
     * at once. Without the head lock two appends would take the same id and one would fail.
     */
    @Test
    void fourThreadsAppendingAtOnceLeaveAnIntactGaplessChain() throws Exception {
        runAtOnce(THREADS, this::appendRounds);

        long total = THREADS * ROUNDS * 2L;
        assertThat(ids()).hasSize((int) total).first().isEqualTo(1L);
        assertThat(ids()).last().isEqualTo(total);
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, total, null, null));
        assertThat(pairsOfOneTransactionAreAdjacent()).isTrue();
    }

    private void appendRounds(int thread) {
        for (int round = 0; round < ROUNDS; round++) {
            String reason = "tråd " + thread + " varv " + round;
            if (thread % 2 == 0) {
                tx.executeWithoutResult(status -> {
                    auditLog.record(event(reason));
                    auditLog.record(event(reason));
                });
            } else {
                auditLog.recordIndependently(event(reason));
                auditLog.recordIndependently(event(reason));
            }
        }
    }

    /** A transaction's events are appended together at its commit, so no other entry comes between them. */
    private boolean pairsOfOneTransactionAreAdjacent() {
        List<String> reasons = reasonsInChainOrder();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.get(i);
            boolean inTransaction = reason.startsWith("tråd 0 ") || reason.startsWith("tråd 2 ");
            boolean pairedWithPrevious = i > 0 && reasons.get(i - 1).equals(reason);
            boolean pairedWithNext = i + 1 < reasons.size() && reasons.get(i + 1).equals(reason);
            if (inTransaction && !pairedWithPrevious && !pairedWithNext) {
                return false;
            }
        }
        return true;
    }

    interface ThreadBody {
        void run(int thread) throws Exception;
    }

    /** Starts every thread, then releases them together, and fails if any of them failed. */
    static void runAtOnce(int threads, ThreadBody body) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> task = () -> {
                    ready.countDown();
                    assertThat(go.await(30, SECONDS)).isTrue();
                    body.run(thread);
                    return null;
                };
                results.add(pool.submit(task));
            }
            assertThat(ready.await(30, SECONDS)).isTrue();
            go.countDown();
            for (Future<Void> result : results) {
                result.get(120, SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
