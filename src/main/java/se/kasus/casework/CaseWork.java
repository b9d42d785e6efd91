package se.kasus.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.engine.TaskConflictException;
import se.kasus.engine.TaskEnded;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.forms.FormSchema;
import se.kasus.forms.FormValidator;
import se.kasus.forms.ValidationResult;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * The caseworker's work on tasks: the inbox, claiming, opening a task's form, autosaving a draft and completing the
 * task. Completing validates the submission against the task's own form, writes the step's record and moves the
 * engine in one transaction: either all of it happens or none of it.
 */
@Service
public class CaseWork {

    private static final int INBOX_LIMIT = 200;

    private final Workflow workflow;
    private final CaseAccess caseAccess;
    private final CaseRepository cases;
    private final FormDraftRepository drafts;
    private final PersonService persons;
    private final StepRegistry steps;
    private final FormValidator validator;
    private final ObjectMapper json;
    private final Clock clock;

    CaseWork(Workflow workflow, CaseAccess caseAccess, CaseRepository cases, FormDraftRepository drafts,
            PersonService persons, StepRegistry steps, FormValidator validator, ObjectMapper json, Clock clock) {
        this.workflow = workflow;
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.drafts = drafts;
        this.persons = persons;
        this.steps = steps;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    /** My tasks and my groups' tasks: overdue first, then by due date, then oldest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox() {
        KasusUser user = caseAccess.require(Permission.TASK_WORK, "inkorg");
        List<WorkTask> tasks = workflow.inbox(user.username(), user.groupIds(), INBOX_LIMIT);
        Map<Long, CaseRecord> byId = cases.findByIdIn(tasks.stream().map(WorkTask::caseId).collect(Collectors.toSet()))
                .stream().filter(c -> caseAccess.lists(user, Permission.TASK_WORK, c))
                .collect(Collectors.toMap(CaseRecord::id, Function.identity()));
        Map<Long, PersonView> people = persons.getAll(byId.values().stream().map(CaseRecord::personId).toList())
                .stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        Instant now = clock.instant();
        return tasks.stream().filter(t -> byId.containsKey(t.caseId()))
                .map(t -> item(t, byId.get(t.caseId()), shown(user, byId.get(t.caseId()), people), user, now))
                .sorted(INBOX_ORDER).toList();
    }

    private static final Comparator<InboxItem> INBOX_ORDER = Comparator.comparing(InboxItem::overdue).reversed()
            .thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxItem::created);

    /** The case is in the user's unit; whether a protected person is named still depends on the user's right. */
    private PersonView shown(KasusUser user, CaseRecord c, Map<Long, PersonView> people) {
        return caseAccess.disclosed(user, people.get(c.personId()), List.of(c.unitId()));
    }

    private static InboxItem item(WorkTask t, CaseRecord c, PersonView p, KasusUser user, Instant now) {
        boolean protectedPerson = p.protectedIdentity();
        return new InboxItem(t.id(), t.name(), t.taskKey(), c.id(), c.toView().reference(), p.id(),
                p.fullName(), protectedPerson ? "Skyddad identitet" : p.personnummer(), t.assignee(),
                user.username().equals(t.assignee()), t.created(), t.due(), t.overdue(now));
    }

    @Transactional
    public void claim(String taskId) {
        WorkTask task = activeTask(taskId);
        KasusUser user = requireWorkable(task, AuditAction.CLAIM_TASK, "Tar uppgiften " + task.name());
        workflow.claim(taskId, user.username());
    }

    @Transactional
    public void unclaim(String taskId) {
        WorkTask task = activeTask(taskId);
        KasusUser user = requireWorkable(task, AuditAction.CLAIM_TASK, "Lämnar tillbaka uppgiften " + task.name());
        if (!user.username().equals(task.assignee())) {
            throw new TaskConflictException("Du kan bara lämna tillbaka dina egna uppgifter.");
        }
        workflow.unclaim(taskId);
    }

    @Transactional
    public TaskForm open(String taskId) {
        WorkTask task = activeTask(taskId);
        CaseRecord caseRecord = caseAccess.require(task.caseId(), Permission.TASK_WORK, AuditAction.READ, "uppgift",
                "Öppnar uppgiften " + task.name());
        KasusUser user = caseAccess.currentUser();
        requireCandidate(task, user);
        TaskStep step = steps.forTask(task.taskKey());
        var draft = drafts.findById(new FormDraft.Key(taskId, user.username()));
        StepContext context = context(task, caseRecord, user);
        Map<String, Object> data = new HashMap<>(step.display(context));
        draft.ifPresent(d -> data.putAll(readJson(d.data())));
        return new TaskForm(taskId, task.name(), task.taskKey(), caseRecord.toView(),
                persons.get(caseRecord.personId()).fullName(), task.assignee(), task.due(),
                workflow.formSchema(taskId), data, optionsOf(step.options(context)), draft.map(FormDraft::updatedAt).orElse(null));
    }

    @Transactional
    public void saveDraft(String taskId, Map<String, Object> data) {
        WorkTask task = activeTask(taskId);
        requireWorkable(task, AuditAction.UPDATE, "Sparar utkast till " + task.name());
        String user = caseAccess.currentUser().username();
        String text = writeJson(onlyFormFields(workflow.formSchema(taskId), data));
        if (text.length() > 60_000) {
            throw FormRejectedException.field("_form", "Utkast", "Utkastet är för stort för att sparas.");
        }
        drafts.findById(new FormDraft.Key(taskId, user)).ifPresentOrElse(d -> d.update(text, clock.instant()),
                () -> drafts.save(new FormDraft(taskId, user, task.caseId(), text, clock.instant())));
    }

    /**
     * Completes the task with the submitted form data.
     *
     * @throws FormRejectedException when the data breaks the form's or the step's rules (nothing is saved)
     * @throws TaskConflictException when someone else completed or holds the task
     */
    @Transactional
    public CaseView complete(String taskId, Map<String, Object> submission) {
        workflow.lockForCompletion(taskId);
        WorkTask task = activeTask(taskId);
        KasusUser user = requireWorkable(task, AuditAction.COMPLETE_TASK, "Slutför " + task.name());
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new TaskConflictException("Uppgiften är tilldelad en kollega.");
        }
        TaskStep step = steps.forTask(task.taskKey());
        CaseRecord caseRecord = cases.findById(task.caseId()).orElseThrow();
        StepContext context = context(task, caseRecord, user);
        ValidationResult result = validator.validate(FormSchema.parse(workflow.formSchema(taskId)),
                submission == null ? Map.of() : submission, optionValues(step.options(context)));
        if (!result.isValid()) {
            throw new FormRejectedException(result.errors());
        }
        Map<String, Object> variables = step.complete(context, new FormValues(result.cleanValues()));
        workflow.complete(taskId, variables);
        drafts.deleteByTaskId(taskId);
        return caseRecord.toView();
    }

