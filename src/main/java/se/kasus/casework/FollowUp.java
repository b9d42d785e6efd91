package se.kasus.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Uppföljning of a decision's insats. */
@Entity
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long decisionId;
    private String note;
    private String result;
    private String doneBy;
    private Instant doneAt;

    protected FollowUp() {
    }

    FollowUp(long caseId, long decisionId, String note, String result, String doneBy, Instant doneAt) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.note = note;
        this.result = result;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    FollowUpView toView() {
        return new FollowUpView(id, caseId, decisionId, note, result, doneBy, doneAt);
    }
}
