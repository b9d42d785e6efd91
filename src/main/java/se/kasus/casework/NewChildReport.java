package se.kasus.casework;

import java.time.Instant;
import java.util.List;

/** An orosanmälan to register: about one child or several siblings, each a person in the registry. */
public record NewChildReport(List<Long> childIds, Instant receivedAt, ChildReportChannel channel,
        ReporterKind reporterKind, String reporterName, String reporterOrganisation, String reporterContact,
        String description) {
}
