package se.kasus.engine.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * The process owner's migration of running cases from one version of a process to another: a dry run that changes
 * nothing, then the migration.
 *
 * <p><b>Partial, one case at a time.</b> Each instance moves in a transaction of its own, all or nothing for that
 * case: the instances the engine accepts move, the others stay on the source version untouched and are reported with
 * the engine's reasons. One case stuck in a removed step does not hold back the rest, and no lock is held on every
 * case at once while caseworkers work. The source version stays deployed, so a case left there runs to its end.
 *
 * <p><b>Sub-processes.</b> Only instances of the chosen process move. A sub-process that a migrated case waits on
 * (say {@code gemensam-beslut-och-delgivning} started by the call activity) stays on its own version, finishes there
 * and returns to the migrated call activity, whose output mappings are then the target version's. Call activities
 * that the case reaches after the migration start their sub-process from the target version's deployment
 * ({@code calledElementBinding="deployment"}); a target deployed without them is refused
 * ({@link TargetDeploymentCheck}). To move waiting sub-process instances too, migrate their own process key.
 *
 * <p>Only the process owner (permission {@link Permission#PROCESS_ADMIN}) may do either; every dry run, every
 * migration and each migrated case is written to the audit log under {@value #RESOURCE}.
 */
@Service
public class ProcessMigrations {

    /** The audit log's resource for dry runs and migrations. */
    public static final String RESOURCE = "processmigrering";

    private final AccessControl access;
    private final AuditLog auditLog;
    private final MigrationPlanning planning;
    private final InstanceMigrator migrator;

    ProcessMigrations(AccessControl access, AuditLog auditLog, MigrationPlanning planning, InstanceMigrator migrator) {
        this.access = access;
        this.auditLog = auditLog;
        this.planning = planning;
        this.migrator = migrator;
    }

    /** The deployed processes with their versions and running instances, to choose what to migrate. */
    public List<ProcessVersions> processes() {
        access.require(Permission.PROCESS_ADMIN, RESOURCE);
        return planning.processes();
    }

    /** Tries the migration of every running instance of the source version and rolls each back: nothing changes. */
    public MigrationReport dryRun(MigrationRequest request) {
        return run(request, false);
    }

    /**
     * Migrates every running instance of the source version that the engine accepts, each in its own transaction;
     * the report says which moved and why the others did not.
     */
    public MigrationReport migrate(MigrationRequest request) {
        return run(request, true);
    }

    private MigrationReport run(MigrationRequest request, boolean execute) {
        KasusUser user = access.require(Permission.PROCESS_ADMIN, RESOURCE);
        String what = (execute ? "Migrering " : "Provkörning ") + describe(request);
        MigrationPlanning.Plan plan;
        try {
            plan = planning.plan(request);
        } catch (MigrationRejectedException | ProcessVersionNotFoundException e) {
            record(user, execute, null, what + " avvisad: " + e.getMessage());
            throw e;
        }
        List<CaseMigration> cases = new ArrayList<>();
        for (InstanceMigrator.Snapshot instance : migrator.running(plan.sourceDefinitionId())) {
            InstanceMigrator.Attempt attempt = migrator.attempt(plan.plan(), instance.processInstanceId(), execute,
                    () -> record(user, true, instance.caseId(), migrated(plan, instance)), plan::nameOf);
            cases.add(new CaseMigration(instance.processInstanceId(), instance.caseId(), instance.waitsAt(),
                    instance.calledProcesses(), attempt.migratable(), execute && attempt.migratable(),
                    attempt.reasons()));
        }
        MigrationReport report = MigrationReport.of(plan.processKey(), plan.sourceVersion(), plan.targetVersion(),
                execute, plan.instructions(), plan.stepsWithoutTarget(), cases);
        record(user, execute, null, what + ": " + counts(report));
        return report;
    }

    private static String counts(MigrationReport report) {
        if (report.executed()) {
            return report.total() + " pågående, " + report.migrated() + " migrerade, "
                    + (report.total() - report.migrated()) + " kvar på version " + report.sourceVersion() + ".";
        }
        return report.total() + " pågående, " + report.migratable() + " kan migreras, " + report.notMigratable()
                + " kan inte.";
    }

    private static String migrated(MigrationPlanning.Plan plan, InstanceMigrator.Snapshot instance) {
        String steps = instance.waitsAt().stream().map(Step::activityId).collect(Collectors.joining(", "));
        return "Migrerat " + plan.processKey() + " version " + plan.sourceVersion() + " → " + plan.targetVersion()
                + (instance.caseId() == null ? " (processinstans " + instance.processInstanceId() + ")" : "")
                + "; står vid " + steps + ".";
    }

    /** The request as the log shows it, from the caller's own text made safe for the log. */
    private static String describe(MigrationRequest request) {
        StringBuilder text = new StringBuilder(safe(request.processKey(), 100)).append(" version ")
                .append(orQuestionMark(request.sourceVersion())).append(" → ")
                .append(orQuestionMark(request.targetVersion()));
        if (!request.mappings().isEmpty()) {
            text.append(" med extra mappningar ").append(safe(request.mappings().stream()
                    .map(m -> m == null ? "?" : m.sourceActivityId() + " → " + m.targetActivityId())
                    .collect(Collectors.joining(", ")), 300));
        }
        return text.toString();
    }

    private static String orQuestionMark(Integer version) {
        return version == null ? "?" : version.toString();
    }

    private void record(KasusUser user, boolean execute, Long caseId, String reason) {
        auditLog.record(new AuditEvent(user.username(), execute ? AuditAction.UPDATE : AuditAction.READ, RESOURCE,
                null, caseId, safe(reason, 1000)));
    }

    /** Control characters out (PostgreSQL refuses NUL) and cut to the column's length. */
    private static String safe(String text, int max) {
        if (text == null) {
            return "–";
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
