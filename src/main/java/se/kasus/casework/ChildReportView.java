package se.kasus.casework;

import java.time.Instant;

/** An orosanmälan as the client file shows it. */
public record ChildReportView(long id, Instant receivedAt, ChildReportChannel channel, ReporterKind reporterKind,
        boolean mandatedReporter, String reporterName, String reporterOrganisation, String reporterContact,
        String description, String registeredBy, Instant registeredAt) {
}
