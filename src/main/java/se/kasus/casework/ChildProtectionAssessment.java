package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A skyddsbedömning, made the day the report came in and before the guardians are contacted. */
@Entity
class ChildProtectionAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String assessment;
    private boolean immediateDanger;
    private boolean guardiansContactedBefore;
    private String guardiansContactNote;
    private String completedBy;
    private Instant completedAt;

    protected ChildProtectionAssessment() {
    }

    ChildProtectionAssessment(long caseId, String assessment, boolean immediateDanger,
            boolean guardiansContactedBefore, String guardiansContactNote, String completedBy, Instant completedAt) {
        this.caseId = caseId;
        this.assessment = assessment;
        this.immediateDanger = immediateDanger;
        this.guardiansContactedBefore = guardiansContactedBefore;
        this.guardiansContactNote = guardiansContactNote;
        this.completedBy = completedBy;
        this.completedAt = completedAt;
    }

    long caseId() {
        return caseId;
    }

    ChildViews.Protection toView() {
        return new ChildViews.Protection(assessment, immediateDanger, guardiansContactedBefore, guardiansContactNote,
                completedBy, completedAt);
    }
}
