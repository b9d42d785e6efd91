package se.kasus.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * How orders follow one another (previousOrderId), in one place: an accepted ÄNDRING, or an accepted NY to another
 * provider, takes over from the order it follows on its first day; an UPPHÖRANDE ends it on its date. So time
 * reporting, reimbursement and the next change all see exactly one running order per insats and day.
 */
@Component
class OrderChain {

    private static final int CHUNK = 500;

    private final ServiceOrderRepository orders;
    private final DecisionRepository decisions;

    OrderChain(ServiceOrderRepository orders, DecisionRepository decisions) {
        this.orders = orders;
        this.decisions = decisions;
    }

    /** Where an order ends because another followed it: its last day and the order that took over (if any). */
    record End(LocalDate lastDay, Long takenOverBy) {
    }

    /**
     * The first day an order is carried out: the registered start, else the provider's accepted start, else the
     * requested one; never before its decision applies. The predecessor's last day is the day before, by the same rule.
     */
    static LocalDate firstDay(ServiceOrderView order, DecisionView decision) {
        LocalDate from = order.startedDate() != null ? order.startedDate()
                : order.plannedStart() != null ? order.plannedStart() : order.requestedStart();
        return decision.validFrom() != null && decision.validFrom().isAfter(from) ? decision.validFrom() : from;
    }

    /** The ends of the given orders that something followed; orders nothing ended are absent. */
    Map<Long, End> ends(Collection<Long> orderIds) {
        List<Long> ids = new ArrayList<>(orderIds);
        List<ServiceOrder> followers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            followers.addAll(orders.findByPreviousOrderIdIn(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        Map<Long, DecisionView> decisionOf = decisions.findAllById(followers.stream().map(ServiceOrder::decisionId)
                .distinct().toList()).stream().map(Decision::toView)
                .collect(Collectors.toMap(DecisionView::id, Function.identity()));
        Map<Long, End> ends = new HashMap<>();
        for (ServiceOrder follower : followers) {
            End end = endBy(follower, decisionOf.get(follower.decisionId()));
            if (end != null) {
                ends.merge(follower.previousOrderId(), end,
                        (a, b) -> a.lastDay().isAfter(b.lastDay()) ? b : a); // the earliest end holds
            }
        }
        return ends;
    }

    Optional<End> end(long orderId) {
        return Optional.ofNullable(ends(List.of(orderId)).get(orderId));
    }

    private static End endBy(ServiceOrder follower, DecisionView decision) {
        if (follower.kind() == OrderKind.UPPHORANDE) {
            return new End(follower.toView().requestedStart(), null); // holds whether or not it was acknowledged
        }
        if (follower.carriesOut()) {
            return new End(firstDay(follower.toView(), decision).minusDays(1), follower.id());
        }
        return null; // a follower that was rejected or never answered ends nothing
    }

    /** The case's order that is carried out now and that nothing has ended or taken over: the one a change changes. */
    Optional<ServiceOrder> runningOrderOfCase(long caseId) {
        List<ServiceOrder> carried = orders.findByCaseIdInOrderByIdDesc(List.of(caseId)).stream()
                .filter(ServiceOrder::carriesOut).toList();
        Map<Long, End> ends = ends(carried.stream().map(ServiceOrder::id).toList());
        return carried.stream().filter(o -> !ends.containsKey(o.id())).max(Comparator.comparing(ServiceOrder::id));
    }
}
