package se.kasus.web.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.casework.CaseView;
import se.kasus.casework.ChildReportChannel;
import se.kasus.casework.ChildReports;
import se.kasus.casework.NewChildReport;
import se.kasus.casework.ReporterKind;

/** Orosanmälningar from other authorities (school, police, health care): the same service as the caseworker's form. */
@RestController
@Tag(name = "Orosanmälningar", description = "Anmälan om oro för barn; ett ärende per barn")
class ChildReportApi {

    private final ChildReports reports;

    ChildReportApi(ChildReports reports) {
        this.reports = reports;
    }

    /** Without a channel the report came digitally, through this API. The service checks every field. */
    record ChildReportRequest(List<Long> childIds, OffsetDateTime receivedAt, ChildReportChannel channel,
            ReporterKind reporterKind, String reporterName, String reporterOrganisation, String reporterContact,
            String description) {
    }

    @PostMapping("/api/orosanmalningar")
    @Operation(summary = "Registrera en orosanmälan om ett eller flera barn; ett ärende och en process startar per barn")
    ResponseEntity<List<CaseView>> register(@RequestBody ChildReportRequest request) {
        List<CaseView> opened = reports.register(new NewChildReport(request.childIds(),
                request.receivedAt() == null ? null : request.receivedAt().toInstant(),
                request.channel() == null ? ChildReportChannel.API : request.channel(), request.reporterKind(),
                request.reporterName(), request.reporterOrganisation(), request.reporterContact(),
                request.description()));
        return ResponseEntity.status(201).body(opened);
    }
}
