package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.AGAINST_APPLICANT;
import static se.kasus.casework.ProcessVariables.CHILD_OUTCOME;
import static se.kasus.casework.ProcessVariables.COMMUNICATED;
import static se.kasus.casework.ProcessVariables.FOLLOW_UP_DATE;
import static se.kasus.casework.ProcessVariables.FOLLOW_UP_DUE;
import static se.kasus.casework.ProcessVariables.HOURS;
import static se.kasus.casework.ProcessVariables.IMMEDIATE_DANGER;
import static se.kasus.casework.ProcessVariables.INVESTIGATION_DUE;
import static se.kasus.casework.ProcessVariables.LVU_PROCESS;
import static se.kasus.casework.ProcessVariables.LVU_START;
import static se.kasus.casework.ProcessVariables.OPEN_INVESTIGATION;
import static se.kasus.casework.ProcessVariables.OUTCOME;
import static se.kasus.casework.ProcessVariables.PROPOSAL_ID;
import static se.kasus.casework.ProcessVariables.SERVICE_TYPE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.kasus.engine.Workflow;

/**
 * The steps of barn-utredning: skyddsbedömning, förhandsbedömning (and its delay, escalated), the BBIC utredning and
 * its extension, the proposal, and closing a case that went to LVU. Kommunicering and the decision reuse the common
 * steps.
 */
@Component
class BarnSteps implements StepGroup {

    static final String INVESTIGATION_TASK = "Task_UtredaBarn";

    private final ChildProtectionRepository protections;
    private final ChildPreliminaryRepository preliminaries;
    private final ChildDelayReasonRepository delays;
    private final ChildInvestigationRepository investigations;
    private final ChildExtensionRepository extensions;
    private final ChildOutcomeRepository outcomes;
    private final DecisionRepository decisions;
    private final JournalRepository journal;
    private final Workflow workflow;
    private final Clock clock;

