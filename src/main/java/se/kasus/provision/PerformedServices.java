package se.kasus.provision;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kasus.casework.ServiceOrders;
import se.kasus.casework.ServiceType;

/**
 * Read API: what a person was given in a month according to the attested time reporting, for the fee module
 * (avgiftsgrund UTFORD_TID). Performed minutes are the real time of visits the provider performed (not the rounded,
 * billable minutes the provider is paid for, and not a late cancellation the provider is paid for); deliveries are
 * counted. Only months the municipality has attested for that provider count. A correction made after its month
 * was closed counts in the month it lands in (as in the ersättningsunderlag: new minus old), never in the closed
 * month. Like {@code ServiceOrders}, it does no access control and no audit: the caller checks and logs.
 */
@Service
public class PerformedServices {

    private final VisitRepository visits;
    private final Periods periods;
    private final ServiceOrders orders;

    PerformedServices(VisitRepository visits, Periods periods, ServiceOrders orders) {
        this.visits = visits;
        this.periods = periods;
        this.orders = orders;
    }

    /** Performed minutes and deliveries of one insats (one case) with one provider in the month. */
    public record Performed(long caseId, String providerId, ServiceType serviceType, long minutes, long deliveries) {
    }

    /** A provider whose month is not attested although it reported, or had an order running, for the person. */
    public record Unattested(long caseId, String providerId, ServiceType serviceType) {
    }

    /** The person's attested performance in the month, and what is still missing an attest. */
    public record PersonMonth(YearMonth month, List<Performed> performed, List<Unattested> unattested) {
    }

    @Transactional(readOnly = true)
    public PersonMonth of(long personId, YearMonth month) {
        Map<String, long[]> sums = new LinkedHashMap<>(); // key case|provider|type -> minutes, deliveries
        Set<Unattested> unattested = new LinkedHashSet<>();
        Map<String, Boolean> attested = new HashMap<>(); // one lookup per provider, not per visit
        for (Visit visit : visits.findByPersonIdAndPeriodOrderByIdAsc(personId, month.toString())) {
            VisitView v = visit.toView();
            if (v.replaced()) {
                continue; // corrected while its month was open: the correction counts instead
            }
            if (!attested.computeIfAbsent(v.providerId(), p -> periods.attestation(p, month).isPresent())) {
                unattested.add(new Unattested(v.caseId(), v.providerId(), v.serviceType()));
                continue;
            }
            long[] sum = sums.computeIfAbsent(v.caseId() + "|" + v.providerId() + "|" + v.serviceType(),
                    k -> new long[2]);
            long[] given = given(v);
            if (v.adjustsId() != null) {
                long[] before = given(visits.findById(v.adjustsId()).orElseThrow().toView());
                given = new long[] { given[0] - before[0], given[1] - before[1] };
            }
            sum[0] += given[0];
            sum[1] += given[1];
        }
        for (ServiceOrders.RunningOrder order : orders.runningForPerson(personId, month)) {
            if (!attested.computeIfAbsent(order.providerId(), p -> periods.attestation(p, month).isPresent())) {
                unattested.add(new Unattested(order.caseId(), order.providerId(), order.serviceType()));
            }
        }
        List<Performed> performed = new ArrayList<>();
        sums.forEach((key, sum) -> {
            String[] parts = key.split("\\|");
            performed.add(new Performed(Long.parseLong(parts[0]), parts[1], ServiceType.valueOf(parts[2]), sum[0],
                    sum[1]));
        });
        return new PersonMonth(month, performed, List.copyOf(unattested));
    }

    /** Minutes performed and deliveries made; a cancelled or still running visit gave nothing. */
    private static long[] given(VisitView v) {
        if (v.kind() == VisitKind.LEVERANS) {
            return new long[] { 0, v.deliveryCount() == null ? 0 : v.deliveryCount() };
        }
        if (v.status() != VisitStatus.UTFORD || v.performedStart() == null || v.performedStop() == null) {
            return new long[] { 0, 0 };
        }
        return new long[] { Duration.between(v.performedStart(), v.performedStop()).toMinutes(), 0 };
    }
}
