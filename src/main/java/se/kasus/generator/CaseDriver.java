package se.kasus.generator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseView;
import se.kasus.casework.CaseWork;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;

/**
 * Drives a case the way a caseworker does: the intake's ansökan, then the tasks through CaseWork, signed in as the
 * user. Nothing here bypasses the access check, the form validation, the audit log or the engine.
 */
final class CaseDriver {

    private final UserDetailsService users;
    private final CaseIntake intake;
    private final CaseWork work;
    private final Workflow workflow;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    CaseDriver(UserDetailsService users, CaseIntake intake, CaseWork work, Workflow workflow,
            ManagementService management, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.users = users;
        this.intake = intake;
        this.work = work;
        this.workflow = workflow;
        this.management = management;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    <T> T as(String username, Supplier<T> body) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return body.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Ansökan and the caseworker taking the investigation, in one transaction: the same service calls, one commit
     * (and one turn at the audit chain's lock) instead of two.
     */
    long applyAndClaim(String caseworker, long personId, LocalDate received, ServiceType service, String text) {
        return transaction.execute(status -> {
            long caseId = apply(caseworker, personId, received, service, text);
            claim(caseworker, caseId, "Task_Utreda");
            return caseId;
        });
    }

    long apply(String caseworker, long personId, LocalDate received, ServiceType service, String text) {
        CaseView created = as(caseworker, () -> intake.registerApplication(
                new NewApplication(personId, received, service, text)));
        return created.id();
    }

    WorkTask task(long caseId, String taskKey) {
        List<WorkTask> open = workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
        if (open.size() != 1) {
            throw new IllegalStateException("Ärende " + caseId + " står inte vid " + taskKey + " utan vid "
                    + workflow.tasksOfCase(caseId).stream().map(WorkTask::taskKey).toList());
        }
        return open.get(0);
    }

    void claim(String caseworker, long caseId, String taskKey) {
        String taskId = task(caseId, taskKey).id();
        as(caseworker, () -> {
            work.claim(taskId);
            return null;
        });
    }

    void complete(String user, long caseId, String taskKey, Map<String, Object> values) {
        String taskId = task(caseId, taskKey).id();
        as(user, () -> work.complete(taskId, values));
    }

    /** Runs the jobs that are due now (the decision letter, timers whose time has come), as the job executor would. */
    void executeDueJobs(long caseId) {
        for (int round = 0; round < 20; round++) {
            java.util.Set<String> instances = new java.util.HashSet<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId)).list()
                    .forEach(pi -> instances.add(pi.getId()));
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    static Map<String, Object> investigation(ServiceType service) {
        return new HashMap<>(Map.of("ansoktInsats", service.name(),
                "behovPersonligOmvardnad", "Behöver stöd vid personlig hygien morgon och kväll.",
                "behovHushall", "Klarar inte inköp och tvätt själv.",
                "enskildesUppfattning", "Vill bo kvar hemma med stöd.",
                "bedomning", "Behovet kan inte tillgodoses på annat sätt.", "behoverKomplettering", false));
    }

    static Map<String, Object> refusal(ServiceType service) {
        return new HashMap<>(Map.of("utfall", "AVSLAG", "insatstyp", service.name(), "motivering",
                "Behovet kan tillgodoses på annat sätt.", "lagrum", "SoL (2025:400) 11 kap. 1 §"));
    }
}
