package se.kasus.provision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import se.kasus.casework.ServiceOrders;
import se.kasus.casework.ServiceType;

/**
 * One reported visit (besök) or one day's meal deliveries on an order. Never overwritten once done: a correction is
 * a new row that {@code replaces} this one; only a visit still running (started on the phone) gets its stop time.
 */
@Entity
class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long orderId;
    private String providerId;
    private long caseId;
    private long personId;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    @Enumerated(EnumType.STRING)
    private VisitKind kind;
    @Enumerated(EnumType.STRING)
    private VisitStatus status;
    @Enumerated(EnumType.STRING)
    private VisitSource source;
    private String staff;
    private Instant plannedStart;
    private Instant plannedStop;
    private Instant performedStart;
    private Instant performedStop;
    private Instant cancelledAt;
    private LocalDate deliveryDate;
    private Integer deliveryCount;
    private String period;
    private String externalId;
    private Long replacesId;
    private Long adjustsId;
    private Long supersededBy;
    private boolean replaced;
    private String correctionReason;
    private String registeredBy;
    private Instant registeredAt;
    @Version
    private int version;

    protected Visit() {
    }

    Visit(VisitData data, ServiceOrders.RunningOrder order, VisitSource source, String period, String registeredBy,
            Instant registeredAt) {
        this.orderId = order.orderId();
        this.providerId = order.providerId();
        this.caseId = order.caseId();
        this.personId = order.personId();
        this.serviceType = order.serviceType();
        this.kind = data.kind();
        this.status = data.status();
        this.source = source;
        this.staff = data.staff();
        this.plannedStart = data.plannedStart();
        this.plannedStop = data.plannedStop();
        this.performedStart = data.performedStart();
        this.performedStop = data.performedStop();
        this.cancelledAt = data.cancelledAt();
        this.deliveryDate = data.deliveryDate();
        this.deliveryCount = data.deliveryCount();
        this.externalId = data.externalId();
        this.period = period;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** The phone's stop button on a visit started earlier. */
    void stop(Instant at) {
        if (status != VisitStatus.PAGAR) {
            throw new VisitRejectedException("status", "Besöket är redan avslutat.");
        }
        performedStop = at;
        status = VisitStatus.UTFORD;
    }

    /** This row is replaced by a correction; {@code inOwnPeriod} when its month was still open. */
    void supersede(long by, boolean inOwnPeriod) {
        supersededBy = by;
        replaced = inOwnPeriod;
    }

    void correctionOf(Visit old, Long adjusts, String reason) {
        this.replacesId = old.id;
        this.adjustsId = adjusts;
        this.correctionReason = reason;
    }

    Long id() {
        return id;
    }

    String period() {
        return period;
    }

    Long adjustsId() {
        return adjustsId;
    }

    boolean current() {
        return supersededBy == null;
    }

    VisitData data() {
        return new VisitData(kind, status, staff, plannedStart, plannedStop, performedStart, performedStop,
                cancelledAt, deliveryDate, deliveryCount, externalId);
    }

    VisitView toView() {
        return new VisitView(id, orderId, providerId, caseId, personId, serviceType, kind, status, source, staff,
                plannedStart, plannedStop, performedStart, performedStop, cancelledAt, deliveryDate, deliveryCount,
                period, externalId, replacesId, adjustsId, supersededBy, replaced, correctionReason, registeredBy,
                registeredAt);
    }
}
