package se.kasus.processadmin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.access.AccessDeniedException;
import se.kasus.access.Role;
import se.kasus.access.UserDirectory;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseRecordsService;
import se.kasus.casework.CaseRuleException;
import se.kasus.casework.CaseWork;
import se.kasus.casework.ProviderWork;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.DecisionStatus;
import se.kasus.casework.DecisionView;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.NewApplication;
import se.kasus.casework.NotFoundException;
import se.kasus.casework.ServiceType;
import se.kasus.casework.TaskForm;
import se.kasus.engine.TaskConflictException;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.registry.InvalidPersonnummerException;
import se.kasus.registry.NewPerson;
import se.kasus.registry.PersonService;
import se.kasus.registry.Personnummer;

/**
 * Runs a {@link Scenario} against a candidate unit of models, through the same services a caseworker uses: the
 * candidate is deployed, a unit with one user per role and a person are created, the ansökan is registered and every
 * step is taken, all in one transaction that is then rolled back. Nothing of it is ever committed: no other
 * transaction sees the candidate, the users or the case, and the audit log gets nothing of it.
 *
 * <p>Timers fire when a step says so, by executing their job at once; the engine's clock is never moved, since it is
 * shared with every user of a running Kasus. Asynchronous steps (the decision letter) run right after each step.
 */
@Component
class ScenarioRunner {

    private static final Pattern DATE = Pattern.compile("\\{idag(?:([+-])(\\d+)([dvmå]))?}");
    private static final String FIRST_OPTION = "{första}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TransactionTemplate rolledBack;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final UserDirectory directory;
    private final UserDetailsService userDetails;
    private final PersonService persons;
    private final CaseIntake intake;
    private final CaseWork work;
    private final CaseRecordsService records;
    private final ClientFileService clientFiles;
    private final Workflow workflow;
    private final Clock clock;
    private final ProviderWork providerWork;

    ScenarioRunner(PlatformTransactionManager transactions, ProcessEngine engine, RepositoryService repository,
            RuntimeService runtime,
            ManagementService management, HistoryService history, UserDirectory directory,
            UserDetailsService userDetails, PersonService persons, CaseIntake intake, CaseWork work,
            CaseRecordsService records, ClientFileService clientFiles, Workflow workflow, Clock clock,
            ProviderWork providerWork) {
        this.rolledBack = new TransactionTemplate(transactions);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.directory = directory;
        this.userDetails = userDetails;
        this.persons = persons;
        this.intake = intake;
        this.work = work;
        this.records = records;
        this.clientFiles = clientFiles;
        this.workflow = workflow;
        this.clock = clock;
        this.providerWork = providerWork;
    }

    /** Whether the engine accepts the unit at all; the engine's message if not. Nothing stays deployed. */
    Optional<String> tryDeploy(ModelSet candidate) {
        return inRolledBackTransaction(() -> {
            try {
                forgetOnRollback(new ModelUnits(repository).deployForTest(candidate).getId());
                return Optional.<String>empty();
            } catch (RuntimeException e) {
                return Optional.of(engineMessage(e));
            }
        });
    }

    ScenarioResult run(Scenario scenario, String file, ModelSet candidate) {
        return inRolledBackTransaction(() -> new Run(scenario, file).run(candidate));
    }

