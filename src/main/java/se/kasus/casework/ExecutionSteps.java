package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.ORDER_ACCEPTED;
import static se.kasus.casework.ProcessVariables.ORDER_ANSWER_DUE;
import static se.kasus.casework.ProcessVariables.ORDER_ID;
import static se.kasus.casework.ProcessVariables.PROVIDER_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.kasus.casework.MunicipalityProperties.Provider;

/**
 * Verkställighet: the order to the provider (kundval or the ickevalsalternativ), the provider's answer within the
 * answer time, the escalation of an unanswered order, the acknowledgement, and a decision not executed in time.
 */
@Component
class ExecutionSteps implements StepGroup {

    static final String ANSWER_TASK = "Task_BesvaraBestallning";

    private final DecisionRepository decisions;
    private final ServiceOrderRepository orders;
    private final MunicipalityProperties municipality;
    private final ProviderTerms terms;
    private final OrderChain chain;
    private final OrderTerminations terminations;
    private final Clock clock;

    ExecutionSteps(DecisionRepository decisions, ServiceOrderRepository orders, MunicipalityProperties municipality,
            ProviderTerms terms, OrderChain chain, OrderTerminations terminations, Clock clock) {
        this.decisions = decisions;
        this.orders = orders;
        this.municipality = municipality;
        this.terms = terms;
        this.chain = chain;
        this.terminations = terminations;
        this.clock = clock;
    }

    @Override
    public List<TaskStep> steps() {
        TaskStep order = new TaskStep() {
            @Override
            public String taskKey() {
                return "Task_SkickaBestallning";
            }

            @Override
            public Map<String, Object> complete(StepContext context, FormValues values) {
                return sendOrder(context, values);
            }

            @Override
            public Map<String, List<Option>> options() {
                return Map.of("utforareAlternativ",
                        municipality.providers().stream().map(p -> new Option(p.id(), p.name())).toList());
            }

            /** Only providers whose avtal covers the decided insats in the case's area on the decided start day. */
            @Override
            public Map<String, List<Option>> options(StepContext context) {
                Decision decision = decisionOfCase(context);
                if (decision.status() != DecisionStatus.DECIDED || decision.serviceType() == null) {
                    return options(); // the step itself refuses to execute it
                }
                LocalDate start = decision.toView().validFrom() == null ? context.today() : decision.toView().validFrom();
                String current = chain.runningOrderOfCase(context.caseId()).map(ServiceOrder::providerId).orElse("");
                return Map.of("utforareAlternativ", municipality.contractedFor(decision.serviceType(),
                        context.caseRecord().unitId(), start).stream().map(p -> new Option(p.id(),
                                p.id().equals(current) ? label(p) + " (nuvarande utförare)" : label(p))).toList());
            }
        };
        return List.of(order, TaskStep.of(ANSWER_TASK, this::answer),
                TaskStep.of("Task_UtforareHarInteSvarat", this::escalated),
                TaskStep.of("Task_RegistreraKvittens", this::acknowledge),
                TaskStep.of("Task_AtgardaEjVerkstallt", this::explainDelay));
    }

    private static String label(Provider p) {
        return p.kind() == MunicipalityProperties.ProviderKind.LOV ? p.name() + " – " + p.kind().label() : p.name();
    }

    /**
     * A case whose insats is already carried out (a new decision after uppföljning) gets a change: an ÄNDRING to the
     * same provider by default, pointing at the running order; another provider chosen gets a NY that also points at
     * it, and the old provider an UPPHÖRANDE once the new one has accepted (so the client is never without help).
     */
    private Map<String, Object> sendOrder(StepContext ctx, FormValues v) {
        Decision decision = executableDecision(ctx);
        LocalDate start = v.date("onskadStart");
        String area = ctx.caseRecord().unitId();
        ServiceType service = decision.serviceType();
        Optional<ServiceOrder> running = chain.runningOrderOfCase(ctx.caseId());
        ProviderChoice choice = v.text("val") != null ? v.choice("val", ProviderChoice.class)
                : v.text("utforare") != null ? ProviderChoice.KUNDVAL
                : running.map(ServiceOrder::choice).orElse(ProviderChoice.ICKEVAL);
        String wanted = v.text("utforare") != null || v.text("val") != null ? v.text("utforare")
                : running.map(ServiceOrder::providerId).orElse(null);
        Provider provider = choice == ProviderChoice.ICKEVAL && (running.isEmpty() || v.text("val") != null)
                ? ickeval(service, area, start, wanted) : chosen(service, area, start, wanted);
        Instant due = terms.answerDeadline(ctx.now(), clock.getZone());
        boolean change = running.isPresent() && running.get().providerId().equals(provider.id());
        Long previous = running.map(ServiceOrder::id).orElseGet(() -> orders
                .findFirstByDecisionIdOrderByIdDesc(decision.id()).map(ServiceOrder::id).orElse(null));
        ServiceOrder saved = orders.save(new ServiceOrder(ctx.caseId(), decision.id(), provider.id(), start,
                v.text("uppdrag"), ctx.user().username(), ctx.now(), change ? OrderKind.ANDRING : OrderKind.NY,
                choice, due, previous));
        return Map.of(PROVIDER_ID, provider.id(), ORDER_ID, saved.id(), ORDER_ANSWER_DUE, Date.from(due));
    }

    private Provider chosen(ServiceType service, String area, LocalDate start, String providerId) {
        if (providerId == null) {
            throw FormRejectedException.field("utforare", "Utförare", "Välj den utförare som den enskilde valt.");
        }
        return municipality.contractedFor(service, area, start).stream().filter(p -> p.id().equals(providerId))
                .findFirst().orElseThrow(() -> FormRejectedException.field("utforare", "Utförare",
                        "Utföraren har inget avtal om " + service.label().toLowerCase()
                                + " i området från startdagen."));
    }