    BarnSteps(ChildProtectionRepository protections, ChildPreliminaryRepository preliminaries,
            ChildDelayReasonRepository delays, ChildInvestigationRepository investigations,
            ChildExtensionRepository extensions, ChildOutcomeRepository outcomes, DecisionRepository decisions,
            JournalRepository journal, Workflow workflow, Clock clock) {
        this.protections = protections;
        this.preliminaries = preliminaries;
        this.delays = delays;
        this.investigations = investigations;
        this.extensions = extensions;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.journal = journal;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of("Task_Skyddsbedomning", this::assessProtection),
                TaskStep.of("Task_Forhandsbedomning", this::assessPreliminarily),
                TaskStep.of("Task_ForhandsbedomningForsenad", this::explainDelay),
                TaskStep.of(INVESTIGATION_TASK, this::investigate),
                TaskStep.of("Task_ForlangaUtredning", this::extend),
                TaskStep.of("Task_BarnForslag", this::propose),
                TaskStep.of("Task_AvslutaBarnArende", this::closeAfterLvu));
    }

    private Map<String, Object> assessProtection(StepContext ctx, FormValues v) {
        boolean danger = v.flag("omedelbarFara");
        boolean contacted = v.flag("vardnadshavareKontaktade");
        protections.save(new ChildProtectionAssessment(ctx.caseId(), v.text("skyddsbedomning"), danger, contacted,
                contacted ? v.text("kontaktAnteckning") : null, ctx.user().username(), ctx.now()));
        Map<String, Object> vars = new HashMap<>();
        vars.put(IMMEDIATE_DANGER, danger);
        if (danger) {
            // Read by barnStartaLvuDelegate: which LVU path to start.
            vars.put(LVU_START, "OMEDELBART");
        }
        return vars;
    }

    private Map<String, Object> assessPreliminarily(StepContext ctx, FormValues v) {
        if (protections.findByCaseIdOrderByIdAsc(ctx.caseId()).isEmpty()) {
            throw new CaseRuleException("Skyddsbedömningen är inte gjord. Förhandsbedömningen kan inte göras före den.");
        }
        boolean open = "INLEDA".equals(v.text("beslut"));
        preliminaries.save(new ChildPreliminaryAssessment(ctx.caseId(), open, v.text("motivering"),
                ctx.user().username(), ctx.now()));
        return Map.of(OPEN_INVESTIGATION, open);
    }

    private Map<String, Object> explainDelay(StepContext ctx, FormValues v) {
        delays.save(new ChildDelayReason(ctx.caseId(), v.text("synnerligaSkal"), ctx.user().username(), ctx.now()));
        return Map.of();
    }

    private Map<String, Object> investigate(StepContext ctx, FormValues v) {
        ChildInvestigation investigation = openInvestigation(ctx);
        investigation.complete(new ChildInvestigation.Findings(v.text("barnetsBehov"), v.text("foraldrarnasFormaga"),
                v.text("familjOchMiljo"), v.text("barnetsSyn"), v.text("bedomning")), ctx.user().username(),
                ctx.now());
        // A new investigation is communicated afresh before any decision on it.
        return Map.of(COMMUNICATED, false);
    }

    /** SoL 11 kap. 2 § (2025:400 20 kap. 3 §): an extension is a decision with särskilda skäl and a new last day. */
    private Map<String, Object> extend(StepContext ctx, FormValues v) {
        ChildInvestigation investigation = openInvestigation(ctx);
        LocalDate newLastDay = v.date("nyttSlutdatum");
        LocalDateRules.notBefore(newLastDay, investigation.lastDay().plusDays(1), "nyttSlutdatum",
                "Utredningen ska vara klar senast", "dagen efter nuvarande slutdatum (" + investigation.lastDay() + ")");
        extensions.save(new ChildInvestigationExtension(investigation.id(), ctx.caseId(), v.text("sarskildaSkal"),
                investigation.lastDay(), newLastDay, ctx.user().username(), ctx.now()));
        investigation.extendTo(newLastDay);
        var due = ProcessVariables.endOf(newLastDay, clock.getZone());
        // The open investigation task keeps its draft; only its due date follows. The model's timer reads the variable.
        workflow.moveDueDate(ctx.caseId(), INVESTIGATION_TASK, due);
        return Map.of(INVESTIGATION_DUE, due);
    }

    private Map<String, Object> propose(StepContext ctx, FormValues v) {
        if (investigations.findFirstByCaseIdOrderByIdDesc(ctx.caseId()).filter(ChildInvestigation::completed)
                .isEmpty()) {
            throw new CaseRuleException("Utredningen är inte klar. Förslag till beslut kan inte lämnas.");
        }
        ChildCaseOutcome.Kind kind = v.choice("barnUtfall", ChildCaseOutcome.Kind.class);
        Map<String, Object> vars = new HashMap<>();
        vars.put(CHILD_OUTCOME, kind.name());
        Long decisionId = null;
        if (kind == ChildCaseOutcome.Kind.INSATS) {
            Decision saved = saveProposal(ctx, v);
            decisionId = saved.id();
            vars.putAll(proposalVariables(saved.toView()));
        } else if (kind == ChildCaseOutcome.Kind.LVU) {
            vars.put(LVU_START, "ANSOKAN");
        }
        outcomes.save(new ChildCaseOutcome(ctx.caseId(), kind, v.text("motivering"), decisionId,
                ctx.user().username(), ctx.now()));
        return vars;
    }

    /** An insats under SoL needs consent; without it the choice is LVU, never an insats against the guardians' will. */
    private Decision saveProposal(StepContext ctx, FormValues v) {
        ServiceType type = v.choice("insatstyp", ServiceType.class);
        if (type == null || type.caseType() != CaseType.BARN_UNGA) {
            throw FormRejectedException.field("insatstyp", "Insats", "Välj en insats för barn och unga.");
        }
        if (!v.flag("samtycke")) {
            throw FormRejectedException.field("samtycke", "Samtycke", "En insats enligt SoL kräver samtycke från "
                    + "vårdnadshavarna (och från barnet om det fyllt 15 år). Utan samtycke: välj ansökan om vård enligt LVU.");
        }
        LocalDate from = required(v.date("startdatum"), "startdatum", "Gäller från");
        LocalDate followUp = required(v.date("uppfoljningsdatum"), "uppfoljningsdatum", "Följs upp senast");
        required(v.text("lagrum"), "lagrum", "Lagrum");
        LocalDateRules.notBefore(v.date("slutdatum"), from, "slutdatum", "Gäller till och med", "startdatumet");
        LocalDateRules.notBefore(followUp, from, "uppfoljningsdatum", "Följs upp senast", "startdatumet");
        decisions.findByCaseIdAndStatus(ctx.caseId(), DecisionStatus.PROPOSED).forEach(Decision::supersede);
        return decisions.save(new Decision(ctx.caseId(), new Decision.Proposal(Outcome.BIFALL, type, null, from,
                v.date("slutdatum"), followUp, v.text("motivering"), v.text("lagrum")), ctx.user().username(),
                ctx.now()));
    }

    private Map<String, Object> proposalVariables(DecisionView proposal) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(PROPOSAL_ID, proposal.id());
        vars.put(OUTCOME, proposal.outcome().name());
        vars.put(SERVICE_TYPE, proposal.serviceType().name());
        vars.put(HOURS, 0);
        vars.put(AGAINST_APPLICANT, false);
        // As in ProposalSteps: the follow-up task opens as the day begins and is due when it ends.
        vars.put(FOLLOW_UP_DATE, ProcessVariables.endOf(proposal.followUpDate().minusDays(1), clock.getZone()));
        vars.put(FOLLOW_UP_DUE, ProcessVariables.endOf(proposal.followUpDate(), clock.getZone()));
        return vars;
    }

    /** A case that went to LVU is closed only when the LVU process has ended: care under LVU is part of the case. */
    private Map<String, Object> closeAfterLvu(StepContext ctx, FormValues v) {
        if (workflow.isRunning(LVU_PROCESS, ctx.caseId())) {
            throw new CaseRuleException("Ärendet kan inte avslutas medan LVU-processen pågår.");
        }
        journal.save(JournalEntry.signed(ctx.caseId(), ctx.user().username(), "Avslut: " + v.text("anteckning"),
                ctx.now()));
        return Map.of();
    }

    private ChildInvestigation openInvestigation(StepContext ctx) {
        return investigations.findFirstByCaseIdOrderByIdDesc(ctx.caseId()).filter(i -> !i.completed())
                .orElseThrow(() -> new CaseRuleException("Ärendet har ingen pågående utredning."));
    }

    private static <T> T required(T value, String key, String label) {
        if (value == null) {
            throw FormRejectedException.field(key, label, "Fältet är obligatoriskt för en insats.");
        }
        return value;
    }
}
