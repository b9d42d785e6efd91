package se.kasus.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The rest of Kasus talks to the engine through this facade only, so Camunda types stay in the engine glue and a later
 * move to the community fork stays cheap. Every process instance's business key is its case id; call activities
 * pass it on, so every task of a case is found by it.
 */
@Service
public class Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private static final String DELEGATION_TABLE = "delegationsordning";

    private final FormService forms;
    private final RepositoryService repository;
    private final DecisionService decisions;
    private final JdbcTemplate jdbc;

    Workflow(RuntimeService runtime, TaskService tasks, FormService forms, RepositoryService repository,
            DecisionService decisions, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    public String start(String processKey, long caseId, Map<String, Object> variables) {
        try {
            return runtime.startProcessInstanceByKey(processKey, String.valueOf(caseId), variables).getId();
        } catch (OptimisticLockingException e) {
            throw new TaskConflictException("Någon annan ändrade ärendet samtidigt. Försök igen.");
        }
    }

    public Optional<WorkTask> task(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Set<String> groups = whileActive(taskId, () -> tasks.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        return Optional.of(toWorkTask(task, businessKeys(List.of(task)), groups));
    }

    /**
     * The user's own tasks and their groups' tasks (also those a colleague has claimed), at most {@code max} of each,
     * the most urgent first: when a unit has more tasks than fit, the cut must never hide an overdue one.
     */
    public List<WorkTask> inbox(String username, Collection<String> groups, int max) {
        Map<String, Task> found = new LinkedHashMap<>();
        urgentFirst(() -> tasks.createTaskQuery().taskAssignee(username).active(), max)
                .forEach(t -> found.put(t.getId(), t));
        if (!groups.isEmpty()) {
            groupTasks(groups, max).forEach(t -> found.putIfAbsent(t.getId(), t));
        }
        return toWorkTasks(found.values());
    }

    /**
     * The tasks the engine's {@code taskCandidateGroupIn(groups).includeAssignedTasks().active()} finds, with a
     * deadline first by deadline, then oldest first, by a native query of Kasus's own: the engine's query joins every
     * running task of the municipality to the links and sorts them all ({@code select distinct}), a Seq Scan of
     * ACT_RU_TASK (BENCHMARKS.md, "Engine settings, measured one by one"). This one reads only the groups' links and
     * fetches their tasks by id, so its cost follows the unit's tasks. {@code = any(array(...))} keeps the fetch by
     * id: written as a join or {@code exists}, PostgreSQL hashes it against the whole table again.
     */
    private static final String GROUP_TASKS = "select RES.* from ACT_RU_TASK RES where RES.ID_ = any(array("
            + "select I.TASK_ID_ from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (%s)))"
            + " and RES.SUSPENSION_STATE_ = 1 order by RES.DUE_DATE_ nulls last, RES.CREATE_TIME_";

    /** The groups' most urgent tasks, at most {@code max}, in the order of {@link #GROUP_TASKS}. */
    private List<Task> groupTasks(Collection<String> groups, int max) {
        NativeTaskQuery query = tasks.createNativeTaskQuery();
        List<String> marks = new ArrayList<>();
        for (String group : groups) {
            String name = "group" + marks.size();
            query.parameter(name, group);
            marks.add("#{" + name + "}");
        }
        return query.sql(GROUP_TASKS.formatted(String.join(",", marks))).listPage(0, max);
    }

    /** Tasks with a due date by due date, then the rest oldest first; two queries: the engine cannot put nulls last. */
    private static List<Task> urgentFirst(java.util.function.Supplier<TaskQuery> query, int max) {
        List<Task> found = new ArrayList<>(query.get().dueAfter(new Date(0)).orderByDueDate().asc()
                .orderByTaskCreateTime().asc().listPage(0, max));
        if (found.size() < max) {
            found.addAll(query.get().withoutDueDate().orderByTaskCreateTime().asc().listPage(0, max - found.size()));
        }
        return found;
    }

    public List<WorkTask> tasksOfCase(long caseId) {
        return toWorkTasks(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId)).active().list());
    }

    public void claim(String taskId, String username) {
        try {
            tasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new TaskConflictException("Uppgiften är redan tilldelad någon annan.");
        } catch (NullValueException e) {
            throw new TaskNotActiveException(taskId);
        }
    }

    public void unclaim(String taskId) {
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw new TaskConflictException("Någon annan ändrade uppgiften samtidigt. Ladda om sidan.");
        }
    }

    /**
     * Locks the task's row for the rest of the caller's transaction, before anything is read for its completion. Two
     * people completing the same task then queue here: the second finds it gone and gets a conflict. Without the lock,
     * under READ COMMITTED the second could read the task before and its execution after the first commit, and fail
     * on the next step's expressions instead of with a clear conflict.
     *
     * @throws TaskNotActiveException when the task is no longer there
     */
    public void lockForCompletion(String taskId) {
        List<String> locked = jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class,
                taskId);
        if (locked.isEmpty()) {
            throw new TaskNotActiveException(taskId);
        }
    }

    /**
     * Completes the task with the given process variables, inside the caller's transaction. A task that someone else
     * completed first is a conflict, not an error.
     */
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            CompletionGuard.open(() -> {
                tasks.complete(taskId, variables);
                return null;
            });
        } catch (OptimisticLockingException e) {
            throw new TaskConflictException("Någon annan slutförde uppgiften samtidigt. Ladda om sidan.");
        } catch (NullValueException e) {
            throw new TaskConflictException("Uppgiften är redan slutförd.");
        }
    }

    /**
     * The role the delegationsordning names for these facts, from the DMN deployed with the task's own process, so a
     * decision is checked against the rules the case runs under even after a newer delegationsordning is deployed.
     */
    public Optional<String> delegatedRole(String taskId, Map<String, Object> facts) {
        String definitionId = whileActive(taskId, () -> tasks.createTaskQuery().taskId(taskId).singleResult()
                .getProcessDefinitionId());
        String deploymentId = repository.getProcessDefinition(definitionId).getDeploymentId();
        DecisionDefinition table = repository.createDecisionDefinitionQuery().deploymentId(deploymentId)
                .decisionDefinitionKey(DELEGATION_TABLE).singleResult();
        if (table == null) {
            return Optional.empty();
        }
        var result = decisions.evaluateDecisionTableById(table.getId()).variables(facts).evaluate().getSingleResult();
        return result == null ? Optional.empty() : Optional.ofNullable((String) result.getSingleEntry());
    }

    public Map<String, Object> variables(String taskId) {
        return whileActive(taskId, () -> tasks.getVariables(taskId));
    }

    /** The task's Camunda Form (form-js JSON), from the same deployment as its process. */
    public String formSchema(String taskId) {
        return whileActive(taskId, () -> {
            try (InputStream in = forms.getDeployedTaskForm(taskId)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads from a task that a colleague may complete at this very moment. The engine answers a vanished task with
     * an exception (in some commands a NullPointerException), which here becomes the conflict it is.
     */
    private static <T> T whileActive(String taskId, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ProcessEngineException | NullPointerException e) {
            throw new TaskConflictException("Uppgiften är redan slutförd.");
        }
    }

    /** Names of the steps where the case's processes stand now, e.g. "Fatta beslut". */
    public List<String> activeSteps(long caseId) {
        List<String> steps = new ArrayList<>();
        for (ProcessInstance instance : runningInstances(caseId)) {
            ActivityInstance tree = runtime.getActivityInstance(instance.getId());
            if (tree != null) {
                collectLeaves(tree, steps);
            }
        }
        return steps;
    }

    /**
     * Delivers a message to the case's process that waits for it.
     *
     * @return false when no process of the case waits for that message (for instance because it has ended)
     */
    public boolean correlate(String messageName, long caseId, Map<String, Object> localVariables) {
        boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .messageEventSubscriptionName(messageName).count() > 0;
        if (!waiting) {
            return false;
        }
        // To the scope the message starts (the event subprocess), so the main process's own variables are untouched.
        try {
            runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(String.valueOf(caseId))
                    .setVariablesToTriggeredScope(localVariables).correlateWithResult();
        } catch (OptimisticLockingException e) {
            throw new TaskConflictException("Någon annan ändrade ärendet samtidigt. Försök igen.");
        }
        return true;
    }

    private List<ProcessInstance> runningInstances(long caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId)).active().list();
    }

    private static void collectLeaves(ActivityInstance node, List<String> into) {
        if (node.getChildActivityInstances().length == 0) {
            if (!"callActivity".equals(node.getActivityType()) && node.getActivityName() != null) {
                into.add(node.getActivityName());
            }
            return;
        }
        for (ActivityInstance child : node.getChildActivityInstances()) {
            collectLeaves(child, into);
        }
    }

    /** Tasks outside a case (a process started by hand without a case id) are left out rather than break a list. */
    private List<WorkTask> toWorkTasks(Collection<Task> found) {
        Map<String, String> keys = businessKeys(found);
        return found.stream().filter(t -> t.getProcessDefinitionId() != null && isCaseId(keys.get(t.getProcessInstanceId())))
                .map(t -> toWorkTask(t, keys, Set.of())).toList();
    }

    private static boolean isCaseId(String businessKey) {
        return businessKey != null && businessKey.matches("[0-9]{1,18}");
    }

    /** One query for all business keys, rather than one per task. */
    private Map<String, String> businessKeys(Collection<Task> found) {
        Set<String> ids = new HashSet<>();
        found.forEach(t -> ids.add(t.getProcessInstanceId()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private WorkTask toWorkTask(Task t, Map<String, String> businessKeys, Set<String> groups) {
        String processKey = t.getProcessDefinitionId().split(":")[0];
        return new WorkTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getProcessInstanceId(), processKey,
                Long.parseLong(businessKeys.get(t.getProcessInstanceId())), t.getAssignee(), groups,
                instant(t.getCreateTime()), instant(t.getDueDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Whether a process of this key runs for the case now (e.g. an LVU process the case must wait for). */
    public boolean isRunning(String processKey, long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(caseId)).active().count() > 0;
    }

    /**
     * Moves the due date of the case's open task with this key, e.g. after a decision to extend an investigation.
     * The task itself stays, with its assignee and the caseworker's draft.
     */
    public void moveDueDate(long caseId, String taskKey, Date due) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(taskKey).active().list()) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
    }
}
