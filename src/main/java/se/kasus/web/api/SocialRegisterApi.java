package se.kasus.web.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.casework.SocialRegister;

@RestController
@Tag(name = "Socialregistret", description = "Förekomster i alla verksamheter, med kontaktperson, utan ärendets innehåll")
class SocialRegisterApi {

    private final SocialRegister register;

    SocialRegisterApi(SocialRegister register) {
        this.register = register;
    }

    @GetMapping("/api/socialregister")
    @Operation(summary = "Sök förekomster på exakt personnummer; ändamålet krävs och loggas. 404 om personen inte finns")
    ResponseEntity<SocialRegister.Extract> lookup(@RequestParam(defaultValue = "") String personnummer,
            @RequestParam(name = "andamal", defaultValue = "") String purpose) {
        return ResponseEntity.of(register.lookup(personnummer, purpose));
    }
}
