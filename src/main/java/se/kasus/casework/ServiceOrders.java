package se.kasus.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
    private final OrderChain chain;

    ServiceOrders(EntityManager em, OrderChain chain) {
        this.em = em;
        this.chain = chain;
    }

    /**
     * An order the provider carries out: what it is for, for whom, and the days it runs. {@code to} is the earlier of
     * the decision's end and the day before a change or another provider's order took over ({@code takenOverBy}),
     * or the last day an upphörande gives.
     */
    public record RunningOrder(long orderId, long caseId, long personId, String unitId, String providerId,
            ServiceType serviceType, Integer hoursPerMonth, LocalDate from, LocalDate to, Long takenOverBy) {

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
        List<Object[]> rows = em.createQuery(SELECT + "and o.providerId = :provider order by o.id", Object[].class)
                .setParameter("provider", providerId).getResultList().stream().filter(row -> isRunning(order(row)))
                .toList();
        return views(rows).stream().filter(o -> o.runsIn(month)).toList();
    }

    /** The person's running orders (with any provider, in any unit) that run at some time in the month. */
    @Transactional(readOnly = true)
    public List<RunningOrder> runningForPerson(long personId, YearMonth month) {
        List<Object[]> rows = em.createQuery(SELECT + "and c.personId = :person order by o.id", Object[].class)
                .setParameter("person", personId).getResultList().stream().filter(row -> isRunning(order(row)))
                .toList();
        return views(rows).stream().filter(o -> o.runsIn(month)).toList();
    }

    /** One order, if it is running (whatever the month). */
    @Transactional(readOnly = true)
    public Optional<RunningOrder> running(long orderId) {
        List<Object[]> rows = em.createQuery(SELECT + "and o.id = :id", Object[].class).setParameter("id", orderId)
                .getResultList().stream().filter(row -> isRunning(order(row))).toList();
        return views(rows).stream().findFirst();
    }

    /**
     * THE rule for when an order counts as running, in one place: the provider has accepted it. A rejected or
     * unanswered order was never carried out, and an UPPHÖRANDE order ends an order rather than running itself.
     * Until when it runs is {@link OrderChain}'s rule (a change, another provider or an upphörande ends it).
     */
    static boolean isRunning(ServiceOrderView order) {
        return order.status() == OrderStatus.ACCEPTERAD && order.kind() != OrderKind.UPPHORANDE;
    }

    private static ServiceOrderView order(Object[] row) {
        return ((ServiceOrder) row[0]).toView();
    }

    private List<RunningOrder> views(List<Object[]> rows) {
        Map<Long, OrderChain.End> ends = chain.ends(rows.stream().map(row -> order(row).id()).toList());
        return rows.stream().map(row -> view(row, ends.get(order(row).id()))).toList();
    }

    private static RunningOrder view(Object[] row, OrderChain.End end) {
        ServiceOrderView order = order(row);
        DecisionView decision = ((Decision) row[1]).toView();
        CaseView c = ((CaseRecord) row[2]).toView();
        LocalDate to = decision.validTo();
        if (end != null && (to == null || end.lastDay().isBefore(to))) {
            to = end.lastDay();
        }
        return new RunningOrder(order.id(), c.id(), c.personId(), c.unitId(), order.providerId(),
                decision.serviceType(), decision.hoursPerMonth(), OrderChain.firstDay(order, decision), to,
                end == null ? null : end.takenOverBy());
    }
}
