package se.kasus.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One LVU as the client's file shows it. */
public record LvuView(long id, long caseId, LvuStart startedAs, LvuStatus status, Instant startedAt,
        LvuGround emergencyGround, String emergencyReasons, Instant emergencyDecidedAt, String emergencyDecidedBy,
        LocalDate submissionDeadline, LocalDate submittedDate, LocalDate courtRulingDate, Boolean courtUpheld,
        String courtCaseNumber, LocalDate applicationDeadline, LocalDate extensionGrantedDate, int extensionCount,
        LocalDate applicationDate, LvuGround applicationGround, String applicationReasons, LocalDate judgmentDate,
        String judgmentCaseNumber, Boolean judgmentGranted, String placementType, LocalDate placementDate,
        LocalDate nextReviewDate, LocalDate endedDate, String endedReason, String endedBy, List<LvuReviewView> reviews,
        List<LvuLegalFailureView> legalFailures) {

    public String placementLabel() {
        return placementType == null ? "" : switch (placementType) {
            case "FAMILJEHEM" -> "Familjehem";
            case "JOURHEM" -> "Jourhem";
            case "HVB" -> "Hem för vård eller boende (HVB)";
            case "SARSKILT_UNGDOMSHEM" -> "Särskilt ungdomshem (SiS)";
            case "STODBOENDE" -> "Stödboende";
            case "HEMMET" -> "I det egna hemmet";
            default -> placementType;
        };
    }
}
