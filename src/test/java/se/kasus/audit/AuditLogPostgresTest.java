package se.kasus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

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
@EnabledIf(value = "se.kasus.PostgresTestServer#shouldRun",
        disabledReason = "no PostgreSQL at KASUS_TEST_PG_URL (default " + PostgresTestDatabase.DEFAULT_URL + ")")
class AuditLogPostgresTest extends AuditTestSupport {

    static final String SCHEMA = "audit_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.url(SCHEMA));
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
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

    /** DDL is transactional on PostgreSQL: no other session ever sees the triggers lifted. */
    private void withoutAppendOnlyTriggers(Runnable change) {
        tx.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            jdbc.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER USER");
            change.run();
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
            jdbc.execute("ALTER TABLE audit_chain_head ENABLE TRIGGER USER");
        });
    }
}
