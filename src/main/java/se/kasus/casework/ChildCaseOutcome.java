package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What an utredning led to: an insats under SoL (with its decision), no insats, or care under LVU. */
@Entity
class ChildCaseOutcome {

    enum Kind {
        INSATS("Insats enligt SoL med samtycke"), INGEN_INSATS("Ingen insats"), LVU("Ansökan om vård enligt LVU");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private Kind outcome;
    private String reasons;
    private Long decisionId;
    private String recordedBy;
    private Instant recordedAt;

    protected ChildCaseOutcome() {
    }

    ChildCaseOutcome(long caseId, Kind outcome, String reasons, Long decisionId, String recordedBy,
            Instant recordedAt) {
        this.caseId = caseId;
        this.outcome = outcome;
        this.reasons = reasons;
        this.decisionId = decisionId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long caseId() {
        return caseId;
    }

    ChildViews.Outcome toView() {
        return new ChildViews.Outcome(outcome.label(), reasons, recordedBy, recordedAt);
    }
}
