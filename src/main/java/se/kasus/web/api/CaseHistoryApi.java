package se.kasus.web.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.replay.CaseHistory;
import se.kasus.replay.CaseReplay;

/** The auditor's replay of a case (ärendehistorik). GET only: the history is read, never changed. */
@RestController
@Tag(name = "Ärendehistorik", description = "Granskning av ett ärendes hela förlopp: steg, vem, när, beslut och väg genom processen")
class CaseHistoryApi {

    private final CaseReplay replay;

    CaseHistoryApi(CaseReplay replay) {
        this.replay = replay;
    }

    @GetMapping("/api/cases/{caseId}/history")
    @Operation(summary = "Ärendets historik: varje steg i tidsordning med anropade delprocesser, vem som utförde det, "
            + "när, vad som beslutades och varför, tidsfrister som löpte ut, eskaleringar, och vägen genom varje "
            + "process (klara och pågående steg, flöden som togs) i den version ärendet kördes på. Kräver "
            + "CASE_HISTORY_READ (revisor, enhetschef); läsningen loggas.")
    @ApiResponse(responseCode = "200", description = "Historiken")
    @ApiResponse(responseCode = "403", description = "Saknar behörighet; nekandet loggas")
    @ApiResponse(responseCode = "404", description = "Ärendet finns inte")
    CaseHistory history(@PathVariable long caseId) {
        return replay.replay(caseId);
    }

    // No "produces": an error then still answers as JSON (ApiError) instead of failing to write it as XML.
    @GetMapping("/api/cases/{caseId}/history/processes/{processInstanceId}/diagram")
    @Operation(summary = "BPMN-diagrammet (XML) exakt som det driftsattes i den version som processinstansen kördes på")
    @ApiResponse(responseCode = "200", description = "BPMN 2.0 XML",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE))
    @ApiResponse(responseCode = "403", description = "Saknar behörighet; nekandet loggas")
    @ApiResponse(responseCode = "404", description = "Ärendet finns inte, eller processinstansen hör inte till det")
    ResponseEntity<byte[]> diagram(@PathVariable long caseId, @PathVariable String processInstanceId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(replay.diagram(caseId,
                processInstanceId));
    }
}
