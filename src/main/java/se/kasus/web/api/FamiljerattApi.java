package se.kasus.web.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.casework.CaseView;
import se.kasus.casework.InformationssamtalService;
import se.kasus.casework.InformationssamtalView;
import se.kasus.casework.NewInformationssamtal;
import se.kasus.casework.NewSnabbupplysning;
import se.kasus.casework.SnabbupplysningView;
import se.kasus.casework.Snabbupplysningar;
import se.kasus.casework.NewVbuUtredning;
import se.kasus.casework.VbuUtredningView;
import se.kasus.casework.VbuUtredningar;

/**
 * Familjerätt: a court's request for a snabbupplysning (FB 6 kap. 20 §) registered, and read back with what the
 * socialregister showed. The steps themselves are tasks, worked through /api/tasks like every other.
 */
@RestController
@Tag(name = "Familjerätt", description = "Snabbupplysning till domstol (FB 6:20), informationssamtal (FB 6:25), "
        + "vårdnads-, boende- och umgängesutredning (FB 6:19)")
class FamiljerattApi {

    private final Snabbupplysningar snabbupplysningar;
    private final InformationssamtalService informationssamtal;
    private final VbuUtredningar vbuUtredningar;

    FamiljerattApi(Snabbupplysningar snabbupplysningar, InformationssamtalService informationssamtal,
            VbuUtredningar vbuUtredningar) {
        this.snabbupplysningar = snabbupplysningar;
        this.informationssamtal = informationssamtal;
        this.vbuUtredningar = vbuUtredningar;
    }

    /** Without courtDeadline the default in config/deadlines.yml applies. The service checks every field. */
    record SnabbupplysningRequest(String court, String caseNumber, LocalDate receivedDate, LocalDate courtDeadline,
            Long childId, List<Long> parentIds) {
    }

    @PostMapping("/api/familjeratt/snabbupplysningar")
    @Operation(summary = "Registrera domstolens begäran om snabbupplysning; ett ärende om barnet och en process startar")
    ResponseEntity<CaseView> register(@RequestBody SnabbupplysningRequest request) {
        return ResponseEntity.status(201).body(snabbupplysningar.register(new NewSnabbupplysning(request.court(),
                request.caseNumber(), request.receivedDate(), request.courtDeadline(), request.childId(),
                request.parentIds())));
    }

    @GetMapping("/api/familjeratt/snabbupplysningar/{caseId}")
    @Operation(summary = "Snabbupplysningen i ett ärende: parter, förekomster i socialregistret, kontakter, yttrande")
    SnabbupplysningView get(@PathVariable long caseId) {
        return snabbupplysningar.view(caseId);
    }

    record InformationssamtalRequest(Long parentId, Long otherParentId, LocalDate receivedDate) {
    }

    @PostMapping("/api/familjeratt/informationssamtal")
    @Operation(summary = "Registrera en förälders begäran om informationssamtal; ett ärende och en process startar")
    ResponseEntity<CaseView> requestSamtal(@RequestBody InformationssamtalRequest request) {
        return ResponseEntity.status(201).body(informationssamtal.register(new NewInformationssamtal(
                request.parentId(), request.otherParentId(), request.receivedDate())));
    }

    @GetMapping("/api/familjeratt/informationssamtal/{caseId}")
    @Operation(summary = "Informationssamtalet i ett ärende: bokning, samtal och intyg")
    InformationssamtalView samtal(@PathVariable long caseId) {
        return informationssamtal.view(caseId);
    }

    /** questions: VARDNAD, BOENDE and/or UMGANGE; courtDeadline is required. The service checks every field. */
    record VbuUtredningRequest(String court, String caseNumber, List<String> questions, LocalDate courtDeadline,
            Long childId, List<Long> parentIds) {
    }

    @PostMapping("/api/familjeratt/vbu-utredningar")
    @Operation(summary = "Registrera domstolens uppdrag om vårdnads-, boende- eller umgängesutredning (FB 6:19)")
    ResponseEntity<CaseView> registerVbu(@RequestBody VbuUtredningRequest request) {
        return ResponseEntity.status(201).body(vbuUtredningar.register(new NewVbuUtredning(request.court(),
                request.caseNumber(), request.questions(), request.courtDeadline(), request.childId(),
                request.parentIds())));
    }

    @GetMapping("/api/familjeratt/vbu-utredningar/{caseId}")
    @Operation(summary = "Utredningen i ett ärende: samtal, barnets inställning, utredningen, kommunicering, sändning")
    VbuUtredningView vbu(@PathVariable long caseId) {
        return vbuUtredningar.view(caseId);
    }
}
