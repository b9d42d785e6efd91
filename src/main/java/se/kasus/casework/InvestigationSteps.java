package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.COMMUNICATED;
import static se.kasus.casework.ProcessVariables.NEEDS_SUPPLEMENT;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Utredning and komplettering (SoL 14 kap. 2 §). */
@Component
class InvestigationSteps implements StepGroup {

    private final InvestigationRepository investigations;
    private final SupplementRepository supplements;

    InvestigationSteps(InvestigationRepository investigations, SupplementRepository supplements) {
        this.investigations = investigations;
        this.supplements = supplements;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of("Task_Utreda", this::investigate),
                TaskStep.of("Task_InhamtaKomplettering", this::registerSupplement));
    }

    private Map<String, Object> investigate(StepContext ctx, FormValues v) {
        boolean needsSupplement = v.flag("behoverKomplettering");
        var needs = new Investigation.Needs(v.text("behovPersonligOmvardnad"), v.text("behovHushall"),
                v.text("behovHalsa"), v.text("behovSocialt"), v.text("behovBoende"));
        investigations.save(new Investigation(ctx.caseId(), v.choice("ansoktInsats", ServiceType.class), needs,
                v.text("enskildesUppfattning"), v.text("bedomning"),
                needsSupplement ? v.text("kompletteringAvser") : null, ctx.user().username(), ctx.now()));
        // A new investigation starts a new round: its proposal is communicated afresh if it goes against the party.
        return Map.of(NEEDS_SUPPLEMENT, needsSupplement, COMMUNICATED, false);
    }

    private Map<String, Object> registerSupplement(StepContext ctx, FormValues v) {
        LocalDateRules.notInFuture(v.date("kompletteringInkom"), ctx.today(), "kompletteringInkom", "Komplettering inkom");
        supplements.save(new Supplement(ctx.caseId(), v.date("kompletteringInkom"), v.text("kompletteringBeskrivning"),
                ctx.user().username(), ctx.now()));
        return Map.of();
    }
}