    /** A task a timer or a cancellation ended takes its drafts with it: nothing confidential is left behind. */
    @EventListener
    void forgetDrafts(TaskEnded ended) {
        drafts.deleteByTaskId(ended.taskId());
    }

    private WorkTask activeTask(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> new TaskNotActiveException(taskId));
    }

    private KasusUser requireWorkable(WorkTask task, AuditAction action, String why) {
        caseAccess.require(task.caseId(), Permission.TASK_WORK, action, "uppgift", why);
        KasusUser user = caseAccess.currentUser();
        requireCandidate(task, user);
        return user;
    }

    /** Only the task's candidate groups (e.g. the unit's enhetschef for a reserved decision) may work on it. */
    private void requireCandidate(WorkTask task, KasusUser user) {
        if (!user.username().equals(task.assignee()) && !task.isCandidate(user.groupIds())) {
            caseAccess.refuse(user, task, "Inte kandidat för " + task.name() + " (" + task.candidateGroups() + ")");
        }
    }

    /** A draft keeps only what the task's form asks for: nothing else is stored about the client. */
    private static Map<String, Object> onlyFormFields(String schema, Map<String, Object> data) {
        Set<String> keys = FormSchema.parse(schema).fields().stream().map(f -> f.path().get(0))
                .collect(Collectors.toSet());
        Map<String, Object> kept = new HashMap<>();
        if (data != null) {
            data.forEach((key, value) -> {
                if (keys.contains(key)) {
                    kept.put(key, value);
                }
            });
        }
        return kept;
    }

    private StepContext context(WorkTask task, CaseRecord caseRecord, KasusUser user) {
        return new StepContext(task, caseRecord, user, workflow.variables(task.id()), clock.instant(),
                LocalDate.now(clock));
    }

    private static Map<String, List<Map<String, String>>> optionsOf(Map<String, List<TaskStep.Option>> options) {
        return options.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(o -> Map.of("value", o.value(), "label", o.label())).toList()));
    }

    private static Map<String, List<String>> optionValues(Map<String, List<TaskStep.Option>> options) {
        return options.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(TaskStep.Option::value).toList()));
    }

    private Map<String, Object> readJson(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private String writeJson(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException e) {
            throw FormRejectedException.field("_form", "Utkast", "Utkastet kunde inte läsas.");
        }
    }

}
