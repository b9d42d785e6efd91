package se.kasus.audit;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.kasus.PostgresTestServer;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link AuditPagingContract} on PostgreSQL, in a schema of its own; skipped when no server answers. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditPagingContract.ClockConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
@EnabledIf(value = "se.kasus.PostgresTestServer#shouldRun", disabledReason = PostgresTestServer.SKIP_REASON)
class AuditPagingPostgresTest extends AuditPagingContract {

    static final String SCHEMA = PostgresTestDatabase.newSchema("audit_paging_");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PostgresTestDatabase.dropSchema(SCHEMA);
    }

    /** The append-only triggers refuse the reset, so it runs with them lifted for that moment. */
    @Override
    void emptyChain() {
        PostgresTestDatabase.withoutAppendOnlyTriggers(tx, jdbc, super::emptyChain);
    }
}
