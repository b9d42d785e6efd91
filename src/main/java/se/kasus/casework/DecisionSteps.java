package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.APPEAL_PERIOD_END;
import static se.kasus.casework.ProcessVariables.DECIDED;
import static se.kasus.casework.ProcessVariables.DECIDER_ROLE;
import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.NOT_EXECUTED_AT;
import static se.kasus.casework.ProcessVariables.PROPOSAL_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.kasus.access.Role;

/** Beslut och delgivning: the decision-maker decides or sends back; delivery starts the appeal period. */
@Component
class DecisionSteps implements StepGroup {

    private final DecisionRepository decisions;
    private final Deadlines deadlines;
    private final Clock clock;

    DecisionSteps(DecisionRepository decisions, Deadlines deadlines, Clock clock) {
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<TaskStep> steps() {
        TaskStep decide = new TaskStep() {
            @Override
            public String taskKey() {
                return "Task_FattaBeslut";
            }

            @Override
            public Map<String, Object> complete(StepContext context, FormValues values) {
                return DecisionSteps.this.decide(context, values);
            }

            @Override
            public Map<String, Object> display(StepContext context) {
                return proposalSummary(proposal(context));
            }
        };
        return List.of(decide, TaskStep.of("Task_RegistreraDelgivning", this::registerDelivery));
    }

    private Map<String, Object> decide(StepContext ctx, FormValues v) {
        Decision proposal = proposal(ctx);
        String comment = v.text("kommentar");
        if ("ATERREMITTERA".equals(v.text("beslut"))) {
            if (comment == null) {
                throw FormRejectedException.field("kommentar", "Kommentar",
                        "Skriv varför förslaget skickas tillbaka.");
            }
            proposal.sendBack(ctx.user().username(), comment);
            return Map.of(DECIDED, false);
        }
        String role = ctx.stringVariable(DECIDER_ROLE);
        requireDelegation(ctx, role);
        proposal.decide(ctx.user().username(), role, comment, ctx.now());
        LocalDate decisionDay = ctx.today();
        return Map.of(DECIDED, true, DECISION_ID, proposal.id(), NOT_EXECUTED_AT,
                ProcessVariables.endOf(deadlines.lastDay(Deadlines.EJ_VERKSTALLT, decisionDay), clock.getZone()));
    }

    /** The engine already routed the task to the role's group; the domain checks it again before it decides. */
    private static void requireDelegation(StepContext ctx, String roleGroupId) {
        Role role = Role.fromGroupId(roleGroupId)
                .orElseThrow(() -> new CaseRuleException("Delegationsordningen anger ingen beslutsfattare."));
        if (!ctx.user().has(role)) {
            throw new CaseRuleException("Enligt delegationsordningen fattas beslutet av " + role.label() + ".");
        }
    }

    private Map<String, Object> registerDelivery(StepContext ctx, FormValues v) {
        Decision decision = decisions.findById(ctx.longVariable(DECISION_ID)).orElseThrow();
        LocalDate delivered = v.date("delgivningsdatum");
        LocalDateRules.notInFuture(delivered, ctx.today(), "delgivningsdatum", "Den enskilde fick del av beslutet");
        LocalDateRules.notBefore(delivered, decision.decidedAt().atZone(clock.getZone()).toLocalDate(),
                "delgivningsdatum", "Den enskilde fick del av beslutet", "beslutsdagen");
        LocalDate lastAppealDay = deadlines.lastDay(Deadlines.OVERKLAGANDETID, delivered);
        decision.registerDelivery(delivered, v.text("delgivningssatt"), lastAppealDay);
        return Map.of(APPEAL_PERIOD_END, ProcessVariables.endOf(lastAppealDay, clock.getZone()));
    }

    private Decision proposal(StepContext ctx) {
        return decisions.findById(ctx.longVariable(PROPOSAL_ID))
                .orElseThrow(() -> new CaseRuleException("Förslaget till beslut finns inte."));
    }

    private static Map<String, Object> proposalSummary(Decision decision) {
        DecisionView d = decision.toView();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("forslagUtfall", d.outcome().label());
        shown.put("forslagInsats", d.serviceType().label());
        shown.put("forslagOmfattning", d.hoursPerMonth());
        shown.put("forslagPeriod", d.validFrom() == null ? "" : d.validFrom() + " – " + (d.validTo() == null ? "tills vidare" : d.validTo()));
        shown.put("forslagMotivering", d.motivation());
        shown.put("forslagLagrum", d.legalBasis());
        return shown;
    }
}
