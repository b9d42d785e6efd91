package se.kasus.audit;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class AuditLogTransactionTest extends AuditH2Test {

    @Test
    void anEventRecordedInACommittedTransactionIsAppended() {
        tx.executeWithoutResult(status -> auditLog.record(event("utredning")));

        assertThat(auditLog.latest(10)).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(1);
            assertThat(entry.actor()).isEqualTo("handlaggare1");
            assertThat(entry.action()).isEqualTo(AuditAction.READ);
            assertThat(entry.resource()).isEqualTo("person");
            assertThat(entry.personId()).isEqualTo(4711L);
            assertThat(entry.caseId()).isEqualTo(42L);
            assertThat(entry.reason()).isEqualTo("utredning");
            assertThat(entry.occurredAt()).isEqualTo(AuditTestConfiguration.NOW.truncatedTo(ChronoUnit.MILLIS));
        });
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void anEventRecordedInATransactionThatRollsBackLeavesNoEntry() {
        tx.executeWithoutResult(status -> {
            auditLog.record(event("ångras"));
            status.setRollbackOnly();
        });

        assertThat(entryCount()).isZero();
        // The head did not move either: the next entry is number 1 and the chain is intact.
        tx.executeWithoutResult(status -> auditLog.record(event("nästa")));
        assertThat(ids()).containsExactly(1L);
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 1, null, null));
    }

    @Test
    void anEventRecordedIndependentlySurvivesTheCallersRollback() {
        tx.executeWithoutResult(status -> {
            auditLog.recordIndependently(new AuditEvent("handlaggare2", AuditAction.DENIED, "person", 4711L, null,
                    "Saknar behörighet till enheten"));
            status.setRollbackOnly();
        });

        assertThat(auditLog.latest(10)).extracting(AuditEntryView::action).containsExactly(AuditAction.DENIED);
    }

    @Test
    void anEventRecordedOutsideATransactionIsAppendedAtOnce() {
        auditLog.record(event("utan transaktion"));

        assertThat(reasonsInChainOrder()).containsExactly("utan transaktion");
    }

    @Test
    void eventsOfOneTransactionGetConsecutiveIdsInTheOrderTheyWereRecorded() {
        tx.executeWithoutResult(status -> {
            auditLog.record(event("första"));
            auditLog.record(event("andra"));
            auditLog.record(event("tredje"));
        });

        assertThat(ids()).containsExactly(1L, 2L, 3L);
        assertThat(reasonsInChainOrder()).containsExactly("första", "andra", "tredje");
    }

    @Test
    void aReadOnlyTransactionsEventsAreAppended() {
        tx.setReadOnly(true);
        tx.executeWithoutResult(status -> auditLog.record(event("läsning")));

        assertThat(reasonsInChainOrder()).containsExactly("läsning");
    }

    @Test
    void anEventRecordedAfterTheCommitIsNotLost() {
        tx.executeWithoutResult(status -> TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        auditLog.record(event("efter commit"));
                    }
                }));

        assertThat(reasonsInChainOrder()).containsExactly("efter commit");
    }

    /**
     * The chain's lock is taken at commit, not when an event is recorded: a transaction that recorded and is still
     * working does not stop another from recording and committing. The entry that commits first comes first.
     */
    @Test
    void aTransactionThatHasRecordedDoesNotBlockOthersBeforeItCommits() throws Exception {
        CountDownLatch slowHasRecorded = new CountDownLatch(1);
        CountDownLatch fastHasCommitted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> slow = pool.submit(() -> tx.execute(status -> {
                auditLog.record(event("långsam"));
                slowHasRecorded.countDown();
                return awaitQuietly(fastHasCommitted);
            }));
            assertThat(slowHasRecorded.await(30, SECONDS)).isTrue();

            tx.executeWithoutResult(status -> auditLog.record(event("snabb")));
            fastHasCommitted.countDown();

            assertThat(slow.get(30, SECONDS)).isTrue();
        } finally {
            fastHasCommitted.countDown();
            pool.shutdownNow();
        }
        assertThat(reasonsInChainOrder()).containsExactly("snabb", "långsam");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void forPersonListsThatPersonsEntriesNewestFirst() {
        auditLog.record(new AuditEvent("a", AuditAction.READ, "person", 1L, null, "ett"));
        auditLog.record(new AuditEvent("b", AuditAction.SEARCH, "person", 2L, null, "annan person"));
        auditLog.record(new AuditEvent("c", AuditAction.UPDATE, "person", 1L, 7L, "två"));
        auditLog.record(new AuditEvent("d", AuditAction.EXPORT, "person", 1L, null, "tre"));

        assertThat(auditLog.forPerson(1L, 10)).extracting(AuditEntryView::reason).containsExactly("tre", "två", "ett");
        assertThat(auditLog.forPerson(1L, 2)).extracting(AuditEntryView::reason).containsExactly("tre", "två");
        assertThat(auditLog.forPerson(3L, 10)).isEmpty();
    }

    @Test
    void latestListsAllEntriesNewestFirst() {
        appendCommitted(4);

        List<AuditEntryView> latest = auditLog.latest(3);

        assertThat(latest).extracting(AuditEntryView::id).containsExactly(4L, 3L, 2L);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
