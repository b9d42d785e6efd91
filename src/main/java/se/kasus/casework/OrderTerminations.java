package se.kasus.casework;

import static se.kasus.casework.ProcessVariables.CASE_ID;
import static se.kasus.casework.ProcessVariables.ORDER_ANSWER_DUE;
import static se.kasus.casework.ProcessVariables.ORDER_ID;
import static se.kasus.casework.ProcessVariables.PROVIDER_ID;
import static se.kasus.casework.ProcessVariables.TERMINATION_PROCESS;
import static se.kasus.casework.ProcessVariables.UNIT_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.engine.Workflow;

/**
 * UPPHÖRANDE orders: when a case closes, every insats still carried out ends; when another provider takes over an
 * insats, the old provider's order ends the day before. Each upphörande starts {@code gemensam-upphorande}, where the
 * provider must acknowledge it within the answer time or the unit is told. Idempotent: an order something already
 * ended is not terminated again.
 */
@Component
class OrderTerminations {

    private final ServiceOrderRepository orders;
    private final CaseRepository cases;
    private final OrderChain chain;
    private final ProviderTerms terms;
    private final Workflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    OrderTerminations(ServiceOrderRepository orders, CaseRepository cases, OrderChain chain, ProviderTerms terms,
            Workflow workflow, AuditLog audit, Clock clock) {
        this.orders = orders;
        this.cases = cases;
        this.chain = chain;
        this.terms = terms;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    void terminateAcceptedOrders(CaseRecord caseRecord) {
        List<ServiceOrder> carried = orders.findByCaseIdInOrderByIdDesc(List.of(caseRecord.id())).stream()
                .filter(ServiceOrder::carriesOut).toList();
        var ended = chain.ends(carried.stream().map(ServiceOrder::id).toList());
        for (ServiceOrder order : carried) {
            if (!ended.containsKey(order.id())) {
                terminate(order, LocalDate.now(clock), "ärendet är avslutat efter uppföljning.");
            }
        }
    }

    /** The insats ends with this provider after {@code lastDay}; the provider acknowledges in its own process. */
    ServiceOrder terminate(ServiceOrder order, LocalDate lastDay, String why) {
        CaseRecord caseRecord = cases.findById(order.caseId()).orElseThrow();
        Instant now = clock.instant();
        Instant due = terms.answerDeadline(now, clock.getZone());
        ServiceOrder termination = orders.save(order.termination(lastDay, why, now, due));
        workflow.start(TERMINATION_PROCESS, caseRecord.id(), Map.of(CASE_ID, caseRecord.id(), UNIT_ID,
                caseRecord.unitId(), PROVIDER_ID, termination.providerId(), ORDER_ID, termination.id(),
                ORDER_ANSWER_DUE, Date.from(due)));
        audit.record(new AuditEvent(ProcessDelegates.SYSTEM, AuditAction.CREATE, "bestallning",
                caseRecord.personId(), caseRecord.id(), "Upphörande skickat till utföraren " + termination.id()));
        return termination;
    }
}
