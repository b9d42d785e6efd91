package se.kasus.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import se.kasus.audit.AuditLog;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.engine.Workflow;

/**
 * Fills an empty Kasus database with a large municipality, phase by phase, and reports each phase's rate. Exists
 * only when {@code kasus.generate=true}: a normal start never has it.
 */
@Component
@ConditionalOnProperty(name = GeneratorSettings.PREFIX, havingValue = "true")
public class DataGenerator {

    /** How far back the template case starts: its appeal period must have ended before today. */
    private static final int TEMPLATE_DAYS_AGO = 60;
    /** From this many finished cases on, the history tables' indexes are built after the load rather than during. */
    private static final int BULK_INDEX_THRESHOLD = 20_000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final AuditLog auditLog;
    private final CaseDriver driver;
    private final Clock clock;

    DataGenerator(JdbcTemplate jdbc, DataSource dataSource, PasswordEncoder passwords, AuditLog auditLog,
            UserDetailsService users, CaseIntake intake, CaseWork work, Workflow workflow,
            ManagementService management, RuntimeService runtime, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.driver = new CaseDriver(users, intake, work, workflow, management, runtime, transactions);
        this.clock = clock;
    }

    /** What was made, for the summary and for tests. */
    public record Result(List<String> caseworkers, long firstPersonId, int persons, long firstFinishedCaseId,
            int finished, int running, List<Progress.Phase> phases, Duration total) {
    }

    public Result generate(GeneratorSettings settings, PrintStream out) {
        boolean postgres = isPostgres();
        Progress progress = new Progress(out);
        progress.print((postgres ? "PostgreSQL" : "H2") + ", " + settings);
        Organisation organisation = Organisation.plan(settings.units(), settings.caseworkersPerUnit());

        var units = progress.start("enheter och personal", settings.units(), "enheter");
        new OrganisationPhase(jdbc, passwords).create(organisation, settings.password(), units);
        units.finish();

        long firstPersonId = nextId("person");
        var persons = progress.start("personer", settings.persons(), "personer");
        new PersonPhase(dataSource, postgres).create(firstPersonId, settings.persons(), settings.protectedShare(),
                settings.seed(), persons);
        restartIdentity("person", firstPersonId + settings.persons());
        persons.finish();

        Instant now = clock.instant();
        var audit = progress.start("loggposter", settings.audit(), "poster");
        new AuditPhase(auditLog).create(settings.audit(), organisation, firstPersonId, settings.persons(),
                now.minus(Duration.ofDays(4 * 365 + TEMPLATE_DAYS_AGO)),
                now.minus(Duration.ofDays(TEMPLATE_DAYS_AGO + 1)), settings.seed(), audit);
        audit.finish();

        long firstCopyId = 0;
        if (settings.finished() > 0) {
            firstCopyId = finished(settings, organisation, firstPersonId, postgres, progress);
        }

        var running = progress.start("pågående ärenden", settings.running(), "ärenden");
        int made = new RunningCasePhase(driver).create(settings.running(), organisation, firstPersonId,
                settings.persons(), settings.advancedShare(), settings.seed(), settings.threads(),
                LocalDate.now(clock), running);
        running.finish();

        if (postgres) {
            var analyze = progress.start("ANALYZE", 1, "databas");
            jdbc.execute("ANALYZE");
            analyze.done(1, 0);
            analyze.finish();
        }
        List<String> caseworkers = writeUsers(organisation, settings.out(), progress);
        Result result = new Result(caseworkers, firstPersonId, settings.persons(), firstCopyId, settings.finished(),
                made, progress.phases(), progress.total());
        summary(result, progress);
        return result;
    }

    private long finished(GeneratorSettings settings, Organisation organisation, long firstPersonId,
            boolean postgres, Progress progress) {
        FinishedCasePhase phase = new FinishedCasePhase(driver, jdbc, dataSource, postgres, clock.getZone());
        var tracker = progress.start("avslutade ärenden", settings.finished(), "ärenden");
        HistoryTemplate template = phase.walkTemplate(organisation.unit(0), firstPersonId, TEMPLATE_DAYS_AGO);
        progress.print("mall: ärende " + template.caseId() + ", " + template.rowsPerCase() + " rader per ärende ("
                + String.join(", ", template.tables().stream().map(t -> t.name() + " " + t.rows().size()).toList())
                + ")");
        tracker.done(1, template.rowsPerCase());
        long firstCopyId = nextId("kasus_case");
        PostgresIndexes indexes = new PostgresIndexes(jdbc);
        if (postgres && settings.finished() >= BULK_INDEX_THRESHOLD) {
            indexes.drop(HistoryTemplate.TABLES, progress);
        }
        try {
            phase.copy(template, firstCopyId, settings.finished() - 1, organisation, firstPersonId,
                    settings.persons(), settings.seed(), settings.threads(), tracker);
        } finally {
            indexes.rebuild(progress);
        }
        restartIdentity("kasus_case", firstCopyId + settings.finished() - 1);
        tracker.finish();
        return firstCopyId;
    }

    private long nextId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Ids were given by the generator: the table's own sequence must continue after them. */
    private void restartIdentity(String table, long next) {
        jdbc.execute("alter table " + table + " alter column id restart with " + next);
    }

    private List<String> writeUsers(Organisation organisation, Path file, Progress progress) {
        List<String> lines = new ArrayList<>();
        organisation.units().forEach(u -> u.caseworkers().forEach(c -> lines.add(c + "," + u.id())));
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, lines);
            progress.print("handläggare (användarnamn,enhet): " + file.toAbsolutePath());
        } catch (IOException e) {
            progress.print("kunde inte skriva " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        return lines.stream().map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    private static void summary(Result result, Progress progress) {
        progress.print("sammanfattning:");
        result.phases().forEach(p -> progress.print("  " + p.asText()));
        progress.print(String.format(Locale.ROOT, "  totalt %.1f s; %d handläggare, personer från id %d, %d avslutade"
                + " och %d pågående ärenden", result.total().toMillis() / 1000.0, result.caseworkers().size(),
                result.firstPersonId(), result.finished(), result.running()));
    }

    private boolean isPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Databasen svarar inte: " + e.getMessage(), e);
        }
    }
}
