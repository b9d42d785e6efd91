package se.kasus.provision;

import java.time.Instant;
import java.time.LocalDate;

import se.kasus.casework.ServiceType;

/** A visit row as shown and exported; {@code replacesId} and {@code supersededBy} link the versions of a visit. */
public record VisitView(long id, long orderId, String providerId, long caseId, long personId,
        ServiceType serviceType, VisitKind kind, VisitStatus status, VisitSource source, String staff,
        Instant plannedStart, Instant plannedStop, Instant performedStart, Instant performedStop,
        Instant cancelledAt, LocalDate deliveryDate, Integer deliveryCount, String period, String externalId,
        Long replacesId, Long adjustsId, Long supersededBy, boolean replaced, String correctionReason,
        String registeredBy, Instant registeredAt) {

    public boolean current() {
        return supersededBy == null;
    }
}
