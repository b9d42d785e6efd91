package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An överklagande of a decision (förvaltningslagen 43–46 §§). */
@Entity
class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long decisionId;
    private LocalDate receivedDate;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    private Boolean inTime;
    private String reconsiderationResult;
    private String motivation;
    private LocalDate forwardedDate;
    private String statement;
    private LocalDate judgmentDate;
    private String judgmentOutcome;
    private String courtCaseNumber;
    private String registeredBy;
    private Instant registeredAt;

    protected Appeal() {
    }

    Appeal(long caseId, long decisionId, LocalDate receivedDate, String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.receivedDate = receivedDate;
        this.status = AppealStatus.RECEIVED;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /**
     * Rättidsprövning (FL 45 §): in time when received on or before the last day of the appeal period. A decision not
     * yet delivered has no running period, so an appeal against it is in time.
     */
    boolean checkTimeliness(LocalDate appealDeadline) {
        if (inTime == null) {
            inTime = appealDeadline == null || !receivedDate.isAfter(appealDeadline);
        }
        return inTime;
    }

    void dismiss(String motivation) {
        this.status = AppealStatus.DISMISSED;
        this.motivation = motivation;
    }

    void reconsider(String result, String motivation) {
        this.reconsiderationResult = result;
        this.motivation = motivation;
        if ("ANDRAS_HELT".equals(result)) {
            this.status = AppealStatus.CHANGED_ON_RECONSIDERATION;
        }
    }

    void forward(LocalDate date, String statement) {
        this.status = AppealStatus.FORWARDED;
        this.forwardedDate = date;
        this.statement = statement;
    }

    void registerJudgment(LocalDate date, String outcome, String courtCaseNumber) {
        this.status = AppealStatus.JUDGED;
        this.judgmentDate = date;
        this.judgmentOutcome = outcome;
        this.courtCaseNumber = courtCaseNumber;
    }

    Long id() { return id; }
    long decisionId() { return decisionId; }
    long caseId() { return caseId; }
    LocalDate receivedDate() { return receivedDate; }

    AppealView toView() {
        return new AppealView(id, caseId, decisionId, receivedDate, status, inTime, reconsiderationResult, motivation,
                forwardedDate, judgmentDate, judgmentOutcome, courtCaseNumber, registeredBy, registeredAt);
    }
}
