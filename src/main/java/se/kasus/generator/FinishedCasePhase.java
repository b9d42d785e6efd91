package se.kasus.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kasus.casework.ServiceType;

/**
 * Finished cases. One avslag is walked through the real services and engine from ansökan to laga kraft (utredning,
 * förslag, kommunicering, svar, nytt förslag, beslut by the 1:e socialsekreterare, the letter, delgivning, the appeal
 * period's timer); its history is the template every other finished case is copied from in bulk, so each has the
 * history the engine writes for such a run, with its own case, staff and dates.
 */
final class FinishedCasePhase {

    static final List<String> CASE_COLUMNS = List.of("id", "person_id", "unit_id", "case_type", "status",
            "process_key", "received_date", "requested_service", "application_text", "responsible", "opened_at",
            "closed_at");
    /** Copies are spread over the four years before the template; the history's time to live is five. */
    private static final int SPREAD_DAYS = 4 * 365;

    private final CaseDriver driver;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final boolean postgres;
    private final ZoneId zone;

    FinishedCasePhase(CaseDriver driver, JdbcTemplate jdbc, DataSource dataSource, boolean postgres, ZoneId zone) {
        this.driver = driver;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.zone = zone;
    }

    /** Walks one case to its end, starting {@code daysAgo} days ago on the engine's clock. */
    HistoryTemplate walkTemplate(Organisation.Unit unit, long personId, int daysAgo) {
        String caseworker = unit.caseworkers().get(0);
        ClockUtil.offset(-Duration.ofDays(daysAgo).toMillis());
        try {
            LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
            long caseId = driver.apply(caseworker, personId, today, ServiceType.HEMTJANST,
                    "Ansöker om hemtjänst, hjälp med inköp och städning.");
            driver.claim(caseworker, caseId, "Task_Utreda");
            driver.complete(caseworker, caseId, "Task_Utreda", CaseDriver.investigation(ServiceType.HEMTJANST));
            driver.complete(caseworker, caseId, "Task_ForslagTillBeslut", CaseDriver.refusal(ServiceType.HEMTJANST));
            driver.complete(caseworker, caseId, "Task_Kommunicera", Map.of("kommuniceratDatum", today.toString(),
                    "kommunikationssatt", "BREV"));
            driver.complete(caseworker, caseId, "Task_RegistreraSvar", Map.of("svarInkom", today.toString(),
                    "svar", "Jag vill ändå ha hemtjänst."));
            driver.complete(caseworker, caseId, "Task_ForslagTillBeslut", CaseDriver.refusal(ServiceType.HEMTJANST));
            driver.complete(unit.forste(), caseId, "Task_FattaBeslut", Map.of("beslut", "GODKANN"));
            driver.executeDueJobs(caseId);
            driver.complete(caseworker, caseId, "Task_RegistreraDelgivning", Map.of("delgivningsdatum",
                    today.toString(), "delgivningssatt", "BREV"));
            // the appeal period (three weeks, moved past a weekend or holiday) ends: the decision gains laga kraft
            ClockUtil.offset(-Duration.ofDays(daysAgo).toMillis() + Duration.ofDays(26).toMillis());
            driver.executeDueJobs(caseId);
            return HistoryTemplate.read(jdbc, caseId, caseworker, unit.forste());
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Copies the template {@code count} times with case ids firstCaseId.., in {@code threads} parallel writers
     * (each its own connection, so PostgreSQL works on as many cores).
     */
    void copy(HistoryTemplate template, long firstCaseId, int count, Organisation organisation, long firstPersonId,
            int persons, long seed, int threads, Progress.Tracker tracker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                parts.add(pool.submit(() -> copyPart(template, firstCaseId, count, organisation, firstPersonId,
                        persons, seed, worker, threads, tracker)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Avslutade ärenden: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void copyPart(HistoryTemplate template, long firstCaseId, int count, Organisation organisation,
            long firstPersonId, int persons, long seed, int worker, int workers, Progress.Tracker tracker) {
        SplittableRandom random = new SplittableRandom(seed * 31 + worker);
        List<BulkWriter> writers = new ArrayList<>();
        for (HistoryTemplate.Table table : template.tables()) {
            writers.add(new BulkWriter(dataSource, postgres, table.name(), table.columns()));
        }
        BulkWriter caseWriter = new BulkWriter(dataSource, postgres, "kasus_case", CASE_COLUMNS);
        int rows = template.rowsPerCase();
        int pending = 0;
        for (int c = worker; c < count; c += workers) {
            long caseId = firstCaseId + c;
            Organisation.Unit unit = organisation.unit(c);
            String caseworker = unit.caseworkers().get(random.nextInt(unit.caseworkers().size()));
            long shift = -Duration.ofDays(1 + random.nextInt(SPREAD_DAYS)).toMillis()
                    + Duration.ofMinutes(random.nextInt(240) - 120).toMillis();
            HistoryTemplate.Copy copy = new HistoryTemplate.Copy(caseId, unit.id(), caseworker, unit.forste(), shift);
            for (int t = 0; t < template.tables().size(); t++) {
                for (Object[] row : template.rowsFor(template.tables().get(t), copy)) {
                    writers.get(t).add(row);
                }
            }
            caseWriter.add(caseRow(template.caseRow(), copy, firstPersonId + random.nextInt(Math.max(persons, 1))));
            if (++pending == 1_000) {
                tracker.done(pending, (long) pending * rows);
                pending = 0;
            }
        }
        writers.forEach(BulkWriter::close);
        caseWriter.close();
        tracker.done(pending, (long) pending * rows);
    }

    private Object[] caseRow(HistoryTemplate.CaseRow row, HistoryTemplate.Copy copy, long personId) {
        Instant opened = row.opened().plusMillis(copy.shiftMillis());
        LocalDate received = LocalDate.ofInstant(opened, zone);
        return new Object[] {copy.caseId(), personId, copy.unitId(), row.caseType(), row.status(), row.processKey(),
            received, row.requestedService(), null, copy.caseworker(), opened,
            row.closed().plusMillis(copy.shiftMillis())};
    }
}
