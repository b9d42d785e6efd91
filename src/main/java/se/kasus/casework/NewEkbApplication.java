package se.kasus.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An ansökan om ekonomiskt bistånd for one month. The household is named by persons in the registry: a partner
 * (make, maka, registrerad partner or sambo) and the children living there, each with whether they eat lunch at
 * förskola five days a week (a lower riksnorm amount for 0–6 years).
 */
public record NewEkbApplication(long personId, LocalDate receivedDate, YearMonth month, Long partnerPersonId,
        List<Child> children, String description) {

    public record Child(long personId, boolean preschoolLunch) {
    }
}
