package se.kasus.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.kasus.access.AccessControl;
import se.kasus.access.AuditQueryException;
import se.kasus.access.AuditReview;
import se.kasus.access.AuditReview.ExportFormat;
import se.kasus.access.Permission;
import se.kasus.access.PersonAuditLog;
import se.kasus.access.UserAuditLog;
import se.kasus.registry.InvalidPersonnummerException;
import se.kasus.web.AuditExports;
import se.kasus.web.AuditReviewReports;

/**
 * The revisor's review of the audit log: who took part of a person's data ({@code /logg/person}), what a user did
 * ({@code /logg/anvandare}), and both as PDF and CSV. Reading only: the one POST is the personnummer search, which
 * posts so that no personnummer ends up in an address, the browser's history or a server's access log, and then
 * redirects to the person's page by id. Every view and export is logged by {@link AuditReview}.
 */
@Controller
class AuditReviewPagesController {

    static final int PAGE_SIZE = 50;

    private final AuditReview review;
    private final AuditExports exports;
    private final AccessControl access;
    private final StaffNames names;
    private final AuditReviewReports reports;
    private final Clock clock;

    AuditReviewPagesController(AuditReview review, AuditExports exports, AccessControl access, StaffNames names,
            AuditReviewReports reports, Clock clock) {
        this.review = review;
        this.exports = exports;
        this.access = access;
        this.names = names;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/logg/person")
    String personSearch() {
        access.require(Permission.AUDIT_READ, "logg/person");
        return "audit-person";
    }

    @PostMapping("/logg/person")
    String findPerson(@RequestParam(defaultValue = "") String personnummer, Model model) {
        model.addAttribute("personnummer", personnummer);
        try {
            Optional<Long> found = review.findPerson(personnummer);
            if (found.isPresent()) {
                return "redirect:/logg/person/" + found.get();
            }
            model.addAttribute("notFound", true);
        } catch (InvalidPersonnummerException e) {
            model.addAttribute("searchError", e.getMessage());
        }
        return "audit-person";
    }

    @GetMapping("/logg/person/{personId}")
    String person(@PathVariable long personId,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(name = "fore", required = false) Long before, Model model) {
        model.addAttribute("names", names.all()).addAttribute("from", from).addAttribute("to", to)
                .addAttribute("before", before).addAttribute("personId", personId);
        try {
            PersonAuditLog log = review.personLog(personId, from, to, before, PAGE_SIZE);
            model.addAttribute("log", log).addAttribute("links",
                    Links.of("/logg/person/" + personId, null, from, to, log.nextBefore()));
        } catch (AuditQueryException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return "audit-person";
    }

    @GetMapping("/logg/person/{personId}/pdf")
    ResponseEntity<byte[]> personPdf(@PathVariable long personId,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return exports.person(personId, from, to, ExportFormat.PDF);
    }

    @GetMapping("/logg/person/{personId}/klientutdrag")
    ResponseEntity<byte[]> clientExtract(@PathVariable long personId,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.clientExtract(personId, from, to);
    }

    @GetMapping("/logg/stickprov")
    String sample(@RequestParam(name = "manad", required = false) String month,
            @RequestParam(name = "antal", defaultValue = "50") int size, Model model) {
        YearMonth chosen = month == null || month.isBlank() ? YearMonth.now(clock).minusMonths(1) : parseMonth(month);
        model.addAttribute("month", chosen).addAttribute("size", size).addAttribute("names", names.all());
        try {
            model.addAttribute("review", review.monthlySample(chosen, size));
        } catch (AuditQueryException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return "audit-sample";
    }

    @GetMapping("/logg/stickprov/pdf")
    ResponseEntity<byte[]> samplePdf(@RequestParam(name = "manad") String month,
            @RequestParam(name = "antal", defaultValue = "50") int size) {
        return reports.monthlySample(parseMonth(month), size);
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new AuditQueryException("Ange månaden som ÅÅÅÅ-MM, till exempel 2026-10.");
        }
    }

    @GetMapping("/logg/person/{personId}/csv")
    ResponseEntity<byte[]> personCsv(@PathVariable long personId,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return exports.person(personId, from, to, ExportFormat.CSV);
    }

    /** Without a username: the form only, nothing read. */
    @GetMapping("/logg/anvandare")
    String user(@RequestParam(name = "anvandare", defaultValue = "") String username,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(name = "fore", required = false) Long before, Model model) {
        model.addAttribute("names", names.all()).addAttribute("username", username).addAttribute("from", from)
                .addAttribute("to", to).addAttribute("before", before);
        if (username.isBlank()) {
            access.require(Permission.AUDIT_READ, "logg/anvandare");
            return "audit-user";
        }
        try {
            UserAuditLog log = review.userLog(username, from, to, before, PAGE_SIZE);
            model.addAttribute("log", log).addAttribute("links",
                    Links.of("/logg/anvandare", log.username(), from, to, log.nextBefore()));
        } catch (AuditQueryException e) {
            model.addAttribute("queryError", e.getMessage());
        }
        return "audit-user";
    }

    /**
     * The addresses a review page links to, with only the parameters that have a value (Thymeleaf would write
     * {@code fran=&till=} for empty ones).
     *
     * @param older  the next, older page; null on the last page
     * @param newest the first page of the same selection
     */
    record Links(String pdf, String csv, String older, String newest) {

        static Links of(String base, String username, LocalDate from, LocalDate to, Long nextBefore) {
            return new Links(
                    uri(base + "/pdf", username, from, to, null),
                    uri(base + "/csv", username, from, to, null),
                    nextBefore == null ? null : uri(base, username, from, to, nextBefore),
                    uri(base, username, from, to, null));
        }

        private static String uri(String path, String username, LocalDate from, LocalDate to, Long before) {
            return UriComponentsBuilder.fromPath(path)
                    .queryParamIfPresent("anvandare", Optional.ofNullable(username))
                    .queryParamIfPresent("fran", Optional.ofNullable(from))
                    .queryParamIfPresent("till", Optional.ofNullable(to))
                    .queryParamIfPresent("fore", Optional.ofNullable(before))
                    .encode().build().toUriString();
        }
    }

    @GetMapping("/logg/anvandare/pdf")
    ResponseEntity<byte[]> userPdf(@RequestParam(name = "anvandare") String username,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return exports.user(username, from, to, ExportFormat.PDF);
    }

    @GetMapping("/logg/anvandare/csv")
    ResponseEntity<byte[]> userCsv(@RequestParam(name = "anvandare") String username,
            @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(name = "till", required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return exports.user(username, from, to, ExportFormat.CSV);
    }
}
