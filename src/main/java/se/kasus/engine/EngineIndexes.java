package se.kasus.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Kasus's own queries need on the engine's tables, on PostgreSQL. They cannot be Flyway migrations: Flyway
 * runs before the engine has created its tables on a new database. Created once the engine is built, idempotently.
 *
 * <p>{@code kasus_ix_ru_task_due}: the deadline view asks for running tasks that have a deadline, by task; only a few
 * tasks have one (Utreda behov has none), so a partial index finds them without reading every running task (20 000
 * in a large municipality). Measured in BENCHMARKS.md, "Generated data".
 *
 * <p>{@code kasus_ix_ru_task_parent}: completing a task makes the engine look for its subtasks by PARENT_TASK_ID_,
 * which Camunda does not index: without it every completion reads every running task (QueryPlanOnPostgresTest
 * shows the statement).
 */
@Component
class EngineIndexes implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    static final List<String> POSTGRES = List.of(
            "CREATE INDEX IF NOT EXISTS kasus_ix_ru_task_due ON ACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)"
                    + " WHERE DUE_DATE_ IS NOT NULL",
            "CREATE INDEX IF NOT EXISTS kasus_ix_ru_task_parent ON ACT_RU_TASK (PARENT_TASK_ID_)");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    /** The engine is a parameter so that it is built, with its tables, before this runs. */
    EngineIndexes(ProcessEngine engine, JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        if (!isPostgres()) {
            return;
        }
        for (String index : POSTGRES) {
            try {
                jdbc.execute(index);
            } catch (RuntimeException e) {
                // a missing index makes a page slower, not wrong: start anyway, and say so
                log.error("Kunde inte skapa index på motorns tabeller: {}", index, e);
            }
        }
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
