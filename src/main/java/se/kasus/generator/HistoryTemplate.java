package se.kasus.generator;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine history of one real, finished case, read back row by row so that it can be copied: a copy has exactly
 * the shape the engine writes (every column, every activity, the removal time the history time to live gives),
 * with new ids, the copy's case as business key, its own staff and its times moved.
 */
final class HistoryTemplate {

    /** The history tables copied; the rest of a run's history (details, job log, decisions) is left out. */
    static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST");

    /** Columns that hold ids of the run itself (instances, executions, activity instances, tasks). */
    private static final Set<String> ID_COLUMNS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
            "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "SUPER_EXECUTION_ID_",
            "CALL_PROC_INST_ID_", "TASK_ID_", "PARENT_TASK_ID_");
    /**
     * The variables a copy keeps: what the case is, where, and how it ended. Ids of the template's own records
     * (forslagId, beslutId) are left out, because a copy has no such records.
     */
    static final List<String> VARIABLES = List.of("caseId", "unitId", "arendetyp", "utfall", "insatstyp",
            "beslutGodkant", "beslutsfattareRoll", "overklagandetidSlut");
    private static final Set<String> USER_COLUMNS = Set.of("ASSIGNEE_", "OWNER_", "START_USER_ID_");

    /** One table's rows, columns in the database's order and upper case. */
    record Table(String name, List<String> columns, List<Object[]> rows) {
        int column(String column) {
            return columns.indexOf(column);
        }
    }

    /** The case row's values that a copy keeps or moves. */
    record CaseRow(String caseType, String status, String processKey, LocalDate received, String requestedService,
            Instant opened, Instant closed) {
    }

    private final long caseId;
    private final String caseworker;
    private final String decider;
    private final CaseRow caseRow;
    private final List<Table> tables;
    private final Map<String, Integer> ids = new HashMap<>();

    private HistoryTemplate(long caseId, String caseworker, String decider, CaseRow caseRow, List<Table> tables) {
        this.caseId = caseId;
        this.caseworker = caseworker;
        this.decider = decider;
        this.caseRow = caseRow;
        this.tables = tables;
        for (Table table : tables) {
            for (Object[] row : table.rows()) {
                for (int i = 0; i < row.length; i++) {
                    if (ID_COLUMNS.contains(table.columns().get(i)) && row[i] != null) {
                        ids.putIfAbsent(row[i].toString(), ids.size());
                    }
                }
            }
        }
    }

    static HistoryTemplate read(JdbcTemplate jdbc, long caseId, String caseworker, String decider) {
        List<String> instances = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?",
                String.class, String.valueOf(caseId));
        if (instances.isEmpty() || jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?"
                + " and END_TIME_ is null", Integer.class, String.valueOf(caseId)) > 0) {
            throw new IllegalStateException("Mallärendet " + caseId + " är inte avslutat i motorn");
        }
        String in = String.join(", ", instances.stream().map(id -> "'" + id + "'").toList());
        List<Table> tables = new ArrayList<>();
        for (String table : TABLES) {
            String where = table.equals("ACT_HI_VARINST") ? " and BYTEARRAY_ID_ is null and NAME_ in ("
                    + String.join(", ", VARIABLES.stream().map(v -> "'" + v + "'").toList()) + ")" : "";
            tables.add(jdbc.query("select * from " + table + " where PROC_INST_ID_ in (" + in + ")" + where,
                    (org.springframework.jdbc.core.ResultSetExtractor<Table>) rs -> table(table, rs)));
        }
        CaseRow row = jdbc.queryForObject("select case_type, status, process_key, received_date, requested_service,"
                + " opened_at, closed_at from kasus_case where id = ?", (rs, n) -> new CaseRow(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getObject(7, OffsetDateTime.class).toInstant()), caseId);
        return new HistoryTemplate(caseId, caseworker, decider, row, List.copyOf(tables));
    }

    private static Table table(String name, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
        }
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            rows.add(row);
        }
        return new Table(name, List.copyOf(columns), rows);
    }

    List<Table> tables() {
        return tables;
    }

    CaseRow caseRow() {
        return caseRow;
    }

    long caseId() {
        return caseId;
    }

    int rowsPerCase() {
        return 1 + tables.stream().mapToInt(t -> t.rows().size()).sum();
    }

    /** Who did what in the copy: the copy's handläggare in place of the template's, its decider likewise. */
    record Copy(long caseId, String unitId, String caseworker, String decider, long shiftMillis) {
    }

    /** The rows of one table for one copy. */
    List<Object[]> rowsFor(Table table, Copy copy) {
        String prefix = "g" + Long.toString(copy.caseId(), 36) + "-";
        int name = table.column("NAME_");
        List<Object[]> out = new ArrayList<>(table.rows().size());
        for (Object[] row : table.rows()) {
            Object[] values = row.clone();
            for (int i = 0; i < values.length; i++) {
                values[i] = value(table.columns().get(i), values[i], copy, prefix);
            }
            if (table.name().equals("ACT_HI_VARINST")) {
                variable(table, values, String.valueOf(row[name]), copy);
            }
            out.add(values);
        }
        return out;
    }

    private Object value(String column, Object value, Copy copy, String prefix) {
        if (value == null) {
            return null;
        }
        if (ID_COLUMNS.contains(column)) {
            Integer index = ids.get(value.toString());
            return index == null ? value : prefix + index;
        }
        if (value instanceof Timestamp time) {
            return new Timestamp(time.getTime() + copy.shiftMillis());
        }
        if (column.equals("BUSINESS_KEY_")) {
            return String.valueOf(copy.caseId());
        }
        if (USER_COLUMNS.contains(column)) {
            return value.equals(decider) ? copy.decider() : value.equals(caseworker) ? copy.caseworker() : value;
        }
        return value;
    }

    /** The variables that name the case and its unit, and dates, which move with the copy. */
    private static void variable(Table table, Object[] values, String name, Copy copy) {
        int text = table.column("TEXT_");
        int number = table.column("LONG_");
        int type = table.column("VAR_TYPE_");
        switch (name) {
            case "caseId" -> {
                values[number] = values[number] == null ? null : copy.caseId();
                values[text] = values[text] == null ? null : String.valueOf(copy.caseId());
            }
            case "unitId" -> values[text] = copy.unitId();
            default -> {
                if (type >= 0 && "date".equals(values[type]) && values[number] instanceof Number when) {
                    values[number] = when.longValue() + copy.shiftMillis();
                }
            }
        }
    }
}
