package se.kasus.web.api;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kasus.casework.AppealView;
import se.kasus.casework.CaseRecordsService;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseView;
import se.kasus.casework.Journal;
import se.kasus.casework.JournalEntryView;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.web.PdfResponse;

@RestController
@Tag(name = "Ärenden", description = "Ansökan, journal, överklagande och dokument")
class CaseApi {

    private final CaseIntake cases;
    private final CaseRecordsService records;
    private final Journal journal;

    CaseApi(CaseIntake cases, CaseRecordsService records, Journal journal) {
        this.cases = cases;
        this.records = records;
        this.journal = journal;
    }

    record ApplicationRequest(@NotNull(message = "Ange personen.") Long personId,
            @NotNull(message = "Ange när ansökan kom in.") LocalDate receivedDate,
            @NotNull(message = "Välj vad ansökan gäller.") ServiceType requestedService,
            @Size(max = 4000, message = "Texten får vara högst 4000 tecken.") String description) {
    }

    @PostMapping("/api/cases")
    @Operation(summary = "Registrera en ansökan (aktualisering); ärendet och dess process startar")
    ResponseEntity<CaseView> register(@Valid @RequestBody ApplicationRequest request) {
        CaseView created = cases.registerApplication(new NewApplication(request.personId(), request.receivedDate(),
                request.requestedService(), request.description()));
        return ResponseEntity.created(URI.create("/api/persons/" + created.personId() + "/file")).body(created);
    }

    record JournalRequest(String text) {
    }

    record CorrectionRequest(String text, String reason) {
    }

    @PostMapping("/api/cases/{caseId}/journal")
    @Operation(summary = "Skriv och signera en journalanteckning")
    ResponseEntity<JournalEntryView> journal(@PathVariable long caseId, @RequestBody JournalRequest request) {
        return ResponseEntity.status(201).body(journal.write(caseId, request.text()));
    }

    @PostMapping("/api/cases/{caseId}/journal/{entryId}/rattelser")
    @Operation(summary = "Rätta en signerad journalanteckning: en ny signerad anteckning med skäl, länkad till den gamla")
    ResponseEntity<JournalEntryView> correct(@PathVariable long caseId, @PathVariable long entryId,
            @RequestBody CorrectionRequest request) {
        return ResponseEntity.status(201).body(journal.correct(caseId, entryId, request.text(), request.reason()));
    }

    @PutMapping("/api/cases/{caseId}/journal/{entryId}")
    @Operation(summary = "Nekas alltid (409): en signerad anteckning ändras inte, den rättas")
    ResponseEntity<Void> edit(@PathVariable long caseId, @PathVariable long entryId) {
        journal.refuseChange(caseId, entryId, "Ändring");
        return ResponseEntity.status(409).build();
    }

    @DeleteMapping("/api/cases/{caseId}/journal/{entryId}")
    @Operation(summary = "Nekas alltid (409): en signerad anteckning tas aldrig bort")
    ResponseEntity<Void> delete(@PathVariable long caseId, @PathVariable long entryId) {
        journal.refuseChange(caseId, entryId, "Borttagning");
        return ResponseEntity.status(409).build();
    }

    record AppealRequest(@NotNull(message = "Ange när överklagandet kom in.") LocalDate receivedDate) {
    }

    @PostMapping("/api/decisions/{decisionId}/appeals")
    @Operation(summary = "Registrera ett överklagande; rättidsprövning och omprövning följer i processen")
    ResponseEntity<AppealView> appeal(@PathVariable long decisionId, @Valid @RequestBody AppealRequest request) {
        return ResponseEntity.status(201).body(records.registerAppeal(decisionId, request.receivedDate()));
    }

    @GetMapping("/api/documents/{documentId}")
    @Operation(summary = "Hämta ett dokument, t.ex. beslutsbrevet (PDF)")
    ResponseEntity<byte[]> document(@PathVariable long documentId) {
        CaseRecordsService.StoredDocument document = records.document(documentId);
        return PdfResponse.inline(document.title(), document.content());
    }
}
