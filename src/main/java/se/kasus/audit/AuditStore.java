package se.kasus.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of the audit tables, in the subset that H2 2.x and PostgreSQL 15 both understand. */
final class AuditStore {

    /** The end of the chain as recorded in {@code audit_chain_head}. */
    record Head(long lastId, String lastHash) {
    }

    private static final String COLUMNS =
            "id, occurred_at, actor, action, resource, person_id, case_id, reason, prev_hash, hash";
    private static final int[] COLUMN_TYPES = {Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head row until the current transaction ends: the one lock that serializes every append. */
    Head lockHead() {
        return readHead(" FOR UPDATE").orElseThrow(
                () -> new IllegalStateException("audit_chain_head has no row; is migration V3__audit applied?"));
    }

    Optional<Head> readHead() {
        return readHead("");
    }

    private Optional<Head> readHead(String lockClause) {
        List<Head> rows = jdbc.query("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1" + lockClause,
                (rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash")));
        return rows.stream().findFirst();
    }

    void insert(List<ChainEntry> entries) {
        List<Object[]> rows = entries.stream().map(AuditStore::columnValues).toList();
        jdbc.batchUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, COLUMN_TYPES);
    }

    void moveHead(ChainEntry last) {
        jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", last.id(), last.hash());
    }

    /** Entries with afterId &lt; id &le; upToId in id order: keyset paging, so each page costs the same. */
    List<ChainEntry> page(long afterId, long upToId, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id"
                + " FETCH FIRST ? ROWS ONLY", AuditStore::chainEntry, afterId, upToId, size);
    }

    Optional<Long> firstIdAfter(long id) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(id) FROM audit_entry WHERE id > ?", Long.class, id));
    }

