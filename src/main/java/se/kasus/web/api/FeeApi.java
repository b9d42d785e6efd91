package se.kasus.web.api;

import java.time.YearMonth;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.fees.FeeBasisView;
import se.kasus.fees.FeeCalculation;
import se.kasus.fees.FeeDecisionView;
import se.kasus.fees.FeeMonth;
import se.kasus.fees.FeeOverview;
import se.kasus.fees.FeeRunService;
import se.kasus.fees.FeeRunView;
import se.kasus.fees.FeeService;
import se.kasus.fees.NewFeeBasis;
import se.kasus.web.PdfResponse;

@RestController
@RequestMapping("/api/avgifter")
@Tag(name = "Avgifter", description = "Avgiftsunderlag, avgiftsberäkning, avgiftsbeslut och avgiftskörning (SoL 32 kap.)")
class FeeApi {

    private final FeeService fees;
    private final FeeRunService runs;

    FeeApi(FeeService fees, FeeRunService runs) {
        this.fees = fees;
        this.runs = runs;
    }

    @GetMapping("/personer/{personId}")
    @Operation(summary = "Klientens avgiftsunderlag, beräkningen för en månad och avgiftsbesluten")
    FeeOverview overview(@PathVariable long personId, @RequestParam String manad) {
        return fees.overview(personId, FeeMonth.parse(manad));
    }

    @PostMapping("/personer/{personId}/underlag")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrera ett avgiftsunderlag från en månad (belopp netto per månad i kronor)")
    FeeBasisView register(@PathVariable long personId, @RequestBody NewFeeBasis input) {
        return fees.registerBasis(personId, input);
    }

    @GetMapping("/personer/{personId}/berakning")
    @Operation(summary = "Avgiften för en månad, beräknad rad för rad")
    FeeCalculation calculate(@PathVariable long personId, @RequestParam String manad) {
        return fees.calculate(personId, FeeMonth.parse(manad));
    }

    /** @param motivering the caseworker's addition to the standard motivering, may be empty */
    record DecisionRequest(String manad, String motivering) {
    }

    @PostMapping("/personer/{personId}/beslut")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Fatta avgiftsbeslut för en månad; brevet sparas med beslutet")
    FeeDecisionView decide(@PathVariable long personId, @RequestBody DecisionRequest request) {
        return fees.decide(personId, request.manad(), request.motivering());
    }

    @GetMapping("/beslut/{decisionId}/brev")
    @Operation(summary = "Avgiftsbeslutets brev (PDF)")
    ResponseEntity<byte[]> letter(@PathVariable long decisionId) {
        return PdfResponse.inline("Avgiftsbeslut " + decisionId, fees.letter(decisionId));
    }

    @PostMapping("/korningar/{manad}")
    @Operation(summary = "Gör avgiftskörningen för den egna enheten och månaden (görs om tills den exporterats)")
    FeeRunView run(@PathVariable String manad) {
        return runs.run(manad);
    }

    @GetMapping("/korningar/{manad}")
    @Operation(summary = "Avgiftskörningen för den egna enheten och månaden")
    ResponseEntity<?> find(@PathVariable String manad) {
        YearMonth month = FeeMonth.parse(manad);
        return runs.find(month).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
                .status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Det finns ingen avgiftskörning för " + month + ".")));
    }

    @PostMapping("/korningar/{manad}/export")
    @Operation(summary = "Exportera körningen till ekonomisystemet (CSV); månaden låses")
    ResponseEntity<byte[]> export(@PathVariable String manad) {
        byte[] file = runs.export(manad);
        return csv(FeeMonth.parse(manad), file);
    }

    static ResponseEntity<byte[]> csv(YearMonth month, byte[] content) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("avgifter-" + month + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
