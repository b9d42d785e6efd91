package se.kasus.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;

/**
 * When a case closes, every insats a provider accepted gets an UPPHÖRANDE order, so the provider learns that the
 * insats ends and must acknowledge it. Idempotent: an order already terminated is not terminated again.
 */
@Component
class OrderTerminations {

    private final ServiceOrderRepository orders;
    private final ProviderTerms terms;
    private final AuditLog audit;
    private final Clock clock;

    OrderTerminations(ServiceOrderRepository orders, ProviderTerms terms, AuditLog audit, Clock clock) {
        this.orders = orders;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    void terminateAcceptedOrders(CaseRecord caseRecord) {
        Instant now = clock.instant();
        List<ServiceOrder> running = orders.findByCaseIdInOrderByIdDesc(List.of(caseRecord.id())).stream()
                .filter(o -> o.status() == OrderStatus.ACCEPTERAD && o.kind() != OrderKind.UPPHORANDE)
                .filter(o -> !orders.existsByPreviousOrderIdAndOrderKind(o.id(), OrderKind.UPPHORANDE)).toList();
        for (ServiceOrder order : running) {
            ServiceOrder termination = orders.save(order.termination(LocalDate.now(clock), now,
                    terms.answerDeadline(now, clock.getZone())));
            audit.record(new AuditEvent(ProcessDelegates.SYSTEM, AuditAction.CREATE, "bestallning",
                    caseRecord.personId(), caseRecord.id(), "Upphörande skickat till utföraren " + termination.id()));
        }
    }
}
