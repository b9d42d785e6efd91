package se.kasus.web.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.access.AuditReview;
import se.kasus.audit.AuditEntryView;
import se.kasus.audit.AuditVerification;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Logg", description = "Granskning och verifiering av loggkedjan")
class AuditApi {

    private final AuditReview review;

    AuditApi(AuditReview review) {
        this.review = review;
    }

    @GetMapping("/verify")
    @Operation(summary = "Verifiera loggens hashkedja; svarar med första ändrade eller saknade post")
    AuditVerification verify() {
        return review.verify();
    }

    @GetMapping
    @Operation(summary = "De senaste loggposterna")
    List<AuditEntryView> latest(@RequestParam(defaultValue = "100") int limit) {
        return review.latest(limit);
    }
}
