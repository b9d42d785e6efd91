package se.kasus.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.access.AuditReview;
import se.kasus.access.AuditReview.ExportFormat;
import se.kasus.access.PersonAuditLog;
import se.kasus.access.UserAuditLog;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditVerification;
import se.kasus.access.AccessOverview;
import se.kasus.casework.PersonAccessOverview;
import se.kasus.web.AuditExports;
import se.kasus.web.AuditReviewReports;

/**
 * The audit log for the revisor: read only, every endpoint a GET, every call itself logged. Each view and extract
 * verifies the whole hash chain and says in {@code chain} whether it is intact.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Logg", description = "Granskning av loggen: vem har tagit del av en persons uppgifter, vad en användare "
        + "har gjort, utdrag som PDF och CSV, verifiering av hashkedjan. Kräver behörigheten AUDIT_READ "
        + "(verifiering: AUDIT_VERIFY); varje anrop loggas.")
class AuditApi {

    private static final String FROM = "Första dag, inklusive (ÅÅÅÅ-MM-DD, kommunens tidszon); utelämnad: från början";
    private static final String TO = "Sista dag, inklusive (ÅÅÅÅ-MM-DD); utelämnad: till nu";
    private static final String BEFORE = "Nästa sida: värdet nextBefore från föregående svar; utelämnad: de nyaste";
    private static final String LIMIT = "Poster per sida, 1–1000";

    private final AuditReview review;
    private final AuditExports exports;
    private final AuditReviewReports reports;
    private final PersonAccessOverview personOverview;
    private final AccessOverview accessOverview;

    AuditApi(AuditReview review, AuditExports exports, AuditReviewReports reports,
            PersonAccessOverview personOverview, AccessOverview accessOverview) {
        this.review = review;
        this.exports = exports;
        this.reports = reports;
        this.personOverview = personOverview;
        this.accessOverview = accessOverview;
    }

    @GetMapping("/persons/{personId}/client-extract")
    @Operation(summary = "Loggutdrag till den enskilde (PDF): vem har tagit del av dina uppgifter, när och varför",
            description = "Skrivet för den enskilde: namn, titel och enhet på den som läste, vad och varför. Exporten loggas.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> clientExtract(@PathVariable long personId,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.clientExtract(personId, from, to);
    }

    @GetMapping("/persons/{personId}/readers")
    @Operation(summary = "Vem kan se personen, och varför: personal per enhet, menprövningar, utförare, roller")
    List<PersonAccessOverview.Reader> readers(@PathVariable long personId) {
        return personOverview.whoCanSee(personId);
    }

    @GetMapping("/access-matrix")
    @Operation(summary = "Behörighetsmatrisen som Kasus tillämpar (roller × rättigheter)")
    AccessOverview.Matrix matrix() {
        return accessOverview.matrix();
    }

    @GetMapping("/sample")
    @Operation(summary = "Månadens stickprov: slumpvis urval av läsningar, alla menprövningar och nekade försök",
            description = "Samma månad och storlek ger alltid samma urval. Granskningen loggas.")
    AuditReview.SampleReview sample(@RequestParam YearMonth month,
            @RequestParam(defaultValue = "50") int size) {
        return review.monthlySample(month, size);
    }

    @GetMapping("/sample/pdf")
    @Operation(summary = "Månadens stickprov som PDF, med en kolumn för granskarens bedömning",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> samplePdf(@RequestParam YearMonth month, @RequestParam(defaultValue = "50") int size) {
        return reports.monthlySample(month, size);
    }

    @GetMapping("/verify")
    @Operation(summary = "Verifiera loggens hashkedja; svarar med första ändrade eller saknade post")
    AuditVerification verify() {
        return review.verify();
    }

    @GetMapping
    @Operation(summary = "De senaste loggposterna")
    List<AuditEntryView> latest(@RequestParam(defaultValue = "100") int limit) {
        return review.latest(limit);
    }

    @GetMapping("/persons")
    @Operation(summary = "Vem har tagit del av personens uppgifter: sök på exakt personnummer",
            description = "Som /persons/{personId}, men personen söks på personnummer (10 eller 12 siffror). "
                    + "Sökningen loggas. 404 om ingen person har numret.")
    ResponseEntity<?> personByPersonnummer(@RequestParam String personnummer,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = BEFORE) @RequestParam(required = false) Long before,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") int limit) {
        return review.findPerson(personnummer)
                .<ResponseEntity<?>>map(id -> ResponseEntity.ok(review.personLog(id, from, to, before, limit)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ApiError.of(404, "Ingen person har det personnumret.")));
    }

    @GetMapping("/persons/{personId}")
    @Operation(summary = "Vem har tagit del av personens uppgifter",
            description = "Alla loggposter om personen (läsningar, sökningar, ändringar, nekad åtkomst), nyaste först, "
                    + "en sida i taget, och hashkedjans status: chain.intact är false och chain.firstBadEntryId pekar "
                    + "ut första felaktiga post om loggen har ändrats. En person med skyddad identitet visas utan adress.")
    PersonAuditLog person(@PathVariable long personId,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = BEFORE) @RequestParam(required = false) Long before,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") int limit) {
        return review.personLog(personId, from, to, before, limit);
    }

    @GetMapping("/persons/{personId}/pdf")
    @Operation(summary = "Utdrag som PDF: vem har tagit del av personens uppgifter",
            description = "Hela urvalet (högst " + AuditReview.MAX_EXPORT + " poster, annars 400), A4, med hashkedjans "
                    + "status. Exporten loggas.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> personPdf(@PathVariable long personId,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return exports.person(personId, from, to, ExportFormat.PDF);
    }

    @GetMapping("/persons/{personId}/csv")
    @Operation(summary = "Utdrag som CSV: vem har tagit del av personens uppgifter",
            description = "UTF-8 med BOM, semikolon, en rubrikrad, tider i ISO 8601. Text som kunde läsas som en formel "
                    + "får en inledande apostrof. Exporten loggas.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> personCsv(@PathVariable long personId,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return exports.person(personId, from, to, ExportFormat.CSV);
    }

    @GetMapping("/users/{username}")
    @Operation(summary = "Vad användaren har gjort",
            description = "Loggposterna där användaren är den som agerat, nyaste först, en sida i taget, och hashkedjans "
                    + "status. Även en användare som inte längre är aktiv kan granskas.")
    UserAuditLog user(@PathVariable String username,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = BEFORE) @RequestParam(required = false) Long before,
            @Parameter(description = LIMIT) @RequestParam(defaultValue = "100") int limit) {
        return review.userLog(username, from, to, before, limit);
    }

    @GetMapping("/users/{username}/pdf")
    @Operation(summary = "Utdrag som PDF: vad användaren har gjort",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> userPdf(@PathVariable String username,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return exports.user(username, from, to, ExportFormat.PDF);
    }

    @GetMapping("/users/{username}/csv")
    @Operation(summary = "Utdrag som CSV: vad användaren har gjort",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> userCsv(@PathVariable String username,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return exports.user(username, from, to, ExportFormat.CSV);
    }
}
