package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A decision to extend an utredning (SoL 11 kap. 2 §): särskilda skäl and the new last day. */
@Entity
class ChildInvestigationExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long investigationId;
    private long caseId;
    private String reasons;
    private LocalDate previousLastDay;
    private LocalDate newLastDay;
    private String decidedBy;
    private Instant decidedAt;

    protected ChildInvestigationExtension() {
    }

    ChildInvestigationExtension(long investigationId, long caseId, String reasons, LocalDate previousLastDay,
            LocalDate newLastDay, String decidedBy, Instant decidedAt) {
        this.investigationId = investigationId;
        this.caseId = caseId;
        this.reasons = reasons;
        this.previousLastDay = previousLastDay;
        this.newLastDay = newLastDay;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    long caseId() {
        return caseId;
    }

    ChildViews.Extension toView() {
        return new ChildViews.Extension(reasons, previousLastDay, newLastDay, decidedBy, decidedAt);
    }
}
