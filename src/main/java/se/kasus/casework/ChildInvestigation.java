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
 * A barnavårdsutredning (SoL 11 kap. 1 §) structured as BBIC: opened with its last day, completed with the child's
 * needs, the parents' capacity, family and environment and the child's own view. An extension moves the last day.
 */
@Entity
class ChildInvestigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private LocalDate openedDate;
    private LocalDate lastDay;
    private String childNeeds;
    private String parentsCapacity;
    private String familyEnvironment;
    private String childView;
    private String assessment;
    private String completedBy;
    private Instant completedAt;

    protected ChildInvestigation() {
    }

    ChildInvestigation(long caseId, LocalDate openedDate, LocalDate lastDay) {
        this.caseId = caseId;
        this.openedDate = openedDate;
        this.lastDay = lastDay;
    }

    /** The BBIC triangle and the child's own view, all required. */
    record Findings(String childNeeds, String parentsCapacity, String familyEnvironment, String childView,
            String assessment) {
    }

    void complete(Findings findings, String by, Instant at) {
        if (completedAt != null) {
            throw new CaseRuleException("Utredningen är redan avslutad.");
        }
        this.childNeeds = findings.childNeeds();
        this.parentsCapacity = findings.parentsCapacity();
        this.familyEnvironment = findings.familyEnvironment();
        this.childView = findings.childView();
        this.assessment = findings.assessment();
        this.completedBy = by;
        this.completedAt = at;
    }

    void extendTo(LocalDate newLastDay) {
        this.lastDay = newLastDay;
    }

    Long id() {
        return id;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    boolean completed() {
        return completedAt != null;
    }

    Instant completedAt() {
        return completedAt;
    }

    long caseId() {
        return caseId;
    }

    ChildViews.Investigation toView() {
        return new ChildViews.Investigation(openedDate, lastDay, childNeeds, parentsCapacity, familyEnvironment,
                childView, assessment, completedBy, completedAt);
    }
}
