package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.AGAINST_APPLICANT;
import static se.kasus.casework.ProcessVariables.COMMUNICATED;
import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.HOURS;
import static se.kasus.casework.ProcessVariables.OUTCOME;
import static se.kasus.casework.ProcessVariables.PROPOSAL_ID;
import static se.kasus.casework.ProcessVariables.SERVICE_TYPE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The steps of ekonomiskt bistånd (ekb-bistand): utredning, förslag till beslut on the calculation, and the
 * utbetalning recorded. Kommunicering and beslut och delgivning are the shared steps.
 */
@Component
class EkbSteps implements StepGroup {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final EkbService ekb;
    private final EkbInvestigationRepository investigations;
    private final EkbCalculationRepository calculations;
    private final EkbDecisionAmountRepository amounts;
    private final EkbPaymentRepository payments;
    private final DecisionRepository decisions;
    private final Clock clock;

    EkbSteps(EkbService ekb, EkbInvestigationRepository investigations, EkbCalculationRepository calculations,
            EkbDecisionAmountRepository amounts, EkbPaymentRepository payments, DecisionRepository decisions,
            Clock clock) {
        this.ekb = ekb;
        this.investigations = investigations;
        this.calculations = calculations;
        this.amounts = amounts;
        this.payments = payments;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of("Task_EkbUtreda", this::investigate),
                TaskStep.of("Task_EkbForslag", this::propose, this::proposalShown),
                TaskStep.of("Task_EkbUtbetalning", this::registerPayment, this::paymentShown));
    }

    private Map<String, Object> investigate(StepContext ctx, FormValues v) {
        var costs = new EkbCalculator.Costs(kr(v, "boendekostnad"), kr(v, "hushallsel"), kr(v, "arbetsresor"),
                kr(v, "hemforsakring"), kr(v, "fackforening"), kr(v, "akassa"), kr(v, "ovrigaKostnader"));
        if (costs.other() > 0 && v.text("ovrigaKostnaderAvser") == null) {
            throw FormRejectedException.field("ovrigaKostnaderAvser", "Andra kostnader avser",
                    "Skriv vad de andra kostnaderna avser.");
        }
        EkbInvestigation saved = investigations.save(new EkbInvestigation(ctx.caseId(), kr(v, "inkomst"), costs,
                v.text("ovrigaKostnaderAvser"), v.text("egnaAnstrangningar"), v.text("bedomning"),
                ctx.user().username(), ctx.now()));
        // A new utredning starts a new round: an adverse proposal on it is communicated afresh.
        return Map.of(EkbVariables.INVESTIGATION_ID, saved.id(), COMMUNICATED, false);
    }

    /** Called by the process's service task right after the utredning; idempotent, as the engine may retry it. */
    long calculate(long caseId, long investigationId) {
        return calculations.findByInvestigationId(investigationId).map(EkbCalculationRecord::id).orElseGet(() -> {
            EkbInvestigation investigation = investigations.findById(investigationId).filter(i -> i.caseId() == caseId)
                    .orElseThrow(() -> new CaseRuleException("Utredningen hör inte till ärendet."));
            return calculations.save(new EkbCalculationRecord(caseId, investigationId,
                    ekb.calculate(caseId, investigation), clock.instant())).id();
        });
    }

    private Map<String, Object> proposalShown(StepContext context) {
        EkbCalculationRecord record = calculation(context);
        EkbInvestigation investigation = investigations.findById(
                context.longVariable(EkbVariables.INVESTIGATION_ID)).orElseThrow();
        EkbCalculator.Result result = ekb.calculate(context.caseId(), investigation);
        return Map.of("berakning", describe(result), "beraknatBelopp", record.amount(),
                "egnaAnstrangningar", investigation.ownEfforts());
    }

    /**
     * Bifall grants the calculated amount, delvis bifall less of it, avslag nothing: the decided amount can never
     * exceed what the riksnorm and the household's costs give.
     */
    private Map<String, Object> propose(StepContext ctx, FormValues v) {
        EkbCalculationRecord calculation = calculation(ctx);
        Outcome outcome = v.choice("utfall", Outcome.class);
        int amount = outcome == Outcome.AVSLAG ? 0 : requireAmount(v, outcome, calculation.amount());
        YearMonth month = calculation.month();
        decisions.findByCaseIdAndStatus(ctx.caseId(), DecisionStatus.PROPOSED).forEach(Decision::supersede);
        Decision saved = decisions.save(new Decision(ctx.caseId(), new Decision.Proposal(outcome,
                ServiceType.FORSORJNINGSSTOD, null, month.atDay(1), month.atEndOfMonth(), null, v.text("motivering"),
                v.text("lagrum")), ctx.user().username(), ctx.now()));
        amounts.save(new EkbDecisionAmount(saved.id(), ctx.caseId(), calculation.id(), amount));
        Map<String, Object> vars = new HashMap<>();
        vars.put(PROPOSAL_ID, saved.id());
        vars.put(OUTCOME, outcome.name());
        vars.put(SERVICE_TYPE, ServiceType.FORSORJNINGSSTOD.name());
        vars.put(HOURS, 0);
        vars.put(AGAINST_APPLICANT, outcome.againstApplicant());
        return vars;
    }

    private static int requireAmount(FormValues v, Outcome outcome, int calculated) {
        Integer amount = v.integer("belopp");
        if (calculated == 0) {
            throw FormRejectedException.field("utfall", "Föreslaget utfall", "Beräkningen ger inget bistånd:"
                    + " inkomsterna täcker riksnormen och de skäliga kostnaderna. Föreslå avslag.");
        }
        if (amount == null) {
            throw FormRejectedException.field("belopp", "Belopp", "Ange beloppet vid bifall och delvis bifall.");
        }
        if (outcome == Outcome.BIFALL && amount != calculated) {
            throw FormRejectedException.field("belopp", "Belopp", "Bifall ger det beräknade beloppet, " + calculated
                    + " kr. Ett lägre belopp är ett delvis bifall.");
        }
        if (outcome == Outcome.DELVIS_BIFALL && (amount <= 0 || amount >= calculated)) {
            throw FormRejectedException.field("belopp", "Belopp", "Vid delvis bifall ska beloppet vara lägre än det"
                    + " beräknade, " + calculated + " kr.");
        }
        return amount;
    }

    private Map<String, Object> paymentShown(StepContext context) {
        EkbDecisionAmount amount = amounts.findById(decision(context).id()).orElseThrow();
        return Map.of("utbetalning", amount.amount() + " kr för " + monthName(
                calculations.findById(amount.calculationId()).orElseThrow().month()));
    }

    /** The utbetalningsunderlag for the decided amount; the decision counts as verkställd on the payment date. */
    private Map<String, Object> registerPayment(StepContext ctx, FormValues v) {
        Decision decision = decision(ctx);
        LocalDate paid = v.date("utbetalningsdatum");
        LocalDate decided = decision.decidedAt().atZone(clock.getZone()).toLocalDate();
        LocalDateRules.notBefore(paid, decided, "utbetalningsdatum", "Utbetalningsdag", "beslutsdagen");
        if (paid.isAfter(ctx.today().plusMonths(2))) {
            throw FormRejectedException.field("utbetalningsdatum", "Utbetalningsdag",
                    "Utbetalningsdagen kan ligga högst två månader fram.");
        }
        if (payments.findByDecisionId(decision.id()).isPresent()) {
            throw new CaseRuleException("Utbetalningen för beslutet är redan registrerad.");
        }
        EkbDecisionAmount amount = amounts.findById(decision.id()).orElseThrow();
        YearMonth month = calculations.findById(amount.calculationId()).orElseThrow().month();
        payments.save(new EkbPayment(ctx.caseId(), decision.id(), month, amount.amount(), paid,
                v.text("betalningssatt"), ctx.user().username(), ctx.now()));
        decision.registerExecuted(paid);
        return Map.of();
    }

    private EkbCalculationRecord calculation(StepContext ctx) {
        return calculations.findById(ctx.longVariable(EkbVariables.CALCULATION_ID)).filter(c -> c.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Beräkningen hör inte till ärendet."));
    }

    private Decision decision(StepContext ctx) {
        return decisions.findById(ctx.longVariable(DECISION_ID)).filter(d -> d.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Beslutet hör inte till ärendet."));
    }

    private static int kr(FormValues v, String key) {
        Integer value = v.integer(key);
        return value == null ? 0 : value;
    }

    /** The calculation as the task shows it, line by line (markdown, rendered by the form). */
    static String describe(EkbCalculator.Result r) {
        StringBuilder text = new StringBuilder("**Riksnormen " + r.normYear() + ", " + monthName(r.month()) + "**\n\n");
        r.normLines().forEach(l -> text.append("- ").append(l.label()).append(": ").append(l.amount()).append(" kr\n"));
        text.append("\nSumma riksnorm: ").append(r.norm()).append(" kr\n\n**Skäliga kostnader**\n\n");
        r.costLines().forEach(l -> text.append("- ").append(l.label()).append(": ").append(l.amount()).append(" kr\n"));
        if (r.housingNote() != null) {
            text.append("\n").append(r.housingNote()).append("\n");
        }
        text.append("\nSumma kostnader: ").append(r.costs()).append(" kr  \nInkomster: −").append(r.income())
                .append(" kr  \n**Beräknat bistånd: ").append(r.amount()).append(" kr**");
        return text.toString();
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH) + " " + month.getYear();
    }
}
