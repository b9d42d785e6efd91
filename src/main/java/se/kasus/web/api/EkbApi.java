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
import se.kasus.casework.CaseView;
import se.kasus.casework.EkbService;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.NewEkbApplication;

/** Ekonomiskt bistånd: register an ansökan for a month; read a case's household, calculation and payments. */
@RestController
@Tag(name = "Ekonomiskt bistånd", description = "Ansökan om försörjningsstöd och beräkningen enligt riksnormen")
class EkbApi {

    private final EkbService ekb;

    EkbApi(EkbService ekb) {
        this.ekb = ekb;
    }

    record ChildRequest(Long personId, boolean preschoolLunch) {
    }

    /** Checked by the service after the caller's right, so a role without it gets 403 whatever it sends. */
    record EkbApplicationRequest(Long personId, LocalDate receivedDate, YearMonth month, Long partnerPersonId,
            List<ChildRequest> children, String description) {
    }

    @PostMapping("/api/ekb/ansokningar")
    @Operation(summary = "Registrera en ansökan om ekonomiskt bistånd för en månad; ärendet och processen startar")
    ResponseEntity<CaseView> register(@RequestBody EkbApplicationRequest request) {
        ekb.requireMayApply();
        if (request.personId() == null) {
            throw FormRejectedException.field("personId", "Sökande", "Ange den sökande.");
        }
        List<NewEkbApplication.Child> children = request.children() == null ? List.of()
                : request.children().stream().map(EkbApi::child).toList();
        CaseView created = ekb.register(new NewEkbApplication(request.personId(), request.receivedDate(),
                request.month(), request.partnerPersonId(), children, request.description()));
        return ResponseEntity.created(URI.create("/api/ekb/arenden/" + created.id())).body(created);
    }

    private static NewEkbApplication.Child child(ChildRequest c) {
        if (c == null || c.personId() == null) {
            throw FormRejectedException.field("children", "Barn i hushållet", "Ange barnet.");
        }
        return new NewEkbApplication.Child(c.personId(), c.preschoolLunch());
    }

    @GetMapping("/api/ekb/arenden/{caseId}")
    @Operation(summary = "Hushållet, beräkningen enligt riksnormen och utbetalningarna i ett ärende om ekonomiskt bistånd")
    EkbService.EkbCaseView view(@PathVariable long caseId) {
        return ekb.view(caseId);
    }
}
