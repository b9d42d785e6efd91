package se.kasus.provision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import se.kasus.casework.ServiceOrders;

/**
 * The rules a reported visit must meet, each broken rule a Swedish message on its field: stop after start, nothing in
 * the future, within the order's days, the right kind of report for the insats, and no overlap with the same staff
 * member's other visits to the same client. A visit across midnight is allowed; pricing splits it.
 */
@Component
class VisitRules {

    static final int MAX_DELIVERIES_PER_DAY = 50;

    private final ErsattningRules config;
    private final VisitRepository visits;
    private final Clock clock;

    VisitRules(ErsattningRules config, VisitRepository visits, Clock clock) {
        this.config = config;
        this.visits = visits;
        this.clock = clock;
    }

    /** A stored visit's interval, for the overlap check of visits not yet stored (an import's other rows). */
    record Occupied(long personId, String staff, Instant from, Instant to) {
    }

    void check(ServiceOrders.RunningOrder order, VisitData data, Long ignoredVisitId) {
        List<VisitRejectedException.Problem> problems = problems(order, data, ignoredVisitId, List.of());
        if (!problems.isEmpty()) {
            throw new VisitRejectedException(problems);
        }
    }

    List<VisitRejectedException.Problem> problems(ServiceOrders.RunningOrder order, VisitData d, Long ignored,
            Collection<Occupied> alsoOccupied) {
        List<VisitRejectedException.Problem> problems = new ArrayList<>();
        if (d.kind() == null || d.status() == null) {
            problems.add(new VisitRejectedException.Problem("status", "Ange vilken sorts rapport det är."));
            return problems;
        }
        if (d.staff() == null || d.staff().isBlank() || d.staff().length() > 100) {
            problems.add(new VisitRejectedException.Problem("personal", "Ange personal (högst 100 tecken)."));
        }
        ErsattningRules.Basis basis = ErsattningRules.Basis.of(order.serviceType());
        if (d.kind() == VisitKind.LEVERANS) {
            if (basis != ErsattningRules.Basis.DELIVERY) {
                problems.add(new VisitRejectedException.Problem("antal", order.serviceType().label()
                        + " rapporteras inte som leveranser."));
            }
            deliveryProblems(order, d, problems);
            return problems;
        }
        if (basis != ErsattningRules.Basis.TIME) {
            problems.add(new VisitRejectedException.Problem("start", order.serviceType().label()
                    + (basis == ErsattningRules.Basis.DELIVERY ? " rapporteras som antal leveranser per dag."
                            : " ersätts per dygn och rapporteras inte som besök.")));
            return problems;
        }
        switch (d.status()) {
            case PAGAR -> {
                require(d.performedStart(), "start", "Ange starttid.", problems);
            }
            case UTFORD -> {
                require(d.performedStart(), "start", "Ange starttid.", problems);
                require(d.performedStop(), "slut", "Ange sluttid.", problems);
            }
            case INSTALLD_AV_KUND, INSTALLD_AV_UTFORARE -> {
                require(d.plannedStart(), "planeradStart", "Ett inställt besök behöver planerad start.", problems);
                require(d.plannedStop(), "planeradSlut", "Ett inställt besök behöver planerat slut.", problems);
                require(d.cancelledAt(), "avbokad", "Ange när besöket ställdes in.", problems);
                if (d.performedStart() != null) {
                    problems.add(new VisitRejectedException.Problem("start",
                            "Ett inställt besök har ingen utförd tid."));
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        timeProblems(order, d, problems);
        if (problems.isEmpty() && d.performedStart() != null) {
            overlap(order.personId(), d, ignored, alsoOccupied, problems);
        }
        return problems;
    }

    private void timeProblems(ServiceOrders.RunningOrder order, VisitData d, List<VisitRejectedException.Problem> p) {
        Instant now = clock.instant();
        if (d.plannedStart() != null && d.plannedStop() != null && !d.plannedStop().isAfter(d.plannedStart())) {
            p.add(new VisitRejectedException.Problem("planeradSlut", "Planerat slut måste vara efter planerad start."));
        }
        if (d.performedStart() != null && d.performedStop() != null
                && !d.performedStop().isAfter(d.performedStart())) {
            p.add(new VisitRejectedException.Problem("slut", "Sluttiden måste vara efter starttiden."));
        }
        if (d.performedStart() != null && d.performedStart().isAfter(now)
                || d.performedStop() != null && d.performedStop().isAfter(now)) {
            p.add(new VisitRejectedException.Problem("slut", "Ett besök kan inte rapporteras i förväg."));
        }
        if (d.cancelledAt() != null && d.cancelledAt().isAfter(now)) {
            p.add(new VisitRejectedException.Problem("avbokad", "Avbokningstiden kan inte ligga i framtiden."));
        }
        Instant from = d.from();
        Instant to = d.to() == null ? from : d.to();
        if (!order.runsOn(day(from)) || !order.runsOn(day(to))) {
            p.add(new VisitRejectedException.Problem("start", outside(order, day(to))));
        }
    }

    private void deliveryProblems(ServiceOrders.RunningOrder order, VisitData d,
            List<VisitRejectedException.Problem> p) {
        if (d.deliveryDate() == null) {
            p.add(new VisitRejectedException.Problem("datum", "Ange leveransdag."));
        } else if (d.deliveryDate().isAfter(LocalDate.now(clock.withZone(config.zone())))) {
            p.add(new VisitRejectedException.Problem("datum", "En leverans kan inte rapporteras i förväg."));
        } else if (!order.runsOn(d.deliveryDate())) {
            p.add(new VisitRejectedException.Problem("datum", outside(order, d.deliveryDate())));
        }
        if (d.deliveryCount() == null || d.deliveryCount() < 1 || d.deliveryCount() > MAX_DELIVERIES_PER_DAY) {
            p.add(new VisitRejectedException.Problem("antal", "Antal leveranser ska vara 1–" + MAX_DELIVERIES_PER_DAY
                    + "."));
        }
    }

    /**
     * Refused rather than moved to the order that took over: the provider reports on the order that runs that day,
     * which may be another provider's, so Kasus never guesses.
     */
    static String outside(ServiceOrders.RunningOrder order, LocalDate day) {
        if (order.takenOverBy() != null && order.to() != null && day.isAfter(order.to())) {
            return "Beställningen gällde till och med " + order.to() + ". Från " + order.to().plusDays(1)
                    + " gäller beställning " + order.takenOverBy() + " (ändring eller ny utförare): rapportera"
                    + " besöket på den.";
        }
        return "Besöket ligger utanför beställningens giltighet (" + order.from() + " – "
                + (order.to() == null ? "tills vidare" : order.to()) + ").";
    }

    /** The same staff member cannot be with the same client twice at once; a cancelled visit occupies nobody. */
    private void overlap(long personId, VisitData d, Long ignored, Collection<Occupied> alsoOccupied,
            List<VisitRejectedException.Problem> p) {
        Instant from = d.performedStart();
        Instant to = d.performedStop() == null ? Instant.MAX : d.performedStop();
        List<Occupied> occupied = new ArrayList<>(alsoOccupied);
        visits.findByPersonIdAndStaffAndSupersededByIsNull(personId, d.staff()).stream()
                .filter(v -> !Objects.equals(v.id(), ignored)).map(Visit::toView)
                .filter(v -> v.kind() == VisitKind.BESOK && v.performedStart() != null)
                .forEach(v -> occupied.add(new Occupied(personId, v.staff(), v.performedStart(),
                        v.performedStop() == null ? Instant.MAX : v.performedStop())));
        boolean clash = occupied.stream().filter(o -> o.personId() == personId && o.staff().equals(d.staff()))
                .anyMatch(o -> o.from().isBefore(to) && from.isBefore(o.to()));
        if (clash) {
            p.add(new VisitRejectedException.Problem("start",
                    "Besöket överlappar ett annat besök av samma personal hos samma kund."));
        }
    }

    private static void require(Object value, String field, String message, List<VisitRejectedException.Problem> p) {
        if (value == null) {
            p.add(new VisitRejectedException.Problem(field, message));
        }
    }

    LocalDate day(Instant instant) {
        return instant.atZone(config.zone()).toLocalDate();
    }

    /** The month a visit belongs to: the day it starts (or was planned to start), or the delivery day. */
    YearMonth monthOf(VisitData d) {
        return d.kind() == VisitKind.LEVERANS ? YearMonth.from(d.deliveryDate()) : YearMonth.from(day(d.from()));
    }

    LocalDate dayOf(VisitView v) {
        if (v.kind() == VisitKind.LEVERANS) {
            return v.deliveryDate();
        }
        return day(v.performedStart() != null ? v.performedStart() : v.plannedStart());
    }
}
