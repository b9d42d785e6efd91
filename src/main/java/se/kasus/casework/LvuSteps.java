package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.LVU_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The steps of {@code barn-lvu}: each writes its part of the {@link Lvu} record when its task completes, in the
 * engine's transaction, and returns the dates the process's timers and due dates read. Every date limit comes from
 * {@code config/deadlines.yml}.
 */
@Component
class LvuSteps implements StepGroup {

    static final String SUBMISSION_DUE = "understallanFrist";
    static final String APPLICATION_DUE = "ansokanFrist";
    static final String REVIEW_DUE = "omprovningFrist";
    static final String REVIEW_PREPARE = "omprovningUnderlag";
    static final String COURT_RULING = "rattensBeslut";
    static final String APPLICATION_ACTION = "atgard";
    static final String JUDGMENT = "domUtfall";

    private final LvuRepository lvus;
    private final LvuReviewRepository reviews;
    private final LvuLegalFailureRepository failures;
    private final Deadlines deadlines;
    private final Clock clock;

    LvuSteps(LvuRepository lvus, LvuReviewRepository reviews, LvuLegalFailureRepository failures,
            Deadlines deadlines, Clock clock) {
        this.lvus = lvus;
        this.reviews = reviews;
        this.failures = failures;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of("Task_BeslutaOmedelbartOmhandertagande", this::decideEmergency),
                TaskStep.of("Task_UnderstallaForvaltningsratten", this::submit),
                TaskStep.of("Task_RegistreraRattensBeslut", this::courtRuling),
                TaskStep.of("Task_AnsokanOmVardEfterOmhandertagande", this::applyOrExtend),
                TaskStep.of("Task_AnsokanOmVard", this::apply),
                TaskStep.of("Task_RegistreraDomOmVard", this::judgment),
                TaskStep.of("Task_Placering", this::place),
                TaskStep.of("Task_Omprovning13", this::review),
                TaskStep.of("Task_BeslutaUpphorande", this::endCare),
                TaskStep.of("Task_HanteraFristmiss", this::handleFailure),
                TaskStep.of("Task_HanteraForsenadOmprovning", this::handleFailure));
    }

    /** 6 §: both the one-week submission (7 §) and the four-week ansökan (8 §) run from the decision's day. */
    private Map<String, Object> decideEmergency(StepContext ctx, FormValues v) {
        LocalDate day = v.date("beslutsdatum");
        LocalDateRules.notInFuture(day, ctx.today(), "beslutsdatum", "Beslutsdatum");
        var decidedAt = day.atTime(timeOf(v.values().get("klockslag"))).atZone(clock.getZone()).toInstant();
        if (decidedAt.isAfter(ctx.now())) {
            throw FormRejectedException.field("klockslag", "Klockslag", "Klockslaget kan inte ligga i framtiden.");
        }
        LocalDate submissionLastDay = deadlines.lastDay(Deadlines.LVU_UNDERSTALLAN, day);
        LocalDate applicationLastDay = deadlines.lastDay(Deadlines.LVU_ANSOKAN, day);
        lvuOf(ctx).decideEmergency(v.choice("grund", LvuGround.class), v.text("skal"), decidedAt,
                ctx.user().username(), submissionLastDay, applicationLastDay);
        return Map.of(SUBMISSION_DUE, endOf(submissionLastDay), APPLICATION_DUE, endOf(applicationLastDay));
    }

    private Map<String, Object> submit(StepContext ctx, FormValues v) {
        Lvu lvu = lvuOf(ctx);
        LocalDate date = v.date("understalltDatum");
        LocalDateRules.notInFuture(date, ctx.today(), "understalltDatum", "Underställt");
        LocalDateRules.notBefore(date, lvu.emergencyDate(clock.getZone()), "understalltDatum", "Underställt",
                "beslutet om omhändertagande");
        notAfterDeadline(date, lvu.submissionDeadline(), "understalltDatum", "Underställt");
        lvu.submitToCourt(date);
        return Map.of();
    }

    private Map<String, Object> courtRuling(StepContext ctx, FormValues v) {
        String ruling = v.text("rattensBeslut");
        LocalDate date = v.date("rattensBeslutsdatum");
        LocalDateRules.notInFuture(date, ctx.today(), "rattensBeslutsdatum", "Rätten beslutade");
        lvuOf(ctx).registerCourtRuling(date, v.text("malnummer"), "FASTSTALLT".equals(ruling), ctx.user().username());
        return Map.of(COURT_RULING, ruling);
    }

    /** 8 §: the ansökan within the deadline, or the court's extension, after which the task and its timer renew. */
    private Map<String, Object> applyOrExtend(StepContext ctx, FormValues v) {
        String action = v.text("atgard");
        if (!"FORLANGNING".equals(action)) {
            Lvu lvu = lvuOf(ctx);
            notAfterDeadline(v.date("ansokanDatum"), lvu.applicationDeadline(), "ansokanDatum", "Ansökan inkom");
            record(ctx, lvu, v);
            return Map.of(APPLICATION_ACTION, action);
        }
        Lvu lvu = lvuOf(ctx);
        LocalDate granted = v.date("forlangningBeslutad");
        LocalDate newLastDay = v.date("nySistaDag");
        LocalDateRules.notInFuture(granted, ctx.today(), "forlangningBeslutad", "Rätten medgav förlängning");
        if (!newLastDay.isAfter(lvu.applicationDeadline())) {
            throw FormRejectedException.field("nySistaDag", "Ny sista dag för ansökan",
                    "Den nya sista dagen måste ligga efter den nuvarande, " + lvu.applicationDeadline() + ".");
        }
        lvu.extendApplicationDeadline(granted, newLastDay);
        return Map.of(APPLICATION_ACTION, action, APPLICATION_DUE, endOf(newLastDay));
    }

    private Map<String, Object> apply(StepContext ctx, FormValues v) {
        record(ctx, lvuOf(ctx), v);
        return Map.of();
    }

    private void record(StepContext ctx, Lvu lvu, FormValues v) {
        LocalDate date = v.date("ansokanDatum");
        LocalDateRules.notInFuture(date, ctx.today(), "ansokanDatum", "Ansökan inkom");
        LvuGround ground = v.choice("grund", LvuGround.class);
        String reasons = v.text("skal");
        // The form requires both; checked here too, because an ansökan without its ground is not an ansökan (4 §).
        if (ground == null) {
            throw FormRejectedException.field("grund", "Grund för vården", "Ange grunden för vården (2 § eller 3 §).");
        }
        if (reasons == null || reasons.isBlank()) {
            throw FormRejectedException.field("skal", "Skäl för ansökan", "Ange skälen för ansökan.");
        }
        lvu.apply(date, ground, reasons, ctx.user().username());
    }

    private Map<String, Object> judgment(StepContext ctx, FormValues v) {
        String outcome = v.text("domUtfall");
        LocalDate date = v.date("domsdatum");
        LocalDateRules.notInFuture(date, ctx.today(), "domsdatum", "Domen meddelades");
        lvuOf(ctx).registerJudgment(date, v.text("malnummer"), "BIFALL".equals(outcome), ctx.user().username());
        return Map.of(JUDGMENT, outcome);
    }

    /** 13 §: the first övervägande or prövning within six months of the day the care began. */
    private Map<String, Object> place(StepContext ctx, FormValues v) {
        LocalDate date = v.date("placeringsdatum");
        LocalDateRules.notInFuture(date, ctx.today(), "placeringsdatum", "Placeringen verkställdes");
        LocalDate lastDay = deadlines.lastDay(Deadlines.LVU_OMPROVNING, date);
        lvuOf(ctx).place(v.text("placeringsform"), date, lastDay);
        return reviewDates(date, lastDay);
    }

    /** 13 §: the next one at the latest six months after this one. */
    private Map<String, Object> review(StepContext ctx, FormValues v) {
        Lvu lvu = lvuOf(ctx);
        LocalDate date = v.date("beslutsdatum");
        LocalDateRules.notInFuture(date, ctx.today(), "beslutsdatum", "Nämnden beslutade");
        LocalDateRules.notBefore(date, lvu.placementDate(), "beslutsdatum", "Nämnden beslutade", "placeringen");
        reviews.save(new LvuReview(lvu.id(), ctx.caseId(), lvu.careGround().reviewKind(), lvu.nextReviewDate(), date,
                v.text("resultat"), v.text("motivering"), ctx.user().username(), ctx.now()));
        LocalDate nextLastDay = deadlines.lastDay(Deadlines.LVU_OMPROVNING, date);
        lvu.reviewed(nextLastDay);
        return reviewDates(date, nextLastDay);
    }

    private Map<String, Object> endCare(StepContext ctx, FormValues v) {
        Lvu lvu = lvuOf(ctx);
        LocalDateRules.notBefore(v.date("upphorDatum"), lvu.placementDate(), "upphorDatum", "Vården upphör",
                "placeringen");
        lvu.endCare(v.date("upphorDatum"), v.text("skal"), ctx.user().username());
        return Map.of();
    }

    private Map<String, Object> handleFailure(StepContext ctx, FormValues v) {
        LvuLegalFailure failure = failures.findFirstByLvuIdAndHandledAtIsNullOrderByIdAsc(lvuOf(ctx).id())
                .orElseThrow(() -> new CaseRuleException("Det finns ingen ohanterad fristmiss i ärendet."));
        failure.handle(ctx.user().username(), ctx.now(), v.text("atgarder"));
        return Map.of();
    }

    /** The timer wakes the unit when the board's preparation period before the last day begins. */
    private Map<String, Object> reviewDates(LocalDate from, LocalDate lastDay) {
        LocalDate prepare = lastDay.minus(deadlines.rule(Deadlines.LVU_OMPROVNING_UNDERLAG, from).duration());
        return Map.of(REVIEW_DUE, endOf(lastDay),
                REVIEW_PREPARE, Date.from(prepare.atStartOfDay(clock.getZone()).toInstant()));
    }

    private Lvu lvuOf(StepContext ctx) {
        return lvus.findById(ctx.longVariable(LVU_ID)).filter(l -> l.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("LVU-ärendet hör inte till ärendet."));
    }

    private Date endOf(LocalDate lastDay) {
        return ProcessVariables.endOf(lastDay, clock.getZone());
    }

    /** A date after the last day is a missed deadline, recorded by the process's timer, not a late registration. */
    private static void notAfterDeadline(LocalDate date, LocalDate lastDay, String key, String label) {
        if (date != null && lastDay != null && date.isAfter(lastDay)) {
            throw FormRejectedException.field(key, label, "Fristen gick ut " + lastDay
                    + ". Ett datum efter fristen kan inte registreras; omhändertagandet har upphört.");
        }
    }

    private static LocalTime timeOf(Object value) {
        if (value instanceof OffsetTime offset) {
            return offset.toLocalTime();
        }
        return LocalTime.from((TemporalAccessor) value);
    }
}