    /** Ickeval: the registry decides; a provider filled in anyway must be the ickevalsalternativ itself. */
    private Provider ickeval(ServiceType service, String area, LocalDate start, String providerId) {
        Provider provider = municipality.ickeval(service, area, start).orElseThrow(() -> FormRejectedException.field(
                "val", "Val av utförare", "Det finns inget ickevalsalternativ för " + service.label().toLowerCase()
                        + " i området; den enskilde måste välja utförare."));
        if (providerId != null && !providerId.equals(provider.id())) {
            throw FormRejectedException.field("utforare", "Utförare",
                    "Vid ickeval går beställningen till ickevalsalternativet " + provider.name() + ".");
        }
        return provider;
    }

    /** The utförare's answer, completed through {@link ProviderWork}: accept with a start day, or reject with a reason. */
    private Map<String, Object> answer(StepContext ctx, FormValues v) {
        ServiceOrder order = currentOrder(ctx);
        if ("ACCEPTERA".equals(v.text("svar"))) {
            LocalDate start = v.date("planeradStart");
            if (start == null) {
                throw FormRejectedException.field("planeradStart", "Planerad start", "Ange när insatsen startar.");
            }
            LocalDateRules.notBefore(start, order.sentDate(clock.getZone()), "planeradStart", "Planerad start",
                    "beställningen");
            order.accept(ctx.user().username(), ctx.now(), start);
            takeOver(order, ctx);
            return Map.of(ORDER_ACCEPTED, true);
        }
        String reason = v.text("skal");
        if (reason == null || reason.isBlank()) {
            throw FormRejectedException.field("skal", "Skäl", "Ange varför beställningen avvisas.");
        }
        order.reject(ctx.user().username(), ctx.now(), reason.strip());
        return Map.of(ORDER_ACCEPTED, false);
    }

    /**
     * An accepted order that follows a running one takes over from its first day ({@link OrderChain}); when the
     * running one is another provider's, that provider gets an UPPHÖRANDE with the day before as its last day.
     */
    private void takeOver(ServiceOrder accepted, StepContext ctx) {
        if (accepted.previousOrderId() == null) {
            return;
        }
        ServiceOrder previous = orders.findById(accepted.previousOrderId()).orElseThrow();
        if (!previous.carriesOut() || previous.providerId().equals(accepted.providerId())) {
            return; // a re-sent order after a rejection, or an ÄNDRING: the same provider needs no upphörande
        }
        LocalDate lastDay = OrderChain.firstDay(accepted.toView(), decisionOfCase(ctx).toView()).minusDays(1);
        terminations.terminate(previous, lastDay, "en annan utförare, " + municipality.providerName(
                accepted.providerId()) + ", tar över insatsen från " + lastDay.plusDays(1) + ".");
    }

    private Map<String, Object> escalated(StepContext ctx, FormValues v) {
        currentOrder(ctx).expire(v.text("atgard"));
        return Map.of();
    }

    /** The order the process waits on, refused unless it belongs to the case being worked on. */
    private ServiceOrder currentOrder(StepContext ctx) {
        return orders.findById(ctx.longVariable(ORDER_ID)).filter(o -> o.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Beställningen hör inte till ärendet."));
    }

    private Map<String, Object> acknowledge(StepContext ctx, FormValues v) {
        Decision decision = executableDecision(ctx);
        ServiceOrder order = orders.findFirstByDecisionIdOrderByIdDesc(decision.id())
                .orElseThrow(() -> new CaseRuleException("Ingen beställning är skickad för beslutet."));
        if (order.status() != OrderStatus.ACCEPTERAD) {
            throw new CaseRuleException("Utföraren har inte accepterat beställningen.");
        }
        LocalDateRules.notInFuture(v.date("kvitteradDatum"), ctx.today(), "kvitteradDatum", "Utföraren kvitterade");
        LocalDateRules.notBefore(v.date("kvitteradDatum"), order.sentDate(clock.getZone()), "kvitteradDatum",
                "Utföraren kvitterade", "beställningen");
        LocalDateRules.notInFuture(v.date("verkstallighetsdatum"), ctx.today(), "verkstallighetsdatum",
                "Insatsen startade");
        if (order.previousOrderId() != null) { // a change cannot start before it was sent: the old order ran then
            LocalDateRules.notBefore(v.date("verkstallighetsdatum"), order.sentDate(clock.getZone()),
                    "verkstallighetsdatum", "Insatsen startade", "beställningen");
        }
        order.acknowledge(v.date("kvitteradDatum"), v.date("verkstallighetsdatum"));
        decision.registerExecuted(v.date("verkstallighetsdatum"));
        return Map.of();
    }

    private Map<String, Object> explainDelay(StepContext ctx, FormValues v) {
        decisionOfCase(ctx).explainNotExecuted(v.text("skal"));
        return Map.of();
    }

    /** The decision the process names, refused unless it belongs to the case being worked on. */
    private Decision decisionOfCase(StepContext ctx) {
        return decisions.findById(ctx.longVariable(DECISION_ID)).filter(d -> d.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Beslutet hör inte till ärendet."));
    }

    /** Only a decided grant is executed; an avslag has nothing to execute, whatever the caller tries. */
    private Decision executableDecision(StepContext ctx) {
        Decision decision = decisionOfCase(ctx);
        if (decision.status() != DecisionStatus.DECIDED || decision.outcome() == Outcome.AVSLAG) {
            throw new CaseRuleException("Ett avslag eller ett beslut som inte är fattat kan inte verkställas.");
        }
        return decision;
    }
}
