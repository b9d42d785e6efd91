package se.kasus.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A court's request for a snabbupplysning (FB 6 kap. 20 §) as registered: the court, its målnummer, the child and the
 * parents (persons in the registry), the day it came, and the court's last day ({@code null}: the default in
 * config/deadlines.yml).
 */
public record NewSnabbupplysning(String court, String caseNumber, LocalDate receivedDate, LocalDate courtDeadline,
        Long childId, List<Long> parentIds) {
}
