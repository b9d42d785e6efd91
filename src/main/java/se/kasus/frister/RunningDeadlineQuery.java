package se.kasus.frister;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deadline view's two queries, each one set-based statement for a whole unit: timer jobs and open tasks with a due
 * date, of every process instance whose business key is a case of the unit. Call activities pass the case id on as
 * business key ({@code camunda:in businessKey}), and processes started by a delegate get it from
 * {@code Workflow.start}, so a sub-process's timers and tasks are found the same way.
 *
 * <p>Index-backed on both databases: {@code ix_case_unit_status} picks the unit's cases, Camunda's
 * {@code ACT_IDX_EXEC_BUSKEY} their process instances, {@code ACT_IDX_JOB_PROCINST} / {@code ACT_IDX_TASK_PROCINST}
 * the jobs and tasks, {@code ACT_IDX_TSKASS_TASK} the candidate groups. The activity ids are narrowed in SQL to those
 * marked in some model; the exact (definition, activity) pair is checked by the caller.
 *
 * <p>This reads the engine's runtime tables directly, read-only, instead of the engine's query API: the API cannot
 * join jobs with the case table, and asking it per case would be one call per row.
 */
@Component
class RunningDeadlineQuery {

    private static final String INSTANCES_OF_UNIT = """
            from kasus_case c
            join ACT_RU_EXECUTION pi on pi.BUSINESS_KEY_ = cast(c.id as varchar(64)) and pi.ID_ = pi.PROC_INST_ID_
            """;

    private static final String TIMERS = """
            select j.ID_ as id, j.PROCESS_DEF_ID_ as definition_id, d.ACT_ID_ as activity_id, j.DUEDATE_ as due,
                   c.id as case_id, c.person_id as person_id, c.responsible as responsible
            """ + INSTANCES_OF_UNIT + """
            join ACT_RU_JOB j on j.PROCESS_INSTANCE_ID_ = pi.ID_
            join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
            where c.unit_id = :unit and c.case_type in (:caseTypes) and j.TYPE_ = 'timer' and j.DUEDATE_ is not null and d.ACT_ID_ in (:activities)
            """;

    private static final String TASKS = """
            select t.ID_ as id, t.PROC_DEF_ID_ as definition_id, t.TASK_DEF_KEY_ as activity_id, t.DUE_DATE_ as due,
                   c.id as case_id, c.person_id as person_id, t.ASSIGNEE_ as responsible, l.GROUP_ID_ as candidate_group
            """ + INSTANCES_OF_UNIT + """
            join ACT_RU_TASK t on t.PROC_INST_ID_ = pi.ID_
            left join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null
            where c.unit_id = :unit and c.case_type in (:caseTypes) and t.DUE_DATE_ is not null and t.SUSPENSION_STATE_ = 1
              and t.TASK_DEF_KEY_ in (:activities)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    RunningDeadlineQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Timers and tasks with a due date in the unit's cases of these case types (those of the law areas the user may
     * see), at any of these activity ids.
     */
    List<RunningDeadline> inUnit(String unitId, Collection<String> caseTypes, Collection<String> markedActivities) {
        if (markedActivities.isEmpty() || caseTypes.isEmpty()) {
            return List.of(); // "in ()" is not valid SQL, and nothing is marked or nothing may be seen
        }
        var params = new MapSqlParameterSource("unit", unitId).addValue("activities", markedActivities)
                .addValue("caseTypes", caseTypes);
        List<RunningDeadline> found = new ArrayList<>(jdbc.query(TIMERS, params, (rs, n) -> timer(rs)));
        found.addAll(tasks(params));
        return found;
    }

    private static RunningDeadline timer(ResultSet rs) throws SQLException {
        return new RunningDeadline(RunningDeadline.Source.TIMER, rs.getString("id"), rs.getString("definition_id"),
                rs.getString("activity_id"), rs.getTimestamp("due").toInstant(), rs.getLong("case_id"),
                rs.getLong("person_id"), rs.getString("responsible"), List.of());
    }

    /** A task with several candidate groups comes as several rows, one per group: folded into one here. */
    private List<RunningDeadline> tasks(MapSqlParameterSource params) {
        Map<String, RunningDeadline> byId = new LinkedHashMap<>();
        jdbc.query(TASKS, params, rs -> {
            String id = rs.getString("id");
            RunningDeadline task = byId.computeIfAbsent(id, k -> task(rs));
            String group = rs.getString("candidate_group");
            if (group != null && !task.candidateGroups().contains(group)) {
                task.candidateGroups().add(group);
            }
        });
        return byId.values().stream().map(t -> new RunningDeadline(t.source(), t.id(), t.definitionId(),
                t.activityId(), t.due(), t.caseId(), t.personId(), t.responsible(), List.copyOf(t.candidateGroups())))
                .toList();
    }

    private static RunningDeadline task(ResultSet rs) {
        try {
            return new RunningDeadline(RunningDeadline.Source.TASK, rs.getString("id"), rs.getString("definition_id"),
                    rs.getString("activity_id"), rs.getTimestamp("due").toInstant(), rs.getLong("case_id"),
                    rs.getLong("person_id"), rs.getString("responsible"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