    private <T> T inRolledBackTransaction(Supplier<T> body) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        try {
            return rolledBack.execute(status -> {
                status.setRollbackOnly();
                try {
                    return body.get();
                } finally {
                    evictTestDeployments();
                }
            });
        } finally {
            TEST_DEPLOYMENTS.remove();
            SecurityContextHolder.getContext().setAuthentication(caller);
        }
    }

    /** The candidate deployments of the running transaction, to drop from the engine's cache before the rollback. */
    private static final ThreadLocal<List<String>> TEST_DEPLOYMENTS = ThreadLocal.withInitial(ArrayList::new);

    private static void forgetOnRollback(String deploymentId) {
        TEST_DEPLOYMENTS.get().add(deploymentId);
    }

    /**
     * The engine caches every definition it deploys and keeps it after a rollback; left there, each gate run would
     * add its candidates until the cache's limit pushed real versions out. The cache finds a deployment's definitions
     * in the database, so this runs while the transaction can still see them.
     */
    private void evictTestDeployments() {
        for (String deploymentId : TEST_DEPLOYMENTS.get()) {
            try {
                engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
                    context.getProcessEngineConfiguration().getDeploymentCache().removeDeployment(deploymentId);
                    return null;
                });
            } catch (RuntimeException e) {
                // the transaction may already be unusable after a failed step; the cache's own limit then applies
            }
        }
    }

    /** One scenario's walk; everything it creates lives in the transaction that is rolled back. */
    private final class Run {

        private final Scenario scenario;
        private final String file;
        private final String unitId = "grind-" + Long.toUnsignedString(RANDOM.nextLong(), 36);
        private final Map<Role, String> users = new EnumMap<>(Role.class);
        private final List<String> done = new ArrayList<>();
        private long personId;
        private long caseId;

        Run(Scenario scenario, String file) {
            this.scenario = scenario;
            this.file = file;
        }

        ScenarioResult run(ModelSet candidate) {
            String current = "driftsättning av den prövade versionen";
            try {
                forgetOnRollback(new ModelUnits(repository).deployForTest(candidate).getId());
                current = "ansökan";
                directory.createUnit(unitId, "Processgrindens provenhet");
                register();
                done.add(current);
                List<Scenario.Step> steps = scenario.steps();
                for (int i = 0; i < steps.size(); i++) {
                    current = "steg " + (i + 1) + ": " + steps.get(i).describe();
                    take(steps.get(i));
                    done.add(current);
                }
                return result(true, null, null);
            } catch (StepFailed e) {
                return result(false, current, e.getMessage());
            } catch (RuntimeException e) {
                return result(false, current, explain(e));
            }
        }

        private ScenarioResult result(boolean passed, String failedStep, String message) {
            return new ScenarioResult(scenario.name(), file, passed, done, failedStep, message, touched());
        }

        private void register() {
            personId = persons.create(new NewPerson(freePersonnummer(), "Grindens", "Provperson", null, null, null,
                    false)).id();
            Scenario.Application application = scenario.application();
            ServiceType service = application == null || application.service() == null ? ServiceType.HEMTJANST
                    : ServiceType.valueOf(application.service());
            String description = application == null ? null : application.description();
            caseId = as(Role.HANDLAGGARE, () -> intake.registerApplication(
                    new NewApplication(personId, today(), service, description))).id();
            runAsyncSteps();
        }

        private void take(Scenario.Step step) {
            if (step.task() != null) {
                completeTask(step);
            } else if (step.timer() != null) {
                fireTimer(step.timer());
            } else if (step.appeal() != null) {
                appeal(date(step.appeal()));
            } else if (step.at() != null) {
                requireAt(step.at());
            } else {
                requireEnded(step.ended());
            }
            runAsyncSteps();
        }

        private void completeTask(Scenario.Step step) {
            Role role = ScenarioFile.role(step.as()).orElseThrow();
            WorkTask task = workflow.tasksOfCase(caseId).stream().filter(t -> t.taskKey().equals(step.task()))
                    .findFirst().orElseThrow(() -> new StepFailed("Uppgiften " + step.task()
                            + " är inte öppen. Ärendet står vid: " + whereItStands() + "."));
            if (role == Role.UTFORARE) {
                answerAsProvider(task, resolve(step.values(), task.id()));
                return;
            }
            as(role, () -> {
                Map<String, Object> values = resolve(step.values(), task.id());
                try {
                    work.complete(task.id(), values);
                } catch (AccessDeniedException e) {
                    throw new StepFailed("Rollen " + role.label() + " fick inte slutföra " + step.task() + ": "
                            + e.getMessage());
                }
                return null;
            });
        }

        /**
         * The utförare's answer goes through the provider's own service, as a member of the provider organisation
         * the order went to (its unit is the provider id; created in the rolled-back transaction if missing).
         */
        private void answerAsProvider(WorkTask task, Map<String, Object> values) {
            String suffix = "." + Role.UTFORARE.groupId();
            String providerId = workflow.task(task.id()).map(WorkTask::candidateGroups).orElse(Set.of()).stream().filter(g -> g.endsWith(suffix))
                    .map(g -> g.substring(0, g.length() - suffix.length())).findFirst()
                    .orElseThrow(() -> new StepFailed("Uppgiften " + task.taskKey() + " besvaras inte av en utförare."));
            if (!(workflow.variables(task.id()).get("bestallningId") instanceof Number orderId)) {
                throw new StepFailed("Uppgiften " + task.taskKey() + " saknar beställning.");
            }
            if (directory.unit(providerId).isEmpty()) {
                directory.createUnit(providerId, "Processgrindens utförare");
            }
            String username = unitId + ".utforare." + providerId;
            if (directory.find(username).isEmpty()) {
                directory.createUser(username, "Grindens utförare", Role.UTFORARE.label(),
                        Long.toString(RANDOM.nextLong(), 36) + Long.toString(RANDOM.nextLong(), 36), providerId,
                        Set.of(Role.UTFORARE));
            }
            UserDetails principal = userDetails.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
            try {
                providerWork.answer(orderId.longValue(), values);
            } catch (AccessDeniedException e) {
                throw new StepFailed("Utföraren fick inte besvara " + task.taskKey() + ": " + e.getMessage());
            }
        }

        private void fireTimer(String timerId) {
            // one instance at a time: the engine's SQL for activityId together with processInstanceIds is invalid
            List<Job> timers = instanceIds().stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
                    .timers().activityId(timerId).list().stream()).toList();
            if (timers.isEmpty()) {
                throw new StepFailed("Timern " + timerId + " väntar inte. Ärendet står vid: " + whereItStands() + ".");
            }
            management.executeJob(timers.get(0).getId());
        }

        private void appeal(LocalDate received) {
            as(Role.HANDLAGGARE, () -> {
                DecisionView decision = clientFiles.open(personId, "Processgrindens scenario").decisions().stream()
                        .filter(d -> d.caseId() == caseId && d.status() == DecisionStatus.DECIDED)
                        .max(Comparator.comparing(DecisionView::decidedAt))
                        .orElseThrow(() -> new StepFailed("Ärendet har inget fattat beslut att överklaga."));
                return records.registerAppeal(decision.id(), received);
            });
        }

        private void requireAt(String elementId) {
            Set<String> activities = new LinkedHashSet<>();
            for (ProcessInstance instance : instances()) {
                ActivityInstance tree = runtime.getActivityInstance(instance.getId());
                if (tree != null) {
                    collect(tree, activities, false);
                }
            }
            if (!activities.contains(elementId)) {
                throw new StepFailed("Ärendet står inte vid " + elementId + " utan vid: " + whereItStands() + ".");
            }
        }

        private void requireEnded(String endId) {
            HistoricProcessInstance main = mainInstance();
            if (main.getEndTime() == null) {
                throw new StepFailed("Ärendets process har inte avslutats; den står vid: " + whereItStands() + ".");
            }
            boolean passed = history.createHistoricActivityInstanceQuery().processInstanceId(main.getId())
                    .activityId(endId).count() > 0;
            if (!passed) {
                String ends = history.createHistoricActivityInstanceQuery().processInstanceId(main.getId())
                        .activityType("noneEndEvent").list().stream().map(a -> a.getActivityId())
                        .collect(Collectors.joining(", "));
                throw new StepFailed("Processen avslutades vid " + (ends.isEmpty() ? "en annan händelse" : ends)
                        + ", inte vid " + endId + ".");
            }
        }

        /** Jobs that are not timers (asynchronous continuations such as the decision letter) run now. */
        private void runAsyncSteps() {
            for (int round = 0; round < 20; round++) {
                Set<String> running = instanceIds();
                if (running.isEmpty()) {
                    return;
                }
                List<Job> jobs = management.createJobQuery().processInstanceIds(running).messages().list();
                if (jobs.isEmpty()) {
                    return;
                }
                jobs.forEach(job -> management.executeJob(job.getId()));
            }
            throw new StepFailed("Asynkrona steg tar aldrig slut (mer än 20 varv).");
        }

        private Map<String, Object> resolve(Map<String, Object> values, String taskId) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            TaskForm form = values.containsValue(FIRST_OPTION) ? work.open(taskId) : null;
            values.forEach((key, value) -> {
                if (FIRST_OPTION.equals(value)) {
                    resolved.put(key, firstOption(form, key));
                } else if (value instanceof String text && DATE.matcher(text).matches()) {
                    resolved.put(key, date(text).toString());
                } else {
                    resolved.put(key, value);
                }
            });
            return resolved;
        }

        private String firstOption(TaskForm form, String key) {
            String valuesKey = valuesKeyOf(form.schema(), key);
            List<Map<String, String>> options = valuesKey == null ? null : form.options().get(valuesKey);
            if (options == null || options.isEmpty()) {
                throw new StepFailed("Fältet " + key + " har inga alternativ att välja det första av.");
            }
            return options.get(0).get("value");
        }

        private LocalDate date(String text) {
            Matcher m = DATE.matcher(text.strip());
            if (!m.matches()) {
                try {
                    return LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new StepFailed("'" + text + "' är inget datum; skriv t.ex. \"{idag}\" eller \"{idag+6m}\".");
                }
            }
            LocalDate today = today();
            if (m.group(1) == null) {
                return today;
            }
            int amount = Integer.parseInt(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
            return switch (m.group(3)) {
                case "d" -> today.plusDays(amount);
                case "v" -> today.plusWeeks(amount);
                case "m" -> today.plusMonths(amount);
                default -> today.plusYears(amount);
            };
        }

        private LocalDate today() {
            return LocalDate.now(clock);
        }

        private <T> T as(Role role, Supplier<T> body) {
            String username = users.computeIfAbsent(role, r -> {
                String name = unitId + "." + r.groupId();
                directory.createUser(name, "Grindens " + r.label().toLowerCase(java.util.Locale.ROOT), r.label(),
                        Long.toString(RANDOM.nextLong(), 36) + Long.toString(RANDOM.nextLong(), 36), unitId,
                        Set.of(r));
                return name;
            });
            UserDetails principal = userDetails.loadUserByUsername(username);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
            return body.get();
        }

        private List<ProcessInstance> instances() {
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId)).list();
        }

        private Set<String> instanceIds() {
            return instances().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        }

        private HistoricProcessInstance mainInstance() {
            return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                    .rootProcessInstances().orderByProcessInstanceStartTime().asc().list().stream().findFirst()
                    .orElseThrow(() -> new StepFailed("Ärendet har ingen process."));
        }

        /** The elements where the case's processes wait now, e.g. "Task_Kommunicera (Kommunicera underlaget)". */
        private String whereItStands() {
            Set<String> leaves = new LinkedHashSet<>();
            for (ProcessInstance instance : instances()) {
                ActivityInstance tree = runtime.getActivityInstance(instance.getId());
                if (tree != null) {
                    collect(tree, leaves, true);
                }
            }
            return leaves.isEmpty() ? "ingenting (processen har avslutats)" : String.join(", ", leaves);
        }

        private void collect(ActivityInstance node, Set<String> into, boolean leavesWithNames) {
            boolean leaf = node.getChildActivityInstances().length == 0;
            if (!leavesWithNames) {
                into.add(node.getActivityId());
            } else if (leaf && !"callActivity".equals(node.getActivityType())) {
                into.add(node.getActivityId()
                        + (node.getActivityName() == null ? "" : " (" + node.getActivityName() + ")"));
            }
            for (ActivityInstance child : node.getChildActivityInstances()) {
                collect(child, into, leavesWithNames);
            }
        }

        /** The processes and decisions this case has passed through, read before the rollback. */
        private Set<String> touched() {
            Set<String> keys = new HashSet<>();
            if (caseId == 0) {
                return keys;
            }
            try {
                for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(String.valueOf(caseId)).list()) {
                    keys.add(instance.getProcessDefinitionKey());
                    history.createHistoricDecisionInstanceQuery().processInstanceId(instance.getId()).list()
                            .stream().map(HistoricDecisionInstance::getDecisionDefinitionKey).forEach(keys::add);
                }
            } catch (RuntimeException e) {
                // the step's failure is what the report is about; an incomplete list only weakens a test's check
            }
            return keys;
        }

        /** A valid personnummer in the 98x serial range that no one in the registry has. */
        private String freePersonnummer() {
            for (int attempt = 0; attempt < 1000; attempt++) {
                LocalDate born = LocalDate.of(1930, 1, 1).plusDays(RANDOM.nextInt(20_000));
                String prefix = born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-98"
                        + RANDOM.nextInt(10);
                for (int checkDigit = 0; checkDigit <= 9; checkDigit++) {
                    String candidate = prefix + checkDigit;
                    if (valid(candidate) && persons.findByPersonnummer(candidate).isEmpty()) {
                        return candidate;
                    }
                }
            }
            throw new StepFailed("Hittade inget ledigt personnummer för provpersonen.");
        }

        /** The registry's own rules decide; exactly one check digit passes them. */
        private boolean valid(String personnummer) {
            try {
                Personnummer.parse(personnummer, today());
                return true;
            } catch (InvalidPersonnummerException e) {
                return false;
            }
        }
    }

    /** The key under which a select field's runtime options come ({@code valuesKey}), searched through groups. */
    static String valuesKeyOf(String schema, String key) {
        try {
            return find(JSON.readTree(schema).path("components"), key);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String find(JsonNode components, String key) {
        for (JsonNode component : components) {
            if (key.equals(component.path("key").asText(null))) {
                return component.path("valuesKey").asText(null);
            }
            String nested = find(component.path("components"), key);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    /** What went wrong, as the process owner can act on it. */
    static String explain(RuntimeException e) {
        if (e instanceof FormRejectedException rejected) {
            return "Formuläret avvisade uppgifterna: " + rejected.errors().stream()
                    .map(f -> (f.label() == null ? f.key() : f.label()) + ": " + f.message())
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof AccessDeniedException || e instanceof CaseRuleException || e instanceof NotFoundException
                || e instanceof TaskConflictException || e instanceof TaskNotActiveException) {
            return e.getMessage();
        }
        if (e instanceof ProcessEngineException) {
            return "Processmotorn stoppade: " + engineMessage(e);
        }
        return "Oväntat fel: " + ModelIndex.cause(e);
    }

    /** The engine's own message (it names the expression or element), else its cause's. */
    static String engineMessage(RuntimeException e) {
        String message = e.getMessage() == null ? ModelIndex.cause(e) : e.getMessage().strip();
        return message.length() > 600 ? message.substring(0, 600) + " …" : message;
    }

    /** A step that did not go as written; its message is for the report. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }
}
