package se.kasus.provision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.access.AccessControl;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;
import se.kasus.audit.AuditAction;
import se.kasus.audit.AuditEvent;
import se.kasus.audit.AuditLog;
import se.kasus.casework.NotFoundException;
import se.kasus.casework.ServiceOrders;
import se.kasus.registry.PersonService;
import se.kasus.registry.PersonView;

/**
 * Tidrapportering (återrapportering): provider staff report visits and deliveries on their provider's running orders,
 * from the phone or an import; the coordinator corrects them. Every write and read is audited; a visit in a closed
 * month is refused, and a correction of one becomes an adjustment in the next open month.
 */
@Service
public class TimeReporting {

    static final String RESOURCE = "besok";

    private final ServiceOrders orders;
    private final VisitRepository visits;
    private final ProviderAccess providerAccess;
    private final AccessControl access;
    private final AuditLog audit;
    private final Periods periods;
    private final VisitRules rules;
    private final PersonService persons;
    private final Clock clock;

    TimeReporting(ServiceOrders orders, VisitRepository visits, ProviderAccess providerAccess, AccessControl access,
            AuditLog audit, Periods periods, VisitRules rules, PersonService persons, Clock clock) {
        this.orders = orders;
        this.visits = visits;
        this.providerAccess = providerAccess;
        this.access = access;
        this.audit = audit;
        this.periods = periods;
        this.rules = rules;
        this.persons = persons;
        this.clock = clock;
    }

    /** A client on today's list: the order, the name and today's visits, the running one first. */
    public record ClientToday(ServiceOrders.RunningOrder order, String name, String insats, boolean deliveries,
            List<VisitView> visitsToday, VisitView running) {
    }

