package se.kasus.provision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a visit says, as reported from the phone, an import or a correction: for a {@link VisitKind#BESOK} the times,
 * for a {@link VisitKind#LEVERANS} the day and the count.
 */
public record VisitData(VisitKind kind, VisitStatus status, String staff, Instant plannedStart, Instant plannedStop,
        Instant performedStart, Instant performedStop, Instant cancelledAt, LocalDate deliveryDate,
        Integer deliveryCount, String externalId) {

    public static VisitData performed(String staff, Instant start, Instant stop) {
        return new VisitData(VisitKind.BESOK, VisitStatus.UTFORD, staff, null, null, start, stop, null, null, null,
                null);
    }

    public static VisitData delivery(String staff, LocalDate day, int count) {
        return new VisitData(VisitKind.LEVERANS, VisitStatus.UTFORD, staff, null, null, null, null, null, day, count,
                null);
    }

    public static VisitData cancelled(String staff, VisitStatus status, Instant plannedStart, Instant plannedStop,
            Instant cancelledAt) {
        return new VisitData(VisitKind.BESOK, status, staff, plannedStart, plannedStop, null, null, cancelledAt, null,
                null, null);
    }

    public VisitData planned(Instant start, Instant stop) {
        return new VisitData(kind, status, staff, start, stop, performedStart, performedStop, cancelledAt,
                deliveryDate, deliveryCount, externalId);
    }

    public VisitData withExternalId(String id) {
        return new VisitData(kind, status, staff, plannedStart, plannedStop, performedStart, performedStop,
                cancelledAt, deliveryDate, deliveryCount, id);
    }

    /** The interval the visit occupies: performed if done, else planned. */
    Instant from() {
        return performedStart != null ? performedStart : plannedStart;
    }

    Instant to() {
        return performedStart != null ? performedStop : plannedStop;
    }
}
