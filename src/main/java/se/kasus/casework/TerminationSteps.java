package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.ORDER_ID;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * {@code gemensam-upphorande}: the provider acknowledges an upphörande (through {@link ProviderWork}), or, after the
 * answer time, the handläggare or enhetschef notes how the provider was reached.
 */
@Component
class TerminationSteps implements StepGroup {

    static final String ACKNOWLEDGE_TASK = "Task_KvitteraUpphorande";

    private final ServiceOrderRepository orders;

    TerminationSteps(ServiceOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public List<TaskStep> steps() {
        return List.of(TaskStep.of(ACKNOWLEDGE_TASK, this::acknowledge),
                TaskStep.of("Task_UpphorandeEjKvitterat", this::escalated));
    }

    private Map<String, Object> acknowledge(StepContext ctx, FormValues v) {
        if (!"ACCEPTERA".equals(v.text("svar"))) {
            throw FormRejectedException.field("svar", "Svar", "Ett upphörande kan inte avvisas; kvittera det.");
        }
        ServiceOrder order = termination(ctx);
        order.accept(ctx.user().username(), ctx.now(), order.toView().requestedStart());
        return Map.of();
    }

    private Map<String, Object> escalated(StepContext ctx, FormValues v) {
        termination(ctx).expire(v.text("atgard"));
        return Map.of();
    }

    private ServiceOrder termination(StepContext ctx) {
        return orders.findById(ctx.longVariable(ORDER_ID))
                .filter(o -> o.caseId() == ctx.caseId() && o.kind() == OrderKind.UPPHORANDE)
                .orElseThrow(() -> new CaseRuleException("Upphörandet hör inte till ärendet."));
    }
}
