package se.kasus.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import se.kasus.casework.FormRejectedException;
import se.kasus.casework.ServiceType;

/**
 * Reads what a browser form sent into the types the services take. A blank field is {@code null}, so the service
 * answers with its own message; only text the browser cannot have meant as a date is refused here.
 */
final class FormInput {

    private FormInput() {
    }

    static LocalDate date(String text, String key, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FormRejectedException.field(key, label, "Ange datumet som ÅÅÅÅ-MM-DD.");
        }
    }

    static ServiceType serviceType(String name) {
        return Arrays.stream(ServiceType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
