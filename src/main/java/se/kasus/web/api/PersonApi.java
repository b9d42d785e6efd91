package se.kasus.web.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.access.CrossUnitAccess;
import se.kasus.casework.ClientFile;
import se.kasus.casework.ClientFileService;

@RestController
@RequestMapping("/api/persons")
@Tag(name = "Personer", description = "Personregister och klientakt")
class PersonApi {

    private final ClientFileService clientFiles;

    PersonApi(ClientFileService clientFiles) {
        this.clientFiles = clientFiles;
    }

    @GetMapping
    @Operation(summary = "Sök person på exakt personnummer eller samordningsnummer (10 eller 12 siffror)")
    ResponseEntity<ClientFileService.PersonHit> search(@RequestParam String personnummer) {
        return ResponseEntity.of(clientFiles.search(personnummer));
    }

    record CrossUnitRequest(String unitId, String reason) {
    }

    @PostMapping("/{personId}/menprovningar")
    @Operation(summary = "Menprövning: skäl för att läsa personens ärenden i en annan enhet; ger tidsbegränsad läsrätt, loggas")
    ResponseEntity<CrossUnitAccess.GrantView> crossUnit(@PathVariable long personId,
            @RequestBody CrossUnitRequest request) {
        return ResponseEntity.status(201)
                .body(clientFiles.requestCrossUnitAccess(personId, request.unitId(), request.reason()));
    }

    @GetMapping("/{personId}/file")
    @Operation(summary = "Klientakten: ärenden, var processen står, beslut, insatser, journal och dokument")
    ClientFile file(@PathVariable long personId, @RequestParam(required = false) String reason) {
        return clientFiles.open(personId, reason);
    }
}
