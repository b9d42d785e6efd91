package se.kasus.web.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.consistency.ConsistencyCheck;
import se.kasus.consistency.ConsistencyReport;

/** The consistency check of domain records against the engine, for the revisor and the systemförvaltare. */
@RestController
@RequestMapping("/api/konsistens")
@Tag(name = "Konsistens", description = "Stämmer ärendena med processmotorns tillstånd? Kräver behörigheten "
        + "AUDIT_VERIFY (revisor, systemförvaltare); varje kontroll loggas.")
class ConsistencyApi {

    private final ConsistencyCheck check;

    ConsistencyApi(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping
    @Operation(summary = "Jämför ärenden och stegposter med pågående processer och slutförda uppgifter; "
            + "svarar med varje avvikelse")
    ConsistencyReport check() {
        return check.checkAsUser();
    }
}
