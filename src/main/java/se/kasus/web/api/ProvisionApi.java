package se.kasus.web.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.provision.Ersattning;
import se.kasus.provision.ImportReport;
import se.kasus.provision.ImportRejectedException;
import se.kasus.provision.ImportRow;
import se.kasus.provision.MissingPriceException;
import se.kasus.provision.PeriodClosedException;
import se.kasus.provision.Reconciliation;
import se.kasus.provision.TimeReporting;
import se.kasus.provision.Underlag;
import se.kasus.provision.UnderlagFiles;
import se.kasus.provision.VisitData;
import se.kasus.provision.VisitImport;
import se.kasus.provision.VisitKind;
import se.kasus.provision.VisitRejectedException;
import se.kasus.provision.VisitStatus;
import se.kasus.provision.VisitView;
import se.kasus.web.PdfResponse;

/** Tidrapportering for provider staff (/api/utforare) and the ersättningsunderlag for the municipality (/api/ersattning). */
@RestController
@Tag(name = "Tidrapportering och ersättning", description = "Besök, import, attest, underlag och export")
class ProvisionApi {

    private final TimeReporting reporting;
    private final VisitImport imports;
    private final Ersattning ersattning;
    private final UnderlagFiles files;

    ProvisionApi(TimeReporting reporting, VisitImport imports, Ersattning ersattning, UnderlagFiles files) {
        this.reporting = reporting;
        this.imports = imports;
        this.ersattning = ersattning;
        this.files = files;
    }

    /** A visit as the API takes it; times with offset (ISO 8601). */
    record VisitRequest(Long bestallning, VisitKind typ, VisitStatus status, String personal, OffsetDateTime start,
            OffsetDateTime slut, OffsetDateTime planeradStart, OffsetDateTime planeradSlut, OffsetDateTime avbokad,
            LocalDate datum, Integer antal, String orsak) {

        VisitData data() {
            return new VisitData(typ == null ? VisitKind.BESOK : typ, status == null ? VisitStatus.UTFORD : status,
                    personal, instant(planeradStart), instant(planeradSlut), instant(start), instant(slut),
                    instant(avbokad), datum, antal, null);
        }

        private static java.time.Instant instant(OffsetDateTime t) {
            return t == null ? null : t.toInstant();
        }
    }

    @GetMapping("/api/utforare/besok/idag")
    @Operation(summary = "Dagens kunder för den inloggade personalens utförare")
    List<TimeReporting.ClientToday> today() {
        return reporting.today();
    }

    @PostMapping("/api/utforare/besok")
    @Operation(summary = "Rapportera ett besök, ett inställt besök eller dagens leveranser")
    ResponseEntity<VisitView> report(@RequestBody VisitRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reporting.report(request.bestallning(), request.data()));
    }

    @PostMapping("/api/utforare/besok/{id}/korrigering")
    @Operation(summary = "Samordnarens korrigering: en ny version som ersätter den gamla, som finns kvar")
    ResponseEntity<VisitView> correct(@PathVariable long id, @RequestBody VisitRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reporting.correct(id, request.data(), request.orsak()));
    }

    @PostMapping(path = "/api/utforare/besok/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Importera besök (JSON-lista). Allt eller inget; idempotent på externtId.")
    ImportReport importJson(@RequestBody List<ImportRow> rows) {
        return imports.importRows(rows);
    }

    @PostMapping(path = "/api/utforare/besok/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
    @Operation(summary = "Importera besök (CSV, semikolon, rubrikrad " + ImportRow.CSV_HEADER + ")")
    ImportReport importCsv(@RequestBody String csv) {
        return imports.importRows(VisitImport.parseCsv(csv));
    }

    @GetMapping("/api/ersattning/{provider}/{month}")
    @Operation(summary = "Ersättningsunderlag per utförare och månad (yyyy-MM)")
    Underlag underlag(@PathVariable String provider, @PathVariable String month) {
        return ersattning.underlag(provider, month(month));
    }

    @PostMapping("/api/ersattning/{provider}/{month}/attest")
    @Operation(summary = "Attestera månaden; därefter ändras inte periodens besök")
    Underlag attest(@PathVariable String provider, @PathVariable String month) {
        return ersattning.attest(provider, month(month));
    }

    @PostMapping("/api/ersattning/{provider}/{month}/avstamning")
    @Operation(summary = "Stäm av utförarens faktura mot underlaget; avvikelser per beställning")
    Reconciliation reconcile(@PathVariable String provider, @PathVariable String month,
            @RequestBody Reconciliation.Invoice invoice) {
        return ersattning.reconcile(provider, month(month), invoice);
    }

    @GetMapping("/api/ersattning/{provider}/{month}/underlag.csv")
    ResponseEntity<byte[]> csv(@PathVariable String provider, @PathVariable String month) {
        YearMonth m = month(month);
        return download(files.csv(provider, m), "ersattningsunderlag-" + provider + "-" + m + ".csv",
                "text/csv;charset=UTF-8");
    }

    @GetMapping("/api/ersattning/{provider}/{month}/underlag.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String provider, @PathVariable String month) {
        YearMonth m = month(month);
        return PdfResponse.inline("ersattningsunderlag-" + provider + "-" + m, files.pdf(provider, m));
    }

    @GetMapping("/api/ersattning/{provider}/{month}/ekonomi.txt")
    @Operation(summary = "Exportfil till ekonomisystemet (se README); bara attesterad period")
    ResponseEntity<byte[]> ekonomi(@PathVariable String provider, @PathVariable String month) {
        YearMonth m = month(month);
        return download(files.ekonomi(provider, m), "kasus-ers-" + provider + "-" + m + ".txt",
                "text/plain;charset=UTF-8");
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new VisitRejectedException(List.of(new VisitRejectedException.Problem("period",
                    "Ange perioden som år-månad, t.ex. 2026-10.")));
        }
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(content);
    }

    /** The per-row report of a refused import: row number, field and a Swedish message for each bad row. */
    record ImportError(int status, String title, List<ImportReport.RowError> rows) {
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ImportError> importRejected(ImportRejectedException e) {
        return ResponseEntity.badRequest().body(new ImportError(400, e.getMessage(), e.errors()));
    }

    @ExceptionHandler(VisitRejectedException.class)
    ResponseEntity<ApiError> visitRejected(VisitRejectedException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Uppgifterna innehåller fel.", e.problems().stream()
                .map(p -> new ApiError.FieldMessage(p.field(), p.field(), p.message())).toList()));
    }

    @ExceptionHandler({ PeriodClosedException.class, MissingPriceException.class })
    ResponseEntity<ApiError> closed(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, e.getMessage()));
    }
}
