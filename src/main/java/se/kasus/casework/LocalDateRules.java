package se.kasus.casework;

import java.time.LocalDate;

/** Date checks that a form schema cannot express, answered per field in Swedish. */
final class LocalDateRules {

    private LocalDateRules() {
    }

    static void notInFuture(LocalDate date, LocalDate today, String key, String label) {
        if (date != null && date.isAfter(today)) {
            throw FormRejectedException.field(key, label, "Datumet kan inte ligga i framtiden.");
        }
    }

    static void notBefore(LocalDate date, LocalDate earliest, String key, String label, String earliestWhat) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            throw FormRejectedException.field(key, label, "Datumet kan inte ligga före " + earliestWhat + ".");
        }
    }
}
