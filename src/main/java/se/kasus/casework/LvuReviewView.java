package se.kasus.casework;

import java.time.LocalDate;

/** One 13 § övervägande or prövning. */
public record LvuReviewView(long id, LvuReviewKind kind, LocalDate dueDate, LocalDate decidedDate, String result,
        String reasons, String decidedBy) {

    public String resultLabel() {
        return "FORTSATT_VARD".equals(result) ? "Vården fortsätter" : "Vården ska upphöra";
    }
}
