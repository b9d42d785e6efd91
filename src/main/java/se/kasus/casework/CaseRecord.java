package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ärende: one application for one person, handled by one unit, driven by one process. */
@Entity
@Table(name = "kasus_case")
class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    private String unitId;
    @Enumerated(EnumType.STRING)
    private CaseType caseType;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String processKey;
    private LocalDate receivedDate;
    @Enumerated(EnumType.STRING)
    private ServiceType requestedService;
    private String applicationText;
    private String responsible;
    private Instant openedAt;
    private Instant closedAt;

    protected CaseRecord() {
    }

    CaseRecord(long personId, String unitId, CaseType caseType, LocalDate receivedDate, ServiceType requestedService,
            String applicationText, String responsible, Instant openedAt) {
        this.personId = personId;
        this.unitId = unitId;
        this.caseType = caseType;
        this.processKey = caseType.processKey();
        this.status = CaseStatus.OPEN;
        this.receivedDate = receivedDate;
        this.requestedService = requestedService;
        this.applicationText = applicationText;
        this.responsible = responsible;
        this.openedAt = openedAt;
    }

    /** Idempotent, because the engine may retry the delegate that calls it. */
    void close(Instant at) {
        if (status != CaseStatus.CLOSED) {
            status = CaseStatus.CLOSED;
            closedAt = at;
        }
    }

    Long id() { return id; }
    long personId() { return personId; }
    String unitId() { return unitId; }
    CaseType caseType() { return caseType; }
    CaseStatus status() { return status; }
    LocalDate receivedDate() { return receivedDate; }

    CaseView toView() {
        return new CaseView(id, personId, unitId, caseType, status, receivedDate, requestedService, applicationText,
                responsible, openedAt, closedAt);
    }
}
