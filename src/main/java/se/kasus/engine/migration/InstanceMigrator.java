package se.kasus.engine.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migrates one process instance at a time, each in a transaction of its own.
 *
 * <p>The engine's API validates a plan against an instance only while executing it, and stops at the first instance
 * that fails. So a dry run executes the migration of each instance for real and rolls its transaction back: what it
 * reports as migratable is exactly what a migration would do, and the engine's validation report is kept per
 * instance. A migration does the same and commits; an instance that fails rolls back alone and stays on its version,
 * untouched, while the others move.
 */
@Component
class InstanceMigrator {

    private static final Logger log = LoggerFactory.getLogger(InstanceMigrator.class);
    private static final String NO_INSTRUCTION = "There is no migration instruction for this instance's activity";
    private static final String CONCURRENT =
            "Ärendet ändrades samtidigt av någon annan. Det står kvar i sin version; försök igen.";

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TransactionTemplate ownTransaction;

    InstanceMigrator(RuntimeService runtime, RepositoryService repository, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where an instance stands before the migration. */
    record Snapshot(String processInstanceId, Long caseId, List<Step> waitsAt, List<CalledProcess> calledProcesses) {
    }

    /** Whether the engine migrated the instance, and if not, why. */
    record Attempt(boolean migratable, List<String> reasons) {
    }

    /** The running instances of a version, ordered by case id. */
    List<Snapshot> running(String processDefinitionId) {
        return runtime.createProcessInstanceQuery().processDefinitionId(processDefinitionId).list().stream()
                .map(this::snapshot)
                .sorted(Comparator.comparing(Snapshot::caseId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Snapshot::processInstanceId))
                .toList();
    }

    private Snapshot snapshot(ProcessInstance instance) {
        List<CalledProcess> called = new ArrayList<>();
        for (ProcessInstance sub : runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .list()) {
            ProcessDefinition definition = repository.getProcessDefinition(sub.getProcessDefinitionId());
            called.add(new CalledProcess(definition.getKey(), definition.getVersion(), leaves(sub.getId())));
        }
        return new Snapshot(instance.getId(), caseId(instance.getBusinessKey()), leaves(instance.getId()), called);
    }

    /**
     * Migrates the instance in a transaction of its own. With {@code commit} false (a dry run) the transaction is
     * always rolled back. With {@code commit} true, {@code onMigrated} runs in the same transaction after the engine
     * migrated the instance, so what it records commits or rolls back with the migration.
     */
    Attempt attempt(MigrationPlan plan, String processInstanceId, boolean commit, Runnable onMigrated,
            Function<String, String> stepNames) {
        try {
            return ownTransaction.execute(status -> {
                try {
                    runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
                    if (commit) {
                        onMigrated.run();
                    } else {
                        status.setRollbackOnly();
                    }
                    return new Attempt(true, List.of());
                } catch (MigratingProcessInstanceValidationException e) {
                    status.setRollbackOnly();
                    return new Attempt(false, reasons(e.getValidationReport(), stepNames));
                } catch (OptimisticLockingException | ConcurrencyFailureException e) {
                    status.setRollbackOnly();
                    return new Attempt(false, List.of(CONCURRENT));
                } catch (ProcessEngineException e) {
                    status.setRollbackOnly();
                    return new Attempt(false, List.of("Motorn kunde inte flytta ärendet (" + e.getMessage() + ")"));
                }
            });
        } catch (ConcurrencyFailureException e) {
            return new Attempt(false, List.of(CONCURRENT));
        } catch (RuntimeException e) {
            // One case that cannot be saved must not stop the others; it stays where it was and the report says so.
            log.warn("Migreringen av processinstans {} kunde inte sparas", processInstanceId, e);
            return new Attempt(false, List.of("Migreringen kunde inte sparas. Ärendet står kvar i sin version."));
        }
    }

    private static List<String> reasons(MigratingProcessInstanceValidationReport report,
            Function<String, String> stepNames) {
        List<String> reasons = new ArrayList<>();
        report.getFailures().forEach(failure -> reasons.add("Instansen: " + failure));
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(f -> reasons.add(reason(activity.getSourceScopeId(), f, stepNames)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(f -> reasons.add(reason(transition.getSourceScopeId(), f, stepNames)));
        }
        return reasons;
    }

    private static String reason(String activityId, String failure, Function<String, String> stepNames) {
        String step = "Steget " + stepNames.apply(activityId) + " (" + activityId + ")";
        if (failure.contains(NO_INSTRUCTION)) {
            return step + " finns inte i målversionen, och ingen mappning säger vart ärendet ska (motorn: " + failure
                    + ")";
        }
        return step + " kan inte flyttas (motorn: " + failure + ")";
    }

    private List<Step> leaves(String processInstanceId) {
        List<Step> steps = new ArrayList<>();
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        if (root != null) {
            collect(root, steps, true);
        }
        return steps;
    }

    private static void collect(ActivityInstance node, List<Step> into, boolean root) {
        for (TransitionInstance transition : node.getChildTransitionInstances()) {
            into.add(new Step(transition.getActivityId(), name(transition.getActivityName(),
                    transition.getActivityId())));
        }
        if (node.getChildActivityInstances().length == 0 && !root) {
            into.add(new Step(node.getActivityId(), name(node.getActivityName(), node.getActivityId())));
            return;
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            collect(child, into, false);
        }
    }

    private static String name(String name, String id) {
        return name == null ? id : name;
    }

    private static Long caseId(String businessKey) {
        if (businessKey == null) {
            return null;
        }
        try {
            return Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