    /** The phone's start page: every running order of the user's provider today, with today's visits. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public List<ClientToday> today() {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_REPORT, RESOURCE);
        LocalDate today = periods.today();
        List<ServiceOrders.RunningOrder> running = orders.runningForProvider(user.unitId(), YearMonth.from(today))
                .stream().filter(o -> o.runsOn(today)).toList();
        Map<Long, PersonView> people = people(running.stream().map(ServiceOrders.RunningOrder::personId).toList());
        List<ClientToday> list = running.stream().map(o -> clientToday(o, people.get(o.personId()), today, user))
                .sorted(Comparator.comparing(ClientToday::name)).toList();
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE + "/idag", null, null,
                "Dagens besökslista, utförare " + user.unitId() + ": " + list.size() + " beställningar"));
        return list;
    }

    private ClientToday clientToday(ServiceOrders.RunningOrder o, PersonView person, LocalDate today,
            KasusUser user) {
        List<VisitView> todays = visits.findByOrderIdAndSupersededByIsNull(o.orderId()).stream().map(Visit::toView)
                .filter(v -> today.equals(rules.dayOf(v))).sorted(Comparator.comparing(VisitView::id)).toList();
        VisitView running = todays.stream().filter(v -> v.status() == VisitStatus.PAGAR
                && v.staff().equals(user.username())).findFirst().orElse(null);
        return new ClientToday(o, person == null ? "Okänd" : person.fullName(), o.serviceType().label(),
                ErsattningRules.Basis.of(o.serviceType()) == ErsattningRules.Basis.DELIVERY, todays, running);
    }

    /** The phone's start button: a visit running from now, by the logged-in member of staff. */
    @Transactional
    public VisitView start(long orderId) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_REPORT, RESOURCE);
        VisitData data = new VisitData(VisitKind.BESOK, VisitStatus.PAGAR, user.username(), null, null,
                clock.instant(), null, null, null, null, null);
        return create(user, orderId, data, VisitSource.MOBIL);
    }

    /** The phone's stop button on the user's own running visit. */
    @Transactional
    public VisitView stop(long visitId) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_REPORT, RESOURCE);
        Visit visit = ownVisit(user, visitId);
        if (!visit.toView().staff().equals(user.username())) {
            access.refuse(user, RESOURCE + "/" + visitId, visit.toView().personId(), visit.toView().caseId(),
                    "Annan persons pågående besök");
        }
        requireOpen(user.unitId(), YearMonth.parse(visit.period()));
        visit.stop(clock.instant());
        VisitView view = visit.toView();
        auditWrite(user, AuditAction.UPDATE, view, "Besök avslutat (mobil)");
        return view;
    }

    /** A whole visit (start and stop, or a cancellation) or a day's deliveries, reported by provider staff. */
    @Transactional
    public VisitView report(Long orderId, VisitData data) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_REPORT, RESOURCE);
        if (orderId == null) {
            throw new VisitRejectedException("bestallning", "Ange beställningens nummer.");
        }
        return create(user, orderId, data, VisitSource.MOBIL);
    }

    private VisitView create(KasusUser user, long orderId, VisitData data, VisitSource source) {
        ServiceOrders.RunningOrder order = ownOrder(user, orderId);
        VisitData filled = data.staff() == null || data.staff().isBlank() ? withStaff(data, user.username()) : data;
        rules.check(order, filled, null);
        YearMonth month = rules.monthOf(filled);
        requireOpen(order.providerId(), month);
        Visit visit = visits.save(new Visit(filled, order, source, month.toString(), user.username(),
                clock.instant()));
        VisitView view = visit.toView();
        auditWrite(user, AuditAction.CREATE, view, "Besök rapporterat (" + source.label().toLowerCase() + ")");
        return view;
    }

    /**
     * The coordinator's correction: a new version that replaces the old, which stays. If the old one's month is
     * closed, the new version is an adjustment on the next open month and the closed month is left as it was.
     */
    @Transactional
    public VisitView correct(long visitId, VisitData data, String reason) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_CORRECT, RESOURCE);
        if (reason == null || reason.isBlank()) {
            throw new VisitRejectedException("orsak", "Ange orsaken till korrigeringen.");
        }
        if (reason.length() > 1000) {
            throw new VisitRejectedException("orsak", "Orsaken får vara högst 1000 tecken.");
        }
        Visit old = ownVisit(user, visitId);
        if (!old.current()) {
            throw new VisitRejectedException("besok", "Besöket är redan korrigerat; korrigera den senaste versionen (id "
                    + old.toView().supersededBy() + ").");
        }
        ServiceOrders.RunningOrder order = ownOrder(user, old.toView().orderId());
        VisitData filled = data.staff() == null || data.staff().isBlank() ? withStaff(data, old.toView().staff())
                : data;
        rules.check(order, filled, old.id());
        YearMonth oldMonth = YearMonth.parse(old.period());
        boolean oldOpen = !periods.closed(order.providerId(), oldMonth);
        YearMonth month;
        Long adjusts;
        if (oldOpen) {
            month = rules.monthOf(filled);
            requireOpen(order.providerId(), month);
            adjusts = old.adjustsId();
        } else {
            month = periods.nextOpen(order.providerId(), oldMonth);
            adjusts = old.id();
        }
        Visit correction = new Visit(filled.withExternalId(null), order, VisitSource.KORRIGERING, month.toString(),
                user.username(), clock.instant());
        correction.correctionOf(old, adjusts, reason.trim());
        correction = visits.save(correction);
        old.supersede(correction.id(), oldOpen);
        VisitView view = correction.toView();
        auditWrite(user, AuditAction.UPDATE, view, "Korrigering av besök " + visitId
                + (oldOpen ? "" : " (justering i " + month + ", perioden " + oldMonth + " är stängd)"));
        return view;
    }

    /** The provider's visits of a month, every version, for the coordinator's correction page. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public List<NamedVisit> visitsOfMonth(YearMonth month) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_CORRECT, RESOURCE);
        List<VisitView> all = visits.findByProviderIdAndPeriodOrderByIdAsc(user.unitId(), month.toString()).stream()
                .map(Visit::toView).toList();
        Map<Long, PersonView> people = people(all.stream().map(VisitView::personId).toList());
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE + "/" + month, null, null,
                "Besök " + month + ", utförare " + user.unitId() + ": " + all.size() + " rader"));
        return all.stream().map(v -> new NamedVisit(v, name(people.get(v.personId())))).toList();
    }

    /** One visit with its client's name. */
    @Transactional // not read-only: its audit entry is written in the same transaction, on one connection
    public NamedVisit visit(long visitId) {
        KasusUser user = providerAccess.providerUser(Permission.VISIT_CORRECT, RESOURCE);
        VisitView v = ownVisit(user, visitId).toView();
        audit.record(new AuditEvent(user.username(), AuditAction.READ, RESOURCE + "/" + visitId, v.personId(),
                v.caseId(), "Besök för korrigering"));
        return new NamedVisit(v, name(persons.get(v.personId())));
    }

    public record NamedVisit(VisitView visit, String name) {
    }

    /** Writes a checked import: called by {@link VisitImport} once every row passed. */
    VisitView createImported(KasusUser user, ServiceOrders.RunningOrder order, VisitData data) {
        Visit visit = visits.save(new Visit(data, order, VisitSource.IMPORT, rules.monthOf(data).toString(),
                user.username(), clock.instant()));
        VisitView view = visit.toView();
        auditWrite(user, AuditAction.CREATE, view, "Besök importerat, externt id " + data.externalId());
        return view;
    }

    private ServiceOrders.RunningOrder ownOrder(KasusUser user, long orderId) {
        ServiceOrders.RunningOrder order = orders.running(orderId)
                .orElseThrow(() -> new NotFoundException("Beställningen finns inte eller är inte verkställd."));
        providerAccess.requireOwnOrder(user, order, RESOURCE + "/bestallning/" + orderId);
        return order;
    }

    private Visit ownVisit(KasusUser user, long visitId) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("Besöket finns inte."));
        if (!user.belongsTo(visit.toView().providerId())) {
            access.refuse(user, RESOURCE + "/" + visitId, visit.toView().personId(), visit.toView().caseId(),
                    "Annan utförares besök");
        }
        return visit;
    }

    private void requireOpen(String provider, YearMonth month) {
        if (periods.closed(provider, month)) {
            throw periods.closedException(provider, month);
        }
    }

    private void auditWrite(KasusUser user, AuditAction action, VisitView v, String reason) {
        audit.record(new AuditEvent(user.username(), action, RESOURCE + "/" + v.id(), v.personId(), v.caseId(),
                reason));
    }

    private Map<Long, PersonView> people(List<Long> ids) {
        return persons.getAll(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    private static String name(PersonView person) {
        return person == null ? "Okänd" : person.fullName();
    }

    private static VisitData withStaff(VisitData d, String staff) {
        return new VisitData(d.kind(), d.status(), staff, d.plannedStart(), d.plannedStop(), d.performedStart(),
                d.performedStop(), d.cancelledAt(), d.deliveryDate(), d.deliveryCount(), d.externalId());
    }
}
