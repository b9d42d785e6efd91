package se.kasus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL server tests run against: KASUS_TEST_PG_URL, _USER and _PASSWORD, by default the local server's
 * database {@code test}. Without a server the PostgreSQL tests are skipped with a message, except in CI
 * ({@code CI=true}), where they run and fail: CI must prove PostgreSQL.
 */
public final class PostgresTestServer {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String SKIP_REASON = "Ingen PostgreSQL nåbar på KASUS_TEST_PG_URL (standard " + DEFAULT_URL
            + "); PostgreSQL-testerna hoppas över. I CI (CI=true) körs de och fallerar i stället.";

    private PostgresTestServer() {
    }

    public static String url() {
        return Objects.requireNonNullElse(System.getenv("KASUS_TEST_PG_URL"), DEFAULT_URL);
    }

    public static String user() {
        return Objects.requireNonNullElse(System.getenv("KASUS_TEST_PG_USER"), "postgres");
    }

    public static String password() {
        return Objects.requireNonNullElse(System.getenv("KASUS_TEST_PG_PASSWORD"), "");
    }

    /** For {@code @EnabledIf}: run where a server answers, and always in CI. */
    public static boolean shouldRun() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || reachable();
    }

    public static boolean reachable() {
        try (Connection ignored = connect(url())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, user(), password());
    }

    /**
     * Gives a Spring test context a database of its own on the server, so the engine's and Flyway's tables start
     * empty; databases left by earlier runs are dropped first. A database still in use is never dropped: Spring caches
     * test contexts, so an earlier context of this run (or another run on the same server) may come back to it.
     */
    public static final class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final String PREFIX = "kasus_it_";
        private static final java.util.Set<String> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = connect(url()); Statement statement = connection.createStatement()) {
                dropLeftovers(statement);
                statement.execute("CREATE DATABASE " + name);
                CREATED.add(name);
            } catch (SQLException e) {
                throw new IllegalStateException(SKIP_REASON, e);
            }
            String databaseUrl = url().substring(0, url().lastIndexOf('/') + 1) + name;
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test",
                    java.util.Map.of("spring.datasource.url", databaseUrl, "spring.datasource.username", user(),
                            "spring.datasource.password", password())));
        }

        private static void dropLeftovers(Statement statement) throws SQLException {
            var names = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery("select d.datname from pg_database d where d.datname like '"
                    + PREFIX + "%' and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            names.removeAll(CREATED);
            for (String old : names) {
                try {
                    statement.execute("DROP DATABASE IF EXISTS " + old);
                } catch (SQLException inUseMeanwhile) {
                    // someone connected since the query: it is not a leftover
                }
            }
        }
    }
}
