package se.kasus.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The court's uppdrag (FB 6 kap. 19 §) as registered: court, målnummer, the questions (VARDNAD, BOENDE, UMGANGE), the
 * child and both parents (persons in the registry), and the court's last day, which is required.
 */
public record NewVbuUtredning(String court, String caseNumber, List<String> questions, LocalDate courtDeadline,
        Long childId, List<Long> parentIds) {
}
