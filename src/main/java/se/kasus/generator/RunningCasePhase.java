package se.kasus.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import se.kasus.casework.ServiceType;

/**
 * Running cases through the real intake and engine, in parallel: each ansökan starts its process, which stops at
 * "Utreda behov" with the deadlines the engine sets; a caseworker of the unit takes the task, and a share is moved on
 * to the proposal through the real completion path.
 */
final class RunningCasePhase {

    private static final ServiceType[] SERVICES = {ServiceType.HEMTJANST, ServiceType.HEMTJANST,
        ServiceType.TRYGGHETSLARM, ServiceType.MATDISTRIBUTION, ServiceType.DAGVERKSAMHET,
        ServiceType.KORTTIDSBOENDE, ServiceType.SARSKILT_BOENDE};
    /** Failures tolerated before the phase stops: one is a fault to report, many a fault to fix. */
    private static final int MAX_FAILURES = 10;

    private final CaseDriver driver;

    RunningCasePhase(CaseDriver driver) {
        this.driver = driver;
    }

    /** Returns the number of cases made. */
    int create(int count, Organisation organisation, long firstPersonId, int persons, double advancedShare,
            long seed, int threads, LocalDate today, Progress.Tracker tracker) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger made = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Throwable> firstFailure = new ArrayList<>();
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                parts.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed * 17 + worker);
                    for (int i = worker; i < count && failures.get() < MAX_FAILURES; i += threads) {
                        try {
                            long rows = one(i, organisation, firstPersonId, persons, advancedShare, today, random);
                            made.incrementAndGet();
                            tracker.done(1, rows);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            synchronized (firstFailure) {
                                firstFailure.add(e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Pågående ärenden: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        if (failures.get() >= MAX_FAILURES) {
            throw new IllegalStateException("Pågående ärenden: för många fel, det första: " + firstFailure.get(0),
                    firstFailure.get(0));
        }
        return made.get();
    }

    /** One case; returns roughly how many rows it wrote (case, engine runtime and history, audit). */
    private long one(int i, Organisation organisation, long firstPersonId, int persons, double advancedShare,
            LocalDate today, SplittableRandom random) {
        Organisation.Unit unit = organisation.unit(i);
        int units = organisation.units().size();
        String caseworker = unit.caseworkers().get((i / units) % unit.caseworkers().size());
        ServiceType service = SERVICES[random.nextInt(SERVICES.length)];
        long personId = firstPersonId + random.nextInt(Math.max(persons, 1));
        long caseId = driver.applyAndClaim(caseworker, personId, today.minusDays(random.nextInt(14)), service,
                "Ansökan om " + service.label().toLowerCase(java.util.Locale.ROOT) + ".");
        if (random.nextDouble() < advancedShare) {
            driver.complete(caseworker, caseId, "Task_Utreda", CaseDriver.investigation(service));
            return 40;
        }
        return 25;
    }
}
