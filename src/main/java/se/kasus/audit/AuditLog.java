package se.kasus.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log: every read and write of client data, chained by SHA-256 so that an edited, deleted or reordered
 * entry is found by {@link #verify()}. The only way into the audit tables.
 */
@Service
public class AuditLog {

    /** Upper bound for one listing, so a mistaken call cannot pull the whole log into memory. */
    public static final int MAX_LIMIT = 1000;

    private final AuditStore store;
    private final AuditAppender appender;
    private final AuditVerifier verifier;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${kasus.audit.verification-page-size:1000}") int verificationPageSize,
            ObjectProvider<EntityManager> entityManager) {
        this.store = new AuditStore(jdbc);
        this.appender = new AuditAppender(store, transactionManager, flushOf(entityManager));
        this.verifier = new AuditVerifier(store, verificationPageSize);
        this.clock = clock;
    }

    /**
     * The business writes JPA still holds are flushed before the chain's lock is taken, so the lock is never held
     * while the database waits on a business row (which could deadlock two transactions on PostgreSQL).
     */
    private static Runnable flushOf(ObjectProvider<EntityManager> entityManager) {
        return () -> entityManager.ifAvailable(em -> {
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
        });
    }

    /**
     * Records an event in the caller's transaction, so it commits or rolls back with the business write; it is
     * appended right before the commit, keeping the chain's lock short. Without a transaction it is appended at once
     * in one of its own.
     */
    public void record(AuditEvent event) {
        StampedEvent stamped = stamp(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionBuffer.current(appender).add(stamped);
        } else {
            // Also joins a transaction that runs without synchronization: nothing to buffer in, so append now.
            appender.appendInCurrentOrNewTransaction(List.of(stamped));
        }
    }

    /**
     * Records an event in a transaction of its own that commits before this returns, so it stays even when the
     * caller's transaction rolls back: for refused access ({@link AuditAction#DENIED}), whose refusal is an exception.
     */
    public void recordIndependently(AuditEvent event) {
        appender.appendInNewTransaction(List.of(stamp(event)));
    }

    /**
     * Appends events that happened earlier, each with its own time, at the end of the chain in one transaction of
     * its own: for the data generator (se.kasus.generator), which fills a large municipality's log in bulk. The
     * chain stays valid ({@link #verify()} passes); times in the future are refused, because the log must not claim
     * what has not happened.
     */
    public void appendBackdated(List<AuditEvent> events, List<Instant> occurredAt) {
        if (events.size() != occurredAt.size()) {
            throw new IllegalArgumentException("one time per event");
        }
        Instant now = Instant.now(clock);
        List<StampedEvent> stamped = new java.util.ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Instant at = Objects.requireNonNull(occurredAt.get(i), "time is required");
            if (at.isAfter(now)) {
                throw new IllegalArgumentException("an audit entry cannot lie in the future: " + at);
            }
            stamped.add(new StampedEvent(Objects.requireNonNull(events.get(i)), at.truncatedTo(ChronoUnit.MILLIS)));
        }
        appender.appendInNewTransaction(stamped);
    }

    /** Walks the whole chain; see {@link AuditVerification} for what a broken chain reports. */
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** Entries about one person, newest first: the basis of a client's extract of who read their data. */
    public List<AuditEntryView> forPerson(long personId, int limit) {
        return store.newestForPerson(personId, checkLimit(limit));
    }

    /**
     * Entries of one action about one case, oldest first: for a replay of the case, e.g. who completed which task
     * ({@link AuditAction#COMPLETE_TASK}). Read only; whoever calls this checks access and logs the reading.
     */
    public List<AuditEntryView> forCase(long caseId, AuditAction action, int limit) {
        if (action == null) {
            throw new IllegalArgumentException("action is required");
        }
        return store.oldestForCase(caseId, action, checkLimit(limit));
    }

    /**
     * One page of the entries about a person in a period, newest first (by id, i.e. in chain order): the reads,
     * searches, writes and refusals that make up a client's extract of who took part of their data.
     *
     * @param beforeId only entries older than this one (the previous page's {@link AuditPage#nextBefore()}); null
     *                 for the newest
     */
    public AuditPage forPerson(long personId, AuditPeriod period, Long beforeId, int limit) {
        Objects.requireNonNull(period, "period is required");
        return AuditPage.of(store.personPage(personId, period, beforeId, checkLimit(limit) + 1), limit);
    }

    /**
     * One page of what one user did in a period, newest first (by time, then id): for the monthly sample of a
     * user's reads.
     *
     * @param beforeId only entries after this one in that order (the previous page's {@link AuditPage#nextBefore()});
     *                 null for the newest
     * @throws IllegalArgumentException if {@code beforeId} is not an entry of this actor
     */
    public AuditPage byActor(String actor, AuditPeriod period, Long beforeId, int limit) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor is required");
        }
        Objects.requireNonNull(period, "period is required");
        int size = checkLimit(limit) + 1;
        AuditStore.Cursor cursor = beforeId == null ? null : store.cursorOf(beforeId, actor).orElseThrow(
                () -> new IllegalArgumentException("entry " + beforeId + " is not an entry of " + actor));
        return AuditPage.of(store.actorPage(actor, period, cursor, size), limit);
    }

    /** How many entries of each action the period holds. */
    public Map<AuditAction, Long> countByAction(AuditPeriod period) {
        return store.countsByAction(Objects.requireNonNull(period, "period is required"));
    }

    /**
     * A random sample of reads of client data in the period, for the monthly review: draws ids uniformly over the
     * period's id range and takes the first read of a person's data at or after each, so it costs {@code size}
     * index lookups however large the log is. The same seed gives the same sample (a review can be reproduced);
     * reads that follow long runs of other entries are somewhat more likely to be drawn, which a review can accept.
     */
    public List<AuditEntryView> sampleOfReads(AuditPeriod period, int size, long seed) {
        Objects.requireNonNull(period, "period is required");
        Optional<long[]> range = store.idRange(period);
        if (range.isEmpty()) {
            return List.of();
        }
        long lo = range.get()[0];
        long hi = range.get()[1];
        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, AuditEntryView> drawn = new TreeMap<>();
        for (int draw = 0; draw < size * 4 && drawn.size() < size; draw++) {
            store.firstPersonReadFrom(random.nextLong(lo, hi + 1), hi).ifPresent(e -> drawn.putIfAbsent(e.id(), e));
        }
        return List.copyOf(drawn.values());
    }

    /** Every entry of one action in the period, oldest first, up to {@code limit}. */
    public List<AuditEntryView> ofAction(AuditAction action, AuditPeriod period, int limit) {
        return store.ofAction(action, Objects.requireNonNull(period, "period is required"), checkLimit(limit));
    }

    /** The newest entries of all, newest first. */
    public List<AuditEntryView> latest(int limit) {
        return store.newest(checkLimit(limit));
    }

    /** Millisecond precision, because that is what both databases store exactly, and the hash covers it. */
    private StampedEvent stamp(AuditEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
        return new StampedEvent(event, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        return limit;
    }
}
