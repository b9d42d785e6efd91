package se.kasus.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.kasus.KasusApplication;
import se.kasus.PostgresTestServer;

/**
 * Kasus nodes in one JVM on one fresh PostgreSQL database ({@code kasus_cluster_*}): each a whole application with
 * its own web server on a random port, its own engine and its own job executor, as two JVMs would be. Only the
 * database is shared, which is all a Camunda 7 cluster shares.
 */
final class ClusterNodes implements AutoCloseable {

    private final String database;
    private final String url;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    ClusterNodes() {
        database = "kasus_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = PostgresTestServer.url();
        url = server.substring(0, server.lastIndexOf('/') + 1) + database;
        sql("CREATE DATABASE " + database);
    }

    String url() {
        return url;
    }

    /**
     * Creates the schema (Flyway's and the engine's) without deploying anything, so that the nodes started next find
     * the tables and race only for the deployment. Two engines creating their tables at once on an empty database
     * would collide: the engine takes no lock for that, see README "Flera noder".
     */
    void createSchema() {
        new SpringApplicationBuilder(KasusApplication.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .run(args(common("schema"), Map.of("kasus.models.deploy-at-start", "false",
                        "camunda.bpm.job-execution.enabled", "false",
                        "spring.autoconfigure.exclude",
                        "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")))
                .close();
    }

    /** Starts {@code count} nodes at the same moment, each in a thread of its own, and waits for all. */
    List<ConfigurableApplicationContext> startTogether(int count) {
        List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = "node-" + i;
            starting.add(CompletableFuture.supplyAsync(() -> start(name)));
        }
        starting.forEach(f -> nodes.add(f.join()));
        return List.copyOf(nodes);
    }

    private ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(KasusApplication.class).bannerMode(Banner.Mode.OFF)
                .run(args(common(name), Map.of("server.port", "0",
                        "camunda.bpm.job-execution.enabled", "true",
                        // idle executors poll at least every second, so a due timer is raced for by both
                        "camunda.bpm.job-execution.wait-time-in-millis", "200",
                        "camunda.bpm.job-execution.max-wait", "1000",
                        "camunda.bpm.generic-properties.properties.hostname", name)));
    }

    /** As command-line arguments: they outrank application.yml, which default properties would not. */
    private static String[] args(Map<String, String> common, Map<String, String> own) {
        List<String> args = new ArrayList<>();
        common.forEach((key, value) -> args.add("--" + key + "=" + value));
        own.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args.toArray(String[]::new);
    }

    private Map<String, String> common(String name) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", PostgresTestServer.user(),
                "spring.datasource.password", PostgresTestServer.password(), "kasus.demo-data", "false",
                "camunda.bpm.generate-unique-process-engine-name", "true", "spring.application.name", "kasus-" + name,
                "logging.level.root", "WARN", "logging.level.se.kasus.processadmin", "INFO");
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Override
    public void close() {
        nodes.forEach(ConfigurableApplicationContext::close);
        sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(PostgresTestServer.url(), PostgresTestServer.user(),
                PostgresTestServer.password()); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(PostgresTestServer.SKIP_REASON, e);
        }
    }
}
