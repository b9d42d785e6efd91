package se.kasus.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kasus.casework.CaseView;
import se.kasus.casework.EkbService;
import se.kasus.casework.NewEkbApplication;

/** Ekonomiskt bistånd: register an ansökan for a month; read a case's household, calculation and payments. */
@RestController
@Tag(name = "Ekonomiskt bistånd", description = "Ansökan om försörjningsstöd och beräkningen enligt riksnormen")
class EkbApi {

    private final EkbService ekb;

    EkbApi(EkbService ekb) {
        this.ekb = ekb;
    }

    record ChildRequest(@NotNull(message = "Ange barnet.") Long personId, boolean preschoolLunch) {
    }

    record EkbApplicationRequest(@NotNull(message = "Ange den sökande.") Long personId,
            @NotNull(message = "Ange när ansökan kom in.") LocalDate receivedDate,
            @NotNull(message = "Ange vilken månad ansökan gäller.") YearMonth month, Long partnerPersonId,
            @Size(max = 15, message = "Högst 15 barn kan anges.") List<@Valid ChildRequest> children,
            @Size(max = 4000, message = "Texten får vara högst 4000 tecken.") String description) {
    }

    @PostMapping("/api/ekb/ansokningar")
    @Operation(summary = "Registrera en ansökan om ekonomiskt bistånd för en månad; ärendet och processen startar")
    ResponseEntity<CaseView> register(@Valid @RequestBody EkbApplicationRequest request) {
        List<NewEkbApplication.Child> children = request.children() == null ? List.of()
                : request.children().stream().map(c -> new NewEkbApplication.Child(c.personId(), c.preschoolLunch()))
                        .toList();
        CaseView created = ekb.register(new NewEkbApplication(request.personId(), request.receivedDate(),
                request.month(), request.partnerPersonId(), children, request.description()));
        return ResponseEntity.created(URI.create("/api/ekb/arenden/" + created.id())).body(created);
    }

    @GetMapping("/api/ekb/arenden/{caseId}")
    @Operation(summary = "Hushållet, beräkningen enligt riksnormen och utbetalningarna i ett ärende om ekonomiskt bistånd")
    EkbService.EkbCaseView view(@PathVariable long caseId) {
        return ekb.view(caseId);
    }
}
