package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.APPEAL_ID;
import static se.kasus.casework.ProcessVariables.DECISION_ID;
import static se.kasus.casework.ProcessVariables.FOLLOW_UP_RESULT;
import static se.kasus.casework.ProcessVariables.RECONSIDERATION;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Uppföljning, and the authority's part of an överklagande (förvaltningslagen 45–46 §§). */
@Component
class FollowUpAndAppealSteps implements StepGroup {

    private final FollowUpRepository followUps;
    private final AppealRepository appeals;

    FollowUpAndAppealSteps(FollowUpRepository followUps, AppealRepository appeals) {
        this.followUps = followUps;
        this.appeals = appeals;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of("Task_FoljaUpp", this::followUp),
                TaskStep.of("Task_AvvisaOverklagande", this::dismiss),
                TaskStep.of("Task_Omprova", this::reconsider),
                TaskStep.of("Task_OverlamnaTillDomstol", this::forward),
                TaskStep.of("Task_RegistreraDom", this::registerJudgment));
    }

    private Map<String, Object> followUp(StepContext ctx, FormValues v) {
        String result = v.text("resultat");
        followUps.save(new FollowUp(ctx.caseId(), ctx.longVariable(DECISION_ID), v.text("anteckning"), result,
                ctx.user().username(), ctx.now()));
        return Map.of(FOLLOW_UP_RESULT, result);
    }

    private Map<String, Object> dismiss(StepContext ctx, FormValues v) {
        appeal(ctx).dismiss(v.text("motivering"));
        return Map.of();
    }

    private Map<String, Object> reconsider(StepContext ctx, FormValues v) {
        String result = v.text("omprovningResultat");
        appeal(ctx).reconsider(result, v.text("motivering"));
        return Map.of(RECONSIDERATION, result);
    }

    private Map<String, Object> forward(StepContext ctx, FormValues v) {
        Appeal appeal = appeal(ctx);
        LocalDateRules.notInFuture(v.date("overlamnatDatum"), ctx.today(), "overlamnatDatum", "Överlämnat");
        LocalDateRules.notBefore(v.date("overlamnatDatum"), appeal.receivedDate(), "overlamnatDatum", "Överlämnat",
                "överklagandet kom in");
        appeal.forward(v.date("overlamnatDatum"), v.text("yttrande"));
        return Map.of();
    }

    private Map<String, Object> registerJudgment(StepContext ctx, FormValues v) {
        LocalDateRules.notInFuture(v.date("domsdatum"), ctx.today(), "domsdatum", "Domen meddelades");
        appeal(ctx).registerJudgment(v.date("domsdatum"), v.text("domUtfall"), v.text("malnummer"));
        return Map.of();
    }

    private Appeal appeal(StepContext ctx) {
        return appeals.findById(ctx.longVariable(APPEAL_ID)).filter(a -> a.caseId() == ctx.caseId())
                .orElseThrow(() -> new CaseRuleException("Överklagandet hör inte till ärendet."));
    }
}
