package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One LVU of a case, from the 6 § decision or the ansökan to the end of the care. Each step of the {@code barn-lvu}
 * process fills in its own fields; every method checks that the record stands where the law's order puts that step,
 * so a step can never write out of order even if someone gets past the process.
 */
@Entity
class Lvu {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String unitId;
    @Enumerated(EnumType.STRING)
    private LvuStart startedAs;
    @Enumerated(EnumType.STRING)
    private LvuStatus status;
    private Instant startedAt;
    @Enumerated(EnumType.STRING)
    private LvuGround emergencyGround;
    private String emergencyReasons;
    private Instant emergencyDecidedAt;
    private String emergencyDecidedBy;
    private LocalDate submissionDeadline;
    private LocalDate submittedDate;
    private LocalDate courtRulingDate;
    private Boolean courtUpheld;
    private String courtCaseNumber;
    private LocalDate applicationDeadline;
    private LocalDate extensionGrantedDate;
    private int extensionCount;
    private LocalDate applicationDate;
    @Enumerated(EnumType.STRING)
    private LvuGround applicationGround;
    private String applicationReasons;
    private String applicationBy;
    private LocalDate judgmentDate;
    private String judgmentCaseNumber;
    private Boolean judgmentGranted;
    private String placementType;
    private LocalDate placementDate;
    private LocalDate nextReviewDate;
    private LocalDate endedDate;
    private String endedReason;
    private String endedBy;

    protected Lvu() {
    }

    Lvu(long caseId, String unitId, LvuStart startedAs, Instant startedAt) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.startedAs = startedAs;
        this.startedAt = startedAt;
        this.status = LvuStatus.INLEDD;
    }

    void decideEmergency(LvuGround ground, String reasons, Instant decidedAt, String decidedBy,
            LocalDate submissionLastDay, LocalDate applicationLastDay) {
        require(startedAs == LvuStart.OMEDELBART && status == LvuStatus.INLEDD,
                "Ett omedelbart omhändertagande kan bara beslutas när LVU inleds med ett sådant.");
        this.emergencyGround = ground;
        this.emergencyReasons = reasons;
        this.emergencyDecidedAt = decidedAt;
        this.emergencyDecidedBy = decidedBy;
        this.submissionDeadline = submissionLastDay;
        this.applicationDeadline = applicationLastDay;
        this.status = LvuStatus.OMHANDERTAGEN;
    }

    void submitToCourt(LocalDate date) {
        require(status == LvuStatus.OMHANDERTAGEN, "Det finns inget beslut om omedelbart omhändertagande att underställa.");
        this.submittedDate = date;
        this.status = LvuStatus.UNDERSTALLD;
    }

    void registerCourtRuling(LocalDate date, String caseNumber, boolean upheld, String by) {
        require(status == LvuStatus.UNDERSTALLD, "Omhändertagandet är inte underställt förvaltningsrätten.");
        this.courtRulingDate = date;
        this.courtCaseNumber = caseNumber;
        this.courtUpheld = upheld;
        if (upheld) {
            this.status = LvuStatus.OMHANDERTAGANDE_BESTAR;
        } else {
            end(LvuStatus.AVSLUTAD_AV_RATTEN, date, "Förvaltningsrätten upphävde omhändertagandet", by);
        }
    }

    void extendApplicationDeadline(LocalDate grantedOn, LocalDate newLastDay) {
        require(status == LvuStatus.OMHANDERTAGANDE_BESTAR, "Det finns ingen ansökningsfrist att förlänga.");
        this.extensionGrantedDate = grantedOn;
        this.applicationDeadline = newLastDay;
        this.extensionCount++;
    }

    void apply(LocalDate date, LvuGround ground, String reasons, String by) {
        boolean afterEmergency = startedAs == LvuStart.OMEDELBART && status == LvuStatus.OMHANDERTAGANDE_BESTAR;
        boolean afterInvestigation = startedAs == LvuStart.ANSOKAN && status == LvuStatus.INLEDD;
        require(afterEmergency || afterInvestigation,
                "Ansökan om vård kan inte göras nu: ett omedelbart omhändertagande ska först beslutas och bestå.");
        this.applicationDate = date;
        this.applicationGround = ground;
        this.applicationReasons = reasons;
        this.applicationBy = by;
        this.status = LvuStatus.ANSOKAN_INLAMNAD;
    }

    void registerJudgment(LocalDate date, String caseNumber, boolean granted, String by) {
        require(status == LvuStatus.ANSOKAN_INLAMNAD, "Det finns ingen ansökan om vård som rätten kan ha dömt i.");
        this.judgmentDate = date;
        this.judgmentCaseNumber = caseNumber;
        this.judgmentGranted = granted;
        if (granted) {
            this.status = LvuStatus.VARD_BESLUTAD;
        } else {
            end(LvuStatus.AVSLUTAD_AV_RATTEN, date, "Förvaltningsrätten avslog ansökan om vård", by);
        }
    }

    void place(String type, LocalDate date, LocalDate firstReviewLastDay) {
        require(status == LvuStatus.VARD_BESLUTAD, "Vård enligt LVU är inte beslutad av förvaltningsrätten.");
        this.placementType = type;
        this.placementDate = date;
        this.nextReviewDate = firstReviewLastDay;
        this.status = LvuStatus.VARD_PAGAR;
    }

    void reviewed(LocalDate nextLastDay) {
        require(status == LvuStatus.VARD_PAGAR, "Vården pågår inte.");
        this.nextReviewDate = nextLastDay;
    }

    void endCare(LocalDate date, String reasons, String by) {
        require(status == LvuStatus.VARD_PAGAR, "Vården pågår inte.");
        end(LvuStatus.UPPHORT_21, date, reasons, by);
        this.nextReviewDate = null;
    }

    /** Idempotent, because the engine may retry the delegate that calls it. */
    boolean lapse(LocalDate date, String reason) {
        if (status.ended()) {
            return false;
        }
        end(LvuStatus.UPPHORT_FRIST, date, reason, ProcessDelegates.SYSTEM);
        return true;
    }

    private void end(LvuStatus endStatus, LocalDate date, String reason, String by) {
        this.status = endStatus;
        this.endedDate = date;
        this.endedReason = reason;
        this.endedBy = by;
    }

    private static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new CaseRuleException(message);
        }
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    String unitId() { return unitId; }
    LvuStatus status() { return status; }
    LvuStart startedAs() { return startedAs; }
    LocalDate emergencyDate(java.time.ZoneId zone) {
        return emergencyDecidedAt == null ? null : emergencyDecidedAt.atZone(zone).toLocalDate();
    }
    LocalDate submissionDeadline() { return submissionDeadline; }
    LocalDate applicationDeadline() { return applicationDeadline; }
    LvuGround careGround() { return applicationGround; }
    LocalDate nextReviewDate() { return nextReviewDate; }
    LocalDate placementDate() { return placementDate; }

    LvuView toView(java.util.List<LvuReviewView> reviews, java.util.List<LvuLegalFailureView> failures) {
        return new LvuView(id, caseId, startedAs, status, startedAt, emergencyGround, emergencyReasons,
                emergencyDecidedAt, emergencyDecidedBy, submissionDeadline, submittedDate, courtRulingDate,
                courtUpheld, courtCaseNumber, applicationDeadline, extensionGrantedDate, extensionCount,
                applicationDate, applicationGround, applicationReasons, judgmentDate, judgmentCaseNumber,
                judgmentGranted, placementType, placementDate, nextReviewDate, endedDate, endedReason, endedBy,
                reviews, failures);
    }
}
