package se.kasus.web.ui;

import java.time.LocalDate;

import se.kasus.casework.NewApplication;

/**
 * The "Registrera ansökan" form as typed, so that a rejected form comes back with the user's own values. The
 * personnummer travels along to show the person again beside the errors.
 */
public record ApplicationForm(String personnummer, String receivedDate, String requestedService,
        String description) {

    static ApplicationForm blank(String personnummer, LocalDate today) {
        return new ApplicationForm(personnummer, today.toString(), "", "");
    }

    NewApplication toApplication(long personId) {
        return new NewApplication(personId, FormInput.date(receivedDate, "receivedDate", "Ansökan inkom"),
                FormInput.serviceType(requestedService), description);
    }
}
