package se.kasus.audit;

import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link AuditPagingContract} on PostgreSQL, in a schema of its own; skipped when no server answers. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({AuditLog.class, AuditPagingContract.ClockConfiguration.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext
@EnabledIf(value = "se.kasus.PostgresTestServer#shouldRun",
        disabledReason = "no PostgreSQL at KASUS_TEST_PG_URL (default " + PostgresTestDatabase.DEFAULT_URL + ")")
class AuditPagingPostgresTest extends AuditPagingContract {

    static final String SCHEMA = "audit_paging_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

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

    /** The append-only triggers refuse the reset; DDL is transactional, so no other session sees them lifted. */
    @Override
    void emptyChain() {
        tx.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            jdbc.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER USER");
            super.emptyChain();
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
            jdbc.execute("ALTER TABLE audit_chain_head ENABLE TRIGGER USER");
        });
    }
}
