package se.kasus.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A PostgreSQL server for tests, if one is reachable: KASUS_TEST_PG_URL, _USER and _PASSWORD, by default the local
 * server's database {@code test}. Deliberately not KASUS_DB_URL, so a test can never reach the application's data.
 * Each test class works in a schema of its own, because the database is shared.
 */
final class PostgresTestDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private PostgresTestDatabase() {
    }

    static String url() {
        return Objects.requireNonNullElse(System.getenv("KASUS_TEST_PG_URL"), DEFAULT_URL);
    }

    static String user() {
        return Objects.requireNonNullElse(System.getenv("KASUS_TEST_PG_USER"), "postgres");
    }

    static String password() {
        return Objects.requireNonNullElse(System.getenv("KASUS_TEST_PG_PASSWORD"), "");
    }

    /** The URL of {@code schema}; the application's tables land there, not in {@code public}. */
    static String url(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
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
