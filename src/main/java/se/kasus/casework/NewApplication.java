package se.kasus.casework;

import java.time.LocalDate;

/** An ansökan to register (aktualisering). */
public record NewApplication(long personId, LocalDate receivedDate, ServiceType requestedService, String description) {
}
