package se.kasus.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read API over sent orders (beställningar) for the provider side (time reporting, reimbursement). It does no access
 * control and no audit logging: the caller (the provision module) does both. Additive: it reads the casework tables
 * but changes nothing.
 */
@Service
public class ServiceOrders {

    private static final String SELECT = "select o, d, c from ServiceOrder o, Decision d, CaseRecord c "
            + "where d.id = o.decisionId and c.id = o.caseId ";

    private final EntityManager em;

    ServiceOrders(EntityManager em) {
        this.em = em;
    }

    /** An order the provider carries out: what it is for, for whom, and the days it runs. */
    public record RunningOrder(long orderId, long caseId, long personId, String unitId, String providerId,
            ServiceType serviceType, Integer hoursPerMonth, LocalDate from, LocalDate to) {

        /** Whether the order runs on that day (from and to inclusive; no end date means it runs on). */
        public boolean runsOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        public boolean runsIn(YearMonth month) {
            return !month.atEndOfMonth().isBefore(from) && (to == null || !month.atDay(1).isAfter(to));
        }
    }

    /** The provider's orders that run at some time in the month, by order id. */
    @Transactional(readOnly = true)
    public List<RunningOrder> runningForProvider(String providerId, YearMonth month) {
        return em.createQuery(SELECT + "and o.providerId = :provider order by o.id", Object[].class)
                .setParameter("provider", providerId).getResultList().stream()
                .filter(row -> isRunning(order(row))).map(ServiceOrders::view)
                .filter(o -> o.runsIn(month)).toList();
    }

    /** One order, if it is running (whatever the month). */
    @Transactional(readOnly = true)
    public Optional<RunningOrder> running(long orderId) {
        return em.createQuery(SELECT + "and o.id = :id", Object[].class).setParameter("id", orderId)
                .getResultList().stream().filter(row -> isRunning(order(row))).map(ServiceOrders::view).findFirst();
    }

    /**
     * THE rule for when an order counts as running, in one place: the provider has accepted it. A rejected or
     * unanswered order was never carried out, and an UPPHÖRANDE order ends an order rather than running itself.
     */
    static boolean isRunning(ServiceOrderView order) {
        return order.status() == OrderStatus.ACCEPTERAD && order.kind() != OrderKind.UPPHORANDE;
    }

    private static ServiceOrderView order(Object[] row) {
        return ((ServiceOrder) row[0]).toView();
    }

    private static RunningOrder view(Object[] row) {
        ServiceOrderView order = order(row);
        DecisionView decision = ((Decision) row[1]).toView();
        CaseView c = ((CaseRecord) row[2]).toView();
        LocalDate from = order.startedDate() != null ? order.startedDate() : order.requestedStart();
        if (decision.validFrom() != null && decision.validFrom().isAfter(from)) {
            from = decision.validFrom();
        }
        return new RunningOrder(order.id(), c.id(), c.personId(), c.unitId(), order.providerId(),
                decision.serviceType(), decision.hoursPerMonth(), from, decision.validTo());
    }
}
