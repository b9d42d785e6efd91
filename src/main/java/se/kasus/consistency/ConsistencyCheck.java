package se.kasus.consistency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * Compares the domain records with the engine's state in a handful of set-based queries (see the package's
 * description), each a scan or a hash join however many cases there are. The queries run in one REPEATABLE READ
 * transaction, so a case that a node completes meanwhile is seen either before or after, never half.
 */
@Service
public class ConsistencyCheck {

    /** A process instance row of a root instance: no parent execution, not called by another process. */
    private static final String RUNNING_ROOTS = """
            select e.BUSINESS_KEY_ as business_key, d.KEY_ as process_key, e.ID_ as instance_id
            from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
            where e.PARENT_ID_ is null and e.SUPER_EXEC_ is null and e.SUPER_CASE_EXEC_ is null""";

    /** Which completed user task writes which step record, one record per completion at most. */
    private static final List<StepRecord> STEP_RECORDS = List.of(
            new StepRecord("investigation", "1 = 1", "Task_Utreda", "utredningar"),
            new StepRecord("communication", "1 = 1", "Task_Kommunicera", "kommuniceringar"),
            new StepRecord("follow_up", "1 = 1", "Task_FoljaUpp", "uppföljningar"),
            new StepRecord("decision", "decided_at is not null", "Task_FattaBeslut", "fattade beslut"),
            new StepRecord("child_protection_assessment", "1 = 1", "Task_Skyddsbedomning", "skyddsbedömningar"),
            new StepRecord("ekb_investigation", "1 = 1", "Task_EkbUtreda", "utredningar av ekonomiskt bistånd"),
            new StepRecord("ekb_payment", "1 = 1", "Task_EkbUtbetalning", "utbetalningar av ekonomiskt bistånd"));

    private record StepRecord(String table, String condition, String taskKey, String label) {
    }

    private final JdbcTemplate jdbc;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    ConsistencyCheck(JdbcTemplate jdbc, AccessControl access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** For the revisor and the systemförvaltare (AUDIT_VERIFY); the check is itself logged. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public ConsistencyReport checkAsUser() {
        KasusUser user = access.require(Permission.AUDIT_VERIFY, "konsistenskontroll");
        ConsistencyReport report = check();
        audit.record(new AuditEvent(user.username(), AuditAction.VERIFY, "konsistenskontroll", null, null,
                "Konsistenskontroll: " + report.mismatches().size() + " avvikelser"));
        return report;
    }

    /** For the command line, where the operator is whoever may run the jar against the database. */
    @Transactional(isolation = Isolation.REPEATABLE_READ, readOnly = true)
    public ConsistencyReport check() {
        List<Mismatch> found = new ArrayList<>();
        found.addAll(casesAgainstProcesses());
        found.addAll(processesWithoutCase());
        STEP_RECORDS.forEach(step -> found.addAll(recordsWithoutTask(step)));
        long cases = jdbc.queryForObject("select count(*) from kasus_case", Long.class);
        long roots = jdbc.queryForObject("select count(*) from (" + RUNNING_ROOTS + ") r", Long.class);
        return new ConsistencyReport(clock.instant(), cases, roots, found);
    }

    private List<Mismatch> casesAgainstProcesses() {
        return jdbc.query("""
                select c.id, c.status, c.process_key, coalesce(r.n, 0) as n
                from kasus_case c left join (
                    select business_key, process_key, count(*) as n from (%s) roots group by business_key, process_key
                ) r on r.business_key = cast(c.id as varchar(64)) and r.process_key = c.process_key
                where (c.status = 'OPEN' and coalesce(r.n, 0) <> 1) or (c.status <> 'OPEN' and coalesce(r.n, 0) > 0)
                order by c.id""".formatted(RUNNING_ROOTS), (row, i) -> {
            String subject = "ärende " + row.getLong("id");
            long running = row.getLong("n");
            String detail = running + " pågående instanser av " + row.getString("process_key");
            return "OPEN".equals(row.getString("status"))
                    ? new Mismatch(Mismatch.Kind.OPEN_CASE_WITHOUT_ONE_PROCESS, subject, detail)
                    : new Mismatch(Mismatch.Kind.CLOSED_CASE_WITH_PROCESS, subject, detail);
        });
    }

    private List<Mismatch> processesWithoutCase() {
        return jdbc.query("""
                select r.instance_id, r.business_key, r.process_key from (%s) r
                left join kasus_case c on cast(c.id as varchar(64)) = r.business_key
                where c.id is null order by r.instance_id""".formatted(RUNNING_ROOTS),
                (row, i) -> new Mismatch(Mismatch.Kind.PROCESS_WITHOUT_CASE, "process " + row.getString("instance_id"),
                        row.getString("process_key") + " med affärsnyckel " + row.getString("business_key")));
    }

    /**
     * Cases with more records of a step than completions of its task. Only cases whose history is still there: the
     * engine's history cleanup (gallring) removes a finished case's history before the records it keeps.
     */
    private List<Mismatch> recordsWithoutTask(StepRecord step) {
        return jdbc.query("""
                select r.case_id, r.n, coalesce(t.n, 0) as done
                from (select case_id, count(*) as n from %s where %s group by case_id) r
                left join (
                    select p.BUSINESS_KEY_ as business_key, count(*) as n
                    from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.PROC_INST_ID_ = t.PROC_INST_ID_
                    where t.TASK_DEF_KEY_ = ? and t.END_TIME_ is not null and t.DELETE_REASON_ = 'completed'
                    group by p.BUSINESS_KEY_
                ) t on t.business_key = cast(r.case_id as varchar(64))
                where r.n > coalesce(t.n, 0)
                  and exists (select 1 from ACT_HI_PROCINST h where h.BUSINESS_KEY_ = cast(r.case_id as varchar(64)))
                order by r.case_id""".formatted(step.table(), step.condition()),
                (row, i) -> new Mismatch(Mismatch.Kind.RECORD_WITHOUT_TASK, "ärende " + row.getLong("case_id"),
                        row.getLong("n") + " " + step.label() + " men " + row.getLong("done") + " slutförda "
                                + step.taskKey()), step.taskKey());
    }
}
