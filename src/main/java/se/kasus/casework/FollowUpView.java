package se.kasus.casework;

import java.time.Instant;

/** An uppföljning: what was found, and whether the case closes or goes to a new investigation. */
public record FollowUpView(long id, long caseId, long decisionId, String note, String result, String doneBy,
        Instant doneAt) {
}
