package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The förste socialsekreterare's synnerliga skäl for a förhandsbedömning past its deadline. */
@Entity
class ChildDelayReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String reasons;
    private String recordedBy;
    private Instant recordedAt;

    protected ChildDelayReason() {
    }

    ChildDelayReason(long caseId, String reasons, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.reasons = reasons;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long caseId() {
        return caseId;
    }

    ChildViews.DelayReason toView() {
        return new ChildViews.DelayReason(reasons, recordedBy, recordedAt);
    }
}
