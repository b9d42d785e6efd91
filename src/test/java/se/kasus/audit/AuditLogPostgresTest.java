package se.kasus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kasus.PostgresTestServer;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same log on PostgreSQL, where locking, read-only transactions and timestamps behave differently from H2, and
 * where the append-only triggers exist. Skipped when no server answers (see {@link PostgresTestDatabase}).
 */
@JdbcTest(properties = "kasus.audit.verification-page-size=3")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditTestConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
@EnabledIf(value = "se.kasus.PostgresTestServer#shouldRun", disabledReason = PostgresTestServer.SKIP_REASON)
class AuditLogPostgresTest extends AuditTestSupport {

    static final String SCHEMA = PostgresTestDatabase.newSchema("audit_test_");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresTestDatabase.dropSchema(SCHEMA);
    }

    /** The triggers refuse exactly what the test needs to do to start afresh, so it lifts them for that moment. */
    @Override
    void emptyChain() {
        withoutAppendOnlyTriggers(super::emptyChain);
    }

    @Test
    void theChainIsIntactOnPostgres() {
        appendCommitted(7);

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 7, null, null));
    }

    @Test
    void anEventRecordedInATransactionThatRollsBackLeavesNoEntry() {
        tx.executeWithoutResult(status -> {
            auditLog.record(event("ångras"));
            status.setRollbackOnly();
        });

        assertThat(entryCount()).isZero();
    }

    @Test
    void anEventRecordedIndependentlySurvivesTheCallersRollback() {
        tx.executeWithoutResult(status -> {
            auditLog.recordIndependently(event("nekad"));
            status.setRollbackOnly();
        });

        assertThat(reasonsInChainOrder()).containsExactly("nekad");
    }

    /** PostgreSQL refuses an INSERT in a read-only transaction; reads are the events logged most. */
    @Test
    void aReadOnlyTransactionsEventsAreAppended() {
        tx.setReadOnly(true);
        tx.executeWithoutResult(status -> auditLog.record(event("läsning")));

        assertThat(reasonsInChainOrder()).containsExactly("läsning");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void fourThreadsAppendingAtOnceLeaveAnIntactGaplessChain() throws Exception {
        AuditConcurrencyTest.runAtOnce(4, thread -> {
            for (int round = 0; round < 25; round++) {
                tx.executeWithoutResult(status -> {
                    auditLog.record(event("tråd " + thread));
                    auditLog.record(event("tråd " + thread));
                });
            }
        });

        assertThat(ids()).hasSize(200).first().isEqualTo(1L);
        assertThat(ids()).last().isEqualTo(200L);
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 200, null, null));
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        appendCommitted(2);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET reason = 'x' WHERE id = 1"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = 2"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 2, null, null));
    }

    @Test
    void theHeadCannotBeSetBack() {
        appendCommitted(2);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_chain_head SET last_id = 1 WHERE id = 1"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("only move forward");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_chain_head"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    /** With the triggers lifted (as the tables' owner can), the chain still tells. */
    @Test
    void anEditPastTheTriggersIsFound() {
        appendCommitted(5);
        withoutAppendOnlyTriggers(() -> jdbc.update("UPDATE audit_entry SET reason = 'något annat' WHERE id = 3"));

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(false, 3, 3L, "Posten 3 har ändrats."));
    }

    private void withoutAppendOnlyTriggers(Runnable change) {
        PostgresTestDatabase.withoutAppendOnlyTriggers(tx, jdbc, change);
    }
}
