package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A child's case as the client file shows it: the report and each step's record, in the order they were made. */
public record ChildViews(long caseId, ChildReportView report, List<Protection> protections,
        List<Preliminary> preliminaries, List<DelayReason> delayReasons, List<Investigation> investigations,
        List<Extension> extensions, List<Outcome> outcomes) {

    public record Protection(String assessment, boolean immediateDanger, boolean guardiansContactedBefore,
            String guardiansContactNote, String completedBy, Instant completedAt) {
    }

    public record Preliminary(boolean openInvestigation, String reasons, String completedBy, Instant completedAt) {
    }

    public record DelayReason(String reasons, String recordedBy, Instant recordedAt) {
    }

    public record Investigation(LocalDate openedDate, LocalDate lastDay, String childNeeds, String parentsCapacity,
            String familyEnvironment, String childView, String assessment, String completedBy, Instant completedAt) {
    }

    public record Extension(String reasons, LocalDate previousLastDay, LocalDate newLastDay, String decidedBy,
            Instant decidedAt) {
    }

    public record Outcome(String outcome, String reasons, String recordedBy, Instant recordedAt) {
    }
}
