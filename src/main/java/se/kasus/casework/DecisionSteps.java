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

import se.kasus.access.Permission;
import se.kasus.access.Role;
import se.kasus.audit.AuditAction;
import se.kasus.engine.Workflow;

/** Beslut och delgivning: the decision-maker decides or sends back; delivery starts the appeal period. */
@Component
class DecisionSteps implements StepGroup {

    private final DecisionRepository decisions;
    private final InvestigationRepository investigations;
    private final ChildInvestigationRepository childInvestigations;
    private final CommunicationRepository communications;
    private final CaseAccess caseAccess;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Clock clock;
    private final EkbInvestigationRepository ekbInvestigations;
    private final EkbAmounts ekbAmounts;

    DecisionSteps(DecisionRepository decisions, InvestigationRepository investigations,
            ChildInvestigationRepository childInvestigations, CommunicationRepository communications, CaseAccess caseAccess, Workflow workflow, Deadlines deadlines,
            Clock clock, EkbInvestigationRepository ekbInvestigations, EkbAmounts ekbAmounts) {
        this.ekbInvestigations = ekbInvestigations;
        this.ekbAmounts = ekbAmounts;
        this.decisions = decisions;
        this.investigations = investigations;
        this.childInvestigations = childInvestigations;
        this.communications = communications;
        this.caseAccess = caseAccess;
        this.workflow = workflow;
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
        caseAccess.require(ctx.caseId(), Permission.DECIDE, AuditAction.UPDATE, "beslut", "Fattar beslut");
        String role = requireDelegation(ctx, proposal);
        requireInvestigatedAndCommunicated(ctx, proposal);
        proposal.decide(ctx.user().username(), role, comment, ctx.now());
        LocalDate decisionDay = ctx.today();
        return Map.of(DECIDED, true, DECISION_ID, proposal.id(), NOT_EXECUTED_AT,
                ProcessVariables.endOf(deadlines.lastDay(Deadlines.EJ_VERKSTALLT, decisionDay), clock.getZone()));
    }

    /**
     * The engine routed the task to the role's group; before deciding, the domain evaluates the delegationsordning
     * again from the proposal itself, so a process variable changed by hand cannot move the decision to another role.
     */
    private String requireDelegation(StepContext ctx, Decision proposal) {
        DecisionView p = proposal.toView();
        Map<String, Object> facts = Map.of(ProcessVariables.CASE_TYPE, ctx.caseRecord().caseType().name(),
                ProcessVariables.OUTCOME, p.outcome().name(), ProcessVariables.SERVICE_TYPE, p.serviceType().name(),
                ProcessVariables.HOURS, p.hoursPerMonth() == null ? 0 : p.hoursPerMonth());
        String groupId = workflow.delegatedRole(ctx.task().id(), facts)
                .orElseThrow(() -> new CaseRuleException("Delegationsordningen anger ingen beslutsfattare."));
        Role role = Role.fromGroupId(groupId)
                .orElseThrow(() -> new CaseRuleException("Delegationsordningen anger en okänd roll: " + groupId));
        if (!groupId.equals(ctx.stringVariable(DECIDER_ROLE)) || !ctx.user().has(role)) {
            caseAccess.refuse(ctx.user(), ctx.task(), "Delegationsordningen anger " + role.label());
        }
        return groupId;
    }

    /**
     * The law's order checked on the records, not only by the model: an investigation exists, and an adverse proposal
     * was communicated after the latest investigation (FL 25 §), however the process got here.
     */
    private void requireInvestigatedAndCommunicated(StepContext ctx, Decision proposal) {
        java.time.Instant investigated = latestInvestigation(ctx)
                .orElseThrow(() -> new CaseRuleException("Ärendet har ingen utredning. Beslut kan inte fattas."));
        if (proposal.outcome().againstApplicant()) {
            boolean communicated = communications.findFirstByCaseIdOrderByIdDesc(ctx.caseId())
                    .filter(c -> c.createdAt().isAfter(investigated)).isPresent();
            if (!communicated) {
                throw new CaseRuleException("Förslaget går den enskilde emot och har inte kommunicerats.");
            }
        }
    }

    /** When the case's latest investigation was finished; a child's utredning still open counts as none. */
    private java.util.Optional<java.time.Instant> latestInvestigation(StepContext ctx) {
        if (ctx.caseRecord().caseType() == CaseType.BARN_UNGA) {
            return childInvestigations.findFirstByCaseIdOrderByIdDesc(ctx.caseId())
                    .filter(ChildInvestigation::completed).map(ChildInvestigation::completedAt);
        }
        if (ctx.caseRecord().caseType() == CaseType.EKONOMISKT_BISTAND) {
            return ekbInvestigations.findFirstByCaseIdOrderByIdDesc(ctx.caseId()).map(EkbInvestigation::completedAt);
        }
        return investigations.findByCaseIdOrderByCompletedAtDesc(ctx.caseId()).stream().findFirst()
                .map(Investigation::completedAt);
    }

    private Map<String, Object> registerDelivery(StepContext ctx, FormValues v) {
        Decision decision = decisions.findById(ctx.longVariable(DECISION_ID)).filter(d -> d.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Beslutet hör inte till ärendet."));
        LocalDate delivered = v.date("delgivningsdatum");
        LocalDateRules.notInFuture(delivered, ctx.today(), "delgivningsdatum", "Den enskilde fick del av beslutet");
        LocalDateRules.notBefore(delivered, decision.decidedAt().atZone(clock.getZone()).toLocalDate(),
                "delgivningsdatum", "Den enskilde fick del av beslutet", "beslutsdagen");
        LocalDate lastAppealDay = deadlines.lastDay(Deadlines.OVERKLAGANDETID, delivered);
        decision.registerDelivery(delivered, v.text("delgivningssatt"), lastAppealDay);
        return Map.of(APPEAL_PERIOD_END, ProcessVariables.endOf(lastAppealDay, clock.getZone()));
    }

    private Decision proposal(StepContext ctx) {
        return decisions.findById(ctx.longVariable(PROPOSAL_ID)).filter(d -> d.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Förslaget till beslut hör inte till ärendet."));
    }

    private Map<String, Object> proposalSummary(Decision decision) {
        DecisionView d = decision.toView();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("forslagUtfall", d.outcome().label());
        // Ekonomiskt bistånd has no hours: the amount and month go with the insats, so the decision-maker sees them.
        shown.put("forslagInsats", d.serviceType().label() + ekbAmounts.describe(d.id()).map(a -> ", " + a).orElse(""));
        shown.put("forslagOmfattning", d.hoursPerMonth());
        shown.put("forslagPeriod", d.validFrom() == null ? "" : d.validFrom() + " – " + (d.validTo() == null ? "tills vidare" : d.validTo()));
        shown.put("forslagMotivering", d.motivation());
        shown.put("forslagLagrum", d.legalBasis());
        return shown;
    }
}
