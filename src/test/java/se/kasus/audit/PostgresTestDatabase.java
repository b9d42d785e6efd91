package se.kasus.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import se.kasus.PostgresTestServer;
/**
 * The audit tests' view of {@link PostgresTestServer}: each test class works in a schema of its own in the shared
 * database, where the audit log's triggers exist.
 */
final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    static String url() {
        return PostgresTestServer.url();
    }

    static String user() {
        return PostgresTestServer.user();
    }

    static String password() {
        return PostgresTestServer.password();
    }

    /** The URL of {@code schema}; the application's tables land there, not in {@code public}. */
    static String url(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A schema name of its own for one test class, so classes sharing the database never meet. */
    static String newSchema(String prefix) {
        return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Points the test's DataSource and Flyway at {@code schema}. */
    static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> url(schema));
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    /**
     * Runs a change the append-only triggers would refuse (a reset, a deliberate tampering). DDL is transactional on
     * PostgreSQL: no other session ever sees the triggers lifted.
     */
    static void withoutAppendOnlyTriggers(TransactionTemplate tx,
            JdbcTemplate jdbc, Runnable change) {
        tx.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            jdbc.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER USER");
            change.run();
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
            jdbc.execute("ALTER TABLE audit_chain_head ENABLE TRIGGER USER");
        });
    }

    static void dropSchema(String schema) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url(), user(), password());
    }
}
