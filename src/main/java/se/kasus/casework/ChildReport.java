package se.kasus.casework;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An orosanmälan (SoL 2025:400; anmälningsskyldighet for authorities and professionals): who reported what, when. */
@Entity
class ChildReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String unitId;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private ChildReportChannel channel;
    @Enumerated(EnumType.STRING)
    private ReporterKind reporterKind;
    private boolean mandatedReporter;
    private String reporterName;
    private String reporterOrganisation;
    private String reporterContact;
    private String description;
    private String registeredBy;
    private Instant registeredAt;

    protected ChildReport() {
    }

    ChildReport(String unitId, NewChildReport report, String registeredBy, Instant registeredAt) {
        this.unitId = unitId;
        this.receivedAt = report.receivedAt();
        this.channel = report.channel();
        this.reporterKind = report.reporterKind();
        this.mandatedReporter = report.reporterKind().mandated();
        // An anonymous reporter stays anonymous: nothing that could identify them is kept.
        boolean anonymous = report.reporterKind() == ReporterKind.ANONYM;
        this.reporterName = anonymous ? null : report.reporterName();
        this.reporterOrganisation = anonymous ? null : report.reporterOrganisation();
        this.reporterContact = anonymous ? null : report.reporterContact();
        this.description = report.description();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    Long id() {
        return id;
    }

    ChildReportView toView() {
        return new ChildReportView(id, receivedAt, channel, reporterKind, mandatedReporter, reporterName,
                reporterOrganisation, reporterContact, description, registeredBy, registeredAt);
    }
}
