package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A förhandsbedömning: whether to open an utredning, with the reasons. */
@Entity
class ChildPreliminaryAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private boolean openInvestigation;
    private String reasons;
    private String completedBy;
    private Instant completedAt;

    protected ChildPreliminaryAssessment() {
    }

    ChildPreliminaryAssessment(long caseId, boolean openInvestigation, String reasons, String completedBy,
            Instant completedAt) {
        this.caseId = caseId;
        this.openInvestigation = openInvestigation;
        this.reasons = reasons;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    long caseId() {
        return caseId;
    }

    ChildViews.Preliminary toView() {
        return new ChildViews.Preliminary(openInvestigation, reasons, completedBy, completedAt);
    }
}
