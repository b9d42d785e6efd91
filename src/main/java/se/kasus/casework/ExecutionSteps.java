package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.DECISION_ID;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Verkställighet: the order to the provider, its acknowledgement, and a decision not executed in time. */
@Component
class ExecutionSteps implements StepGroup {

    private final DecisionRepository decisions;
    private final ServiceOrderRepository orders;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    ExecutionSteps(DecisionRepository decisions, ServiceOrderRepository orders, MunicipalityProperties municipality,
            Clock clock) {
        this.decisions = decisions;
        this.orders = orders;
        this.municipality = municipality;
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
        };
        return List.of(order, TaskStep.of("Task_RegistreraKvittens", this::acknowledge),
                TaskStep.of("Task_AtgardaEjVerkstallt", this::explainDelay));
    }

    private Map<String, Object> sendOrder(StepContext ctx, FormValues v) {
        Decision decision = executableDecision(ctx);
        orders.save(new ServiceOrder(ctx.caseId(), decision.id(), v.text("utforare"), v.date("onskadStart"),
                v.text("uppdrag"), ctx.user().username(), ctx.now()));
        return Map.of();
    }

    private Map<String, Object> acknowledge(StepContext ctx, FormValues v) {
        Decision decision = executableDecision(ctx);
        ServiceOrder order = orders.findFirstByDecisionIdOrderByIdDesc(decision.id())
                .orElseThrow(() -> new CaseRuleException("Ingen beställning är skickad för beslutet."));
        LocalDateRules.notInFuture(v.date("kvitteradDatum"), ctx.today(), "kvitteradDatum", "Utföraren kvitterade");
        LocalDateRules.notBefore(v.date("kvitteradDatum"), order.sentDate(clock.getZone()), "kvitteradDatum",
                "Utföraren kvitterade", "beställningen");
        LocalDateRules.notInFuture(v.date("verkstallighetsdatum"), ctx.today(), "verkstallighetsdatum",
                "Insatsen startade");
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