    List<AuditEntryView> newestForPerson(long personId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE person_id = ? ORDER BY id DESC"
                + " FETCH FIRST ? ROWS ONLY", AuditStore::view, personId, limit);
    }

    /** One kind of entry about a case, oldest first (the case's own story, e.g. who completed its tasks). */
    List<AuditEntryView> oldestForCase(long caseId, AuditAction action, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE case_id = ? AND action = ? ORDER BY id"
                + " FETCH FIRST ? ROWS ONLY", AuditStore::view, caseId, action.name(), limit);
    }

    /**
     * A person's entries older than {@code beforeId} (all when null), newest first, in the period. Served by the
     * index on (person_id, id).
     */
    List<AuditEntryView> personPage(long personId, AuditPeriod period, Long beforeId, int size) {
        Query query = new Query("person_id = ?", personId);
        if (beforeId != null) {
            query.and("id < ?", beforeId);
        }
        query.within(period);
        return query.run(jdbc, "id DESC", size);
    }

    /**
     * An actor's entries in the period, newest first by time and then by id, starting after {@code cursor} (the
     * last entry of the previous page; from the newest when null). Ordered by time rather than id so that the index
     * on (actor, occurred_at) serves both the period and the order; the redundant {@code occurred_at <= ?} lets the
     * database seek to the cursor instead of filtering up to it.
     */
    List<AuditEntryView> actorPage(String actor, AuditPeriod period, Cursor cursor, int size) {
        Query query = new Query("actor = ?", actor);
        query.within(period);
        if (cursor != null) {
            LocalDateTime at = toColumn(cursor.occurredAt());
            query.and("occurred_at <= ?", at).and("(occurred_at < ? OR id < ?)", at, cursor.id());
        }
        return query.run(jdbc, "occurred_at DESC, id DESC", size);
    }

    /** Where an actor's page ended: the time and id of its last entry. */
    record Cursor(Instant occurredAt, long id) {
    }

    /** The cursor for entry {@code id}, if it is the actor's. */
    Optional<Cursor> cursorOf(long id, String actor) {
        return jdbc.query("SELECT occurred_at FROM audit_entry WHERE id = ? AND actor = ?",
                (rs, n) -> new Cursor(occurredAt(rs), id), id, actor).stream().findFirst();
    }

    /** A WHERE clause built from conditions that are all ANDed, with their arguments in order. */
    private static final class Query {
        private final StringBuilder where = new StringBuilder();
        private final List<Object> args = new ArrayList<>();

        Query(String condition, Object... values) {
            and(condition, values);
        }

        Query and(String condition, Object... values) {
            where.append(where.isEmpty() ? "" : " AND ").append(condition);
            args.addAll(List.of(values));
            return this;
        }

        void within(AuditPeriod period) {
            if (period.from() != null) {
                and("occurred_at >= ?", toColumn(period.from()));
            }
            if (period.until() != null) {
                and("occurred_at < ?", toColumn(period.until()));
            }
        }

        List<AuditEntryView> run(JdbcTemplate jdbc, String orderBy, int size) {
            args.add(size);
            return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where + " ORDER BY " + orderBy
                    + " FETCH FIRST ? ROWS ONLY", AuditStore::view, args.toArray());
        }
    }

    /** How many entries of each action the period holds: the totals of the monthly review. */
    Map<AuditAction, Long> countsByAction(AuditPeriod period) {
        Query query = new Query("1 = 1");
        query.within(period);
        Map<AuditAction, Long> counts = new EnumMap<>(AuditAction.class);
        jdbc.query("SELECT action, COUNT(*) AS n FROM audit_entry WHERE " + query.where + " GROUP BY action",
                rs -> {
                    counts.put(AuditAction.valueOf(rs.getString("action")), rs.getLong("n"));
                }, query.args.toArray());
        return counts;
    }

    /** The first and last id of the period (served by the index on occurred_at); empty when it has no entries. */
    Optional<long[]> idRange(AuditPeriod period) {
        Query query = new Query("1 = 1");
        query.within(period);
        return jdbc.query("SELECT MIN(id) AS lo, MAX(id) AS hi FROM audit_entry WHERE " + query.where,
                (rs, n) -> rs.getObject("lo") == null ? null : new long[] {rs.getLong("lo"), rs.getLong("hi")},
                query.args.toArray()).stream().filter(Objects::nonNull).findFirst();
    }

    /** The first read of a person's data at or after {@code fromId}, up to {@code toId}: one draw of the sample. */
    Optional<AuditEntryView> firstPersonReadFrom(long fromId, long toId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE id >= ? AND id <= ? AND action = ?"
                + " AND person_id IS NOT NULL ORDER BY id FETCH FIRST 1 ROWS ONLY", AuditStore::view, fromId, toId,
                AuditAction.READ.name()).stream().findFirst();
    }

    /** Every entry of one action in the period, oldest first, up to {@code size}. */
    List<AuditEntryView> ofAction(AuditAction action, AuditPeriod period, int size) {
        Query query = new Query("action = ?", action.name());
        query.within(period);
        return query.run(jdbc, "id", size);
    }

    List<AuditEntryView> newest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id DESC FETCH FIRST ? ROWS ONLY",
                AuditStore::view, limit);
    }

    private static Object[] columnValues(ChainEntry e) {
        return new Object[] {e.id(), toColumn(e.occurredAt()), e.actor(), e.action(), e.resource(), e.personId(),
                e.caseId(), e.reason(), e.prevHash(), e.hash()};
    }

    private static ChainEntry chainEntry(ResultSet rs, int rowNum) throws SQLException {
        return new ChainEntry(rs.getLong("id"), occurredAt(rs), rs.getString("actor"), rs.getString("action"),
                rs.getString("resource"), nullableLong(rs, "person_id"), nullableLong(rs, "case_id"),
                rs.getString("reason"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static AuditEntryView view(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntryView(rs.getLong("id"), occurredAt(rs), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("resource"), nullableLong(rs, "person_id"),
                nullableLong(rs, "case_id"), rs.getString("reason"));
    }

    /**
     * A timestamp column without time zone holding UTC, read and written as LocalDateTime: neither the JVM's nor the
     * database session's time zone can shift it, so the hashed text reads back the same on H2 and PostgreSQL.
     */
    private static LocalDateTime toColumn(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant occurredAt(ResultSet rs) throws SQLException {
        return rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
