package se.kasus.web.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.frister.FristList;
import se.kasus.frister.Fristbevakning;

@RestController
@RequestMapping("/api/frister")
@Tag(name = "Frister", description = "Fristbevakning: löpande lagstadgade frister i den egna enhetens ärenden")
class FristApi {

    private final Fristbevakning fristbevakning;

    FristApi(Fristbevakning fristbevakning) {
        this.fristbevakning = fristbevakning;
    }

    @GetMapping
    @Operation(summary = "Enhetens löpande frister, försenade först och sedan de som löper ut snarast",
            description = "Datumen kommer från processmotorns timrar och uppgifter. daysLeft räknas i svensk tid och "
                    + "är negativt för en försenad frist. counts anger per typ hur många som löper och hur många som "
                    + "är försenade. Okänd typ ger 400.")
    FristList list(@Parameter(description = "Visa bara en typ av frist, t.ex. KOMMUNICERING_SVARSFRIST")
            @RequestParam(name = "kind", required = false) String kind) {
        return fristbevakning.list(kind);
    }
}
