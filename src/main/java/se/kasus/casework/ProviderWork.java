package se.kasus.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.engine.WorkTask;
import se.kasus.engine.Workflow;
import se.kasus.forms.FormSchema;
import se.kasus.forms.FormValidator;
import se.kasus.forms.ValidationResult;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * The utförare's side of an order: its inbox, its answer, and what it writes about its clients (genomförandeplan,
 * social dokumentation, messages); and the handläggare's reading of those and messages back. Every access goes
 * through {@link #requireOrder}: the provider's staff belong to the unit named by the provider id, so unit scoping
 * in {@link AccessControl} keeps one provider from another's orders and clients.
 */
@Service
public class ProviderWork {

    private final AccessControl access;
    private final AuditLog audit;
    private final ServiceOrderRepository orders;
    private final DecisionRepository decisions;
    private final CaseRepository cases;
    private final CarePlanRepository plans;
    private final ProviderNoteRepository notes;
    private final OrderMessageRepository messages;
    private final PersonService persons;
    private final MunicipalityProperties municipality;
    private final Workflow workflow;
    private final StepRegistry steps;
    private final FormValidator validator;
    private final Clock clock;

    ProviderWork(AccessControl access, AuditLog audit, ServiceOrderRepository orders, DecisionRepository decisions,
            CaseRepository cases, CarePlanRepository plans, ProviderNoteRepository notes,
            OrderMessageRepository messages, PersonService persons, MunicipalityProperties municipality,
            Workflow workflow, StepRegistry steps, FormValidator validator, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.orders = orders;
        this.decisions = decisions;
        this.cases = cases;
        this.plans = plans;
        this.notes = notes;
        this.messages = messages;
        this.persons = persons;
        this.municipality = municipality;
        this.workflow = workflow;
        this.steps = steps;
        this.validator = validator;
        this.clock = clock;
    }

    /** One line of the provider's inbox. */
    public record InboxLine(ServiceOrderView order, String clientName, ServiceType service, Integer hoursPerMonth,
            boolean overdue) {
    }

    /** What the provider sees of one client through one order. */
    public record ProviderClient(ServiceOrderView order, String providerName, String clientName, String personnummer,
            DecisionView decision, boolean answerable, List<CarePlanView> plans, List<ProviderNoteView> notes,
            List<OrderMessageView> messages) {
    }

    /** The provider's orders: waiting ones first (overdue first among them), then newest first. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public List<InboxLine> inbox() {
        KasusUser user = access.currentUser();
        access.requireInUnit(Permission.PROVIDER_ORDERS, user.unitId(), "utforare-inkorg", null, null);
        audit.record(new AuditEvent(user.username(), AuditAction.READ, "utforare-inkorg", null, null,
                "Utförarens inkorg (" + user.unitId() + ")"));
        Instant now = clock.instant();
        return orders.findByProviderIdOrderByIdDesc(user.unitId()).stream().map(o -> line(o, now))
                .sorted(Comparator.comparing((InboxLine l) -> l.order().status() != OrderStatus.SKICKAD)
                        .thenComparing(l -> !l.overdue()))
                .toList();
    }

    private InboxLine line(ServiceOrder order, Instant now) {
        CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
        DecisionView decision = decisions.findById(order.decisionId()).orElseThrow().toView();
        ServiceOrderView view = order.toView();
        return new InboxLine(view, persons.get(caseRecord.personId()).fullName(), decision.serviceType(),
                decision.hoursPerMonth(), view.answerOverdue(now));
    }

    @Transactional
    public ProviderClient client(long orderId) {
        ServiceOrder order = requireOrder(orderId, Permission.PROVIDER_ORDERS, AuditAction.READ, "Läser beställningen");
        return clientOf(order);
    }

    private ProviderClient clientOf(ServiceOrder order) {
        CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
        PersonView person = persons.get(caseRecord.personId());
        return new ProviderClient(order.toView(), municipality.providerName(order.providerId()), person.fullName(),
                person.protectedIdentity() ? "Skyddad identitet" : person.personnummer(),
                decisions.findById(order.decisionId()).orElseThrow().toView(), answerable(order),
                plans.findByOrderIdOrderByVersionDesc(order.id()).stream().map(CarePlan::toView).toList(),
                notes.findByOrderIdOrderByIdDesc(order.id()).stream().map(ProviderNote::toView).toList(),
                messages.findByOrderIdOrderByIdAsc(order.id()).stream().map(OrderMessage::toView).toList());
    }

    /**
     * The utförare accepts (with a planned start) or rejects (with a reason) the order: validated against the task's
     * form, the answer written and the process moved on in one transaction.
     */
    @Transactional
    public ServiceOrderView answer(long orderId, Map<String, Object> submission) {
        ServiceOrder order = requireOrder(orderId, Permission.PROVIDER_ORDERS, AuditAction.COMPLETE_TASK,
                "Besvarar beställningen");
        java.util.Optional<WorkTask> open = answerTask(order);
        if (open.isEmpty() && order.kind() == OrderKind.UPPHORANDE && order.status() == OrderStatus.SKICKAD) {
            return acknowledgeTermination(order, submission); // sent before upphöranden had their own process
        }
        WorkTask task = open.orElseThrow(() -> new CaseRuleException(
                "Beställningen väntar inte på svar (" + order.status().label() + ")."));
        workflow.lockForCompletion(task.id());
        KasusUser user = access.currentUser();
        if (!task.isCandidate(user.groupIds())) {
            access.refuse(user, "bestallning", null, order.caseId(), "Inte kandidat för " + task.name());
        }
        TaskStep step = steps.forTask(task.taskKey());
        ValidationResult result = validator.validate(FormSchema.parse(workflow.formSchema(task.id())),
                submission == null ? Map.of() : submission, Map.of());
        if (!result.isValid()) {
            throw new FormRejectedException(result.errors());
        }
        CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
        StepContext context = new StepContext(task, caseRecord, user, workflow.variables(task.id()), clock.instant(),
                LocalDate.now(clock));
        workflow.complete(task.id(), step.complete(context, new FormValues(result.cleanValues())));
        return order.toView();
    }

    /** An upphörande is not the provider's to refuse: it is acknowledged. Only for one without its own process. */
    private ServiceOrderView acknowledgeTermination(ServiceOrder order, Map<String, Object> submission) {
        Object answer = submission == null ? null : submission.get("svar");
        if (!"ACCEPTERA".equals(answer)) {
            throw FormRejectedException.field("svar", "Svar",
                    "Ett upphörande kan inte avvisas; kvittera det med Acceptera.");
        }
        order.accept(access.currentUser().username(), clock.instant(), order.toView().requestedStart());
        return order.toView();
    }

    private boolean answerable(ServiceOrder order) {
        return order.status() == OrderStatus.SKICKAD
                && (answerTask(order).isPresent() || order.kind() == OrderKind.UPPHORANDE);
    }

    /** The provider's open task for the order: answering a new or changed order, or acknowledging an upphörande. */
    private java.util.Optional<WorkTask> answerTask(ServiceOrder order) {
        if (order.status() != OrderStatus.SKICKAD) {
            return java.util.Optional.empty();
        }
        String taskKey = order.kind() == OrderKind.UPPHORANDE ? TerminationSteps.ACKNOWLEDGE_TASK
                : ExecutionSteps.ANSWER_TASK;
        return workflow.tasksOfCase(order.caseId()).stream()
                .filter(t -> t.taskKey().equals(taskKey))
                .filter(t -> order.id().equals(toLong(workflow.variables(t.id()).get(ProcessVariables.ORDER_ID))))
                .findFirst().flatMap(t -> workflow.task(t.id())); // with its candidate groups
    }

    private static Long toLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    /** A new signed version of the genomförandeplan; the earlier one stays as it was signed. */
    @Transactional
    public CarePlanView writePlan(long orderId, String content, String writtenWith, LocalDate agreedDate) {
        ServiceOrder order = requireAcceptedOrder(orderId, "Skriver genomförandeplan");
        require(content, 8000, "innehall", "Planens innehåll");
        require(writtenWith, 400, "uppgjordMed", "Upprättad tillsammans med");
        requireDate(agreedDate, "datum", "Datum");
        List<CarePlan> earlier = plans.findByOrderIdOrderByVersionDesc(orderId);
        int version = earlier.isEmpty() ? 1 : earlier.get(0).version() + 1;
        Long supersedes = earlier.isEmpty() ? null : earlier.get(0).id();
        return plans.save(new CarePlan(order.id(), version, content.strip(), writtenWith.strip(), agreedDate,
                access.currentUser().username(), clock.instant(), supersedes)).toView();
    }

    /** An entry of social dokumentation, signed as written; a correction names the entry it corrects. */
    @Transactional
    public ProviderNoteView writeNote(long orderId, LocalDate date, String text, Long correctsId) {
        ServiceOrder order = requireAcceptedOrder(orderId, "Skriver social dokumentation");
        require(text, 8000, "text", "Anteckning");
        requireDate(date, "datum", "Datum");
        if (correctsId != null && notes.findById(correctsId).filter(n -> n.orderId() == orderId).isEmpty()) {
            throw FormRejectedException.field("rattar", "Rättar anteckning",
                    "Anteckningen som rättas finns inte hos den här beställningen.");
        }
        return notes.save(new ProviderNote(order.id(), date, text.strip(), access.currentUser().username(),
                clock.instant(), correctsId)).toView();
    }

    @Transactional
    public OrderMessageView providerMessage(long orderId, String text) {
        ServiceOrder order = requireOrder(orderId, Permission.PROVIDER_DOCUMENTATION, AuditAction.CREATE,
                "Skickar meddelande till handläggaren");
        return message(order, OrderMessage.Side.UTFORARE, text);
    }

    // The handläggare's side: the same records, through the case's unit.

    /** The provider's records of an order, for the handläggare's client file. */
    @Transactional
    public ProviderClient forCaseworker(long orderId) {
        ServiceOrder order = requireCaseOrder(orderId, Permission.CLIENT_FILE_READ, AuditAction.READ,
                "Läser utförarens dokumentation");
        return clientOf(order);
    }

    @Transactional
    public OrderMessageView caseworkerMessage(long orderId, String text) {
        ServiceOrder order = requireCaseOrder(orderId, Permission.JOURNAL_WRITE, AuditAction.CREATE,
                "Skickar meddelande till utföraren");
        return message(order, OrderMessage.Side.HANDLAGGARE, text);
    }

    private OrderMessageView message(ServiceOrder order, OrderMessage.Side side, String text) {
        require(text, 4000, "text", "Meddelande");
        return messages.save(new OrderMessage(order.id(), side, text.strip(), access.currentUser().username(),
                clock.instant())).toView();
    }

    private ServiceOrder requireAcceptedOrder(long orderId, String why) {
        ServiceOrder order = requireOrder(orderId, Permission.PROVIDER_DOCUMENTATION, AuditAction.CREATE, why);
        if (order.status() != OrderStatus.ACCEPTERAD) {
            throw new CaseRuleException("Beställningen är inte accepterad; det finns ingen insats att dokumentera.");
        }
        return order;
    }

    /**
     * The one access check for the provider side: the order exists, the user has the permission, and the user
     * belongs to the provider the order was sent to. Refusals and accesses are audited.
     */
    private ServiceOrder requireOrder(long orderId, Permission permission, AuditAction action, String why) {
        access.require(permission, "bestallning"); // without the right at all: refused before anything is looked up
        ServiceOrder order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Beställningen finns inte."));
        CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
        KasusUser user = access.requireInUnit(permission, order.providerId(), "bestallning", caseRecord.personId(),
                caseRecord.id());
        audit.record(new AuditEvent(user.username(), action, "bestallning", caseRecord.personId(), caseRecord.id(),
                why + " " + orderId));
        return order;
    }

    /** The handläggare's check: the order's case is in the user's unit. */
    private ServiceOrder requireCaseOrder(long orderId, Permission permission, AuditAction action, String why) {
        access.require(permission, "bestallning"); // without the right at all: refused before anything is looked up
        ServiceOrder order = orders.findById(orderId).orElseThrow(() -> new NotFoundException("Beställningen finns inte."));
        CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
        KasusUser user = access.requireInUnit(permission, caseRecord.unitId(), caseRecord.caseType().lawArea(),
                "bestallning", caseRecord.personId(), caseRecord.id());
        audit.record(new AuditEvent(user.username(), action, "bestallning", caseRecord.personId(), caseRecord.id(),
                why + " " + orderId));
        return order;
    }

    private static void require(String text, int max, String key, String label) {
        if (text == null || text.isBlank()) {
            throw FormRejectedException.field(key, label, label + " måste fyllas i.");
        }
        if (text.length() > max) {
            throw FormRejectedException.field(key, label, label + " får vara högst " + max + " tecken.");
        }
    }

    private void requireDate(LocalDate date, String key, String label) {
        if (date == null) {
            throw FormRejectedException.field(key, label, label + " måste anges.");
        }
        LocalDateRules.notInFuture(date, LocalDate.now(clock), key, label);
    }
}
