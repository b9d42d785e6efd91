package se.kasus.web.ui;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.casework.MunicipalityProperties;
import se.kasus.provision.Ersattning;
import se.kasus.provision.PeriodClosedException;
import se.kasus.provision.Reconciliation;
import se.kasus.provision.TimeReporting;
import se.kasus.provision.UnderlagFiles;
import se.kasus.provision.VisitData;
import se.kasus.provision.VisitRejectedException;
import se.kasus.provision.VisitStatus;
import se.kasus.provision.VisitView;
import se.kasus.web.PdfResponse;

/**
 * Tidrapportering for provider staff (phone-sized, works without JavaScript: plain forms, post-redirect-get), the
 * coordinator's corrections, and the municipality's review, attest and downloads of a provider's month.
 */
@Controller
class ProvisionPagesController {

    private final TimeReporting reporting;
    private final Ersattning ersattning;
    private final UnderlagFiles files;
    private final MunicipalityProperties municipality;
    private final UiFormat fmt;

    ProvisionPagesController(TimeReporting reporting, Ersattning ersattning, UnderlagFiles files,
            MunicipalityProperties municipality, UiFormat fmt) {
        this.reporting = reporting;
        this.ersattning = ersattning;
        this.files = files;
        this.municipality = municipality;
        this.fmt = fmt;
    }

    @GetMapping("/utforare")
    String today(Model model) {
        model.addAttribute("clients", reporting.today());
        model.addAttribute("today", fmt.today());
        return "utforare";
    }

    @PostMapping("/utforare/bestallning/{orderId}/start")
    String start(@PathVariable long orderId, RedirectAttributes flash) {
        return attempt(flash, "/utforare", () -> reporting.start(orderId), "Besöket är startat.");
    }

    @PostMapping("/utforare/besok/{visitId}/stopp")
    String stop(@PathVariable long visitId, RedirectAttributes flash) {
        return attempt(flash, "/utforare", () -> reporting.stop(visitId), "Besöket är avslutat.");
    }

    @PostMapping("/utforare/bestallning/{orderId}/leverans")
    String delivery(@PathVariable long orderId, @RequestParam(name = "antal", required = false) String count,
            RedirectAttributes flash) {
        return attempt(flash, "/utforare", () -> reporting.report(orderId,
                VisitData.delivery(null, fmt.today(), parseCount(count))), "Leveranserna är registrerade.");
    }

    @GetMapping("/utforare/korrigering")
    String corrections(@RequestParam(name = "period", required = false) String period, Model model) {
        YearMonth month = period == null || period.isBlank() ? YearMonth.from(fmt.today()) : month(period);
        model.addAttribute("period", month);
        model.addAttribute("visits", reporting.visitsOfMonth(month));
        return "utforare-korrigering";
    }

    @GetMapping("/utforare/besok/{visitId}/korrigera")
    String correctForm(@PathVariable long visitId, Model model) {
        TimeReporting.NamedVisit visit = reporting.visit(visitId);
        model.addAttribute("v", visit.visit());
        model.addAttribute("name", visit.name());
        model.addAttribute("start", local(visit.visit().performedStart() != null ? visit.visit().performedStart()
                : visit.visit().plannedStart()));
        model.addAttribute("slut", local(visit.visit().performedStop() != null ? visit.visit().performedStop()
                : visit.visit().plannedStop()));
        model.addAttribute("statuses", List.of(VisitStatus.UTFORD, VisitStatus.INSTALLD_AV_KUND,
                VisitStatus.INSTALLD_AV_UTFORARE));
        return "utforare-korrigera";
    }

    @PostMapping("/utforare/besok/{visitId}/korrigera")
    String correct(@PathVariable long visitId, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        String back = "/utforare/besok/" + visitId + "/korrigera";
        try {
            VisitView old = reporting.visit(visitId).visit();
            VisitData data = correction(old, form);
            VisitView made = reporting.correct(visitId, data, form.get("orsak"));
            flash.addFlashAttribute("message", "Korrigeringen är sparad som besök " + made.id() + " i perioden "
                    + made.period() + (made.adjustsId() != null ? " (justering: den ursprungliga perioden är stängd)"
                            : "") + ".");
            return "redirect:/utforare/korrigering?period=" + made.period();
        } catch (VisitRejectedException e) {
            flash.addFlashAttribute("error", String.join(" ", e.problems().stream()
                    .map(VisitRejectedException.Problem::message).toList()));
        } catch (PeriodClosedException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    @GetMapping("/ersattning")
    String underlag(@RequestParam(name = "utforare", required = false) String provider,
            @RequestParam(name = "period", required = false) String period, Model model) {
        YearMonth month = period == null || period.isBlank() ? YearMonth.from(fmt.today()).minusMonths(1)
                : month(period);
        String chosen = provider == null || provider.isBlank() ? municipality.providers().get(0).id() : provider;
        model.addAttribute("providers", municipality.providers());
        model.addAttribute("provider", chosen);
        model.addAttribute("period", month);
        model.addAttribute("u", ersattning.underlag(chosen, month));
        return "ersattning";
    }

    @PostMapping("/ersattning/{provider}/{period}/attest")
    String attest(@PathVariable String provider, @PathVariable String period, RedirectAttributes flash) {
        return attempt(flash, "/ersattning?utforare=" + provider + "&period=" + period,
                () -> ersattning.attest(provider, month(period)), "Perioden är attesterad.");
    }

    @PostMapping("/ersattning/{provider}/{period}/avstamning")
    String reconcile(@PathVariable String provider, @PathVariable String period,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        YearMonth month = month(period);
        try {
            List<Reconciliation.InvoiceRow> rows = new ArrayList<>();
            form.forEach((key, value) -> {
                if (key.startsWith("rad_") && value != null && !value.isBlank()) {
                    rows.add(new Reconciliation.InvoiceRow(Long.parseLong(key.substring(4)), amount(value)));
                }
            });
            model.addAttribute("r", ersattning.reconcile(provider, month, new Reconciliation.Invoice(
                    amount(form.get("belopp")), rows)));
        } catch (VisitRejectedException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/ersattning?utforare=" + provider + "&period=" + period;
        }
        model.addAttribute("providers", municipality.providers());
        model.addAttribute("provider", provider);
        model.addAttribute("period", month);
        model.addAttribute("u", ersattning.underlag(provider, month));
        return "ersattning";
    }

    @GetMapping("/ersattning/{provider}/{period}/underlag.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String provider, @PathVariable String period) {
        return PdfResponse.inline("ersattningsunderlag-" + provider + "-" + period,
                files.pdf(provider, month(period)));
    }

    @GetMapping("/ersattning/{provider}/{period}/underlag.csv")
    ResponseEntity<byte[]> csv(@PathVariable String provider, @PathVariable String period) {
        return download(files.csv(provider, month(period)), "ersattningsunderlag-" + provider + "-" + period + ".csv",
                "text/csv;charset=UTF-8");
    }

    @GetMapping("/ersattning/{provider}/{period}/ekonomi.txt")
    ResponseEntity<byte[]> economy(@PathVariable String provider, @PathVariable String period) {
        return download(files.ekonomi(provider, month(period)), "kasus-ers-" + provider + "-" + period + ".txt",
                "text/plain;charset=UTF-8");
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(type))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Cache-Control", "no-store").body(content);
    }

    private String attempt(RedirectAttributes flash, String back, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (VisitRejectedException e) {
            flash.addFlashAttribute("error", String.join(" ", e.problems().stream()
                    .map(VisitRejectedException.Problem::message).toList()));
        } catch (PeriodClosedException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private VisitData correction(VisitView old, Map<String, String> form) {
        VisitStatus status = parseStatus(form.get("status"));
        var start = instant(form.get("start"), "start", "Ange starttid.");
        var stop = instant(form.get("slut"), "slut", "Ange sluttid.");
        if (status == VisitStatus.UTFORD) {
            return VisitData.performed(old.staff(), start, stop).planned(old.plannedStart(), old.plannedStop());
        }
        var cancelled = form.get("avbokad") == null || form.get("avbokad").isBlank() ? old.cancelledAt()
                : instant(form.get("avbokad"), "avbokad", "Ange när besöket ställdes in.");
        return VisitData.cancelled(old.staff(), status, start, stop, cancelled);
    }

    private java.time.Instant instant(String text, String field, String message) {
        try {
            return LocalDateTime.parse(text).atZone(fmt.zone()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new VisitRejectedException(List.of(new VisitRejectedException.Problem(field, message)));
        }
    }

    private static VisitStatus parseStatus(String text) {
        try {
            return VisitStatus.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new VisitRejectedException(List.of(new VisitRejectedException.Problem("status", "Välj status.")));
        }
    }

    private String local(java.time.Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, fmt.zone()).withSecond(0).withNano(0)
                .toString();
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new VisitRejectedException(List.of(new VisitRejectedException.Problem("antal",
                    "Ange antal leveranser som ett heltal.")));
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.trim().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            throw new VisitRejectedException(List.of(new VisitRejectedException.Problem("belopp",
                    "Ange beloppet i kronor, t.ex. 12345,50.")));
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new VisitRejectedException(List.of(new VisitRejectedException.Problem("period",
                    "Ange perioden som år-månad, t.ex. 2026-10.")));
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(VisitRejectedException.class)
    org.springframework.web.servlet.ModelAndView rejected(VisitRejectedException e) {
        return UiExceptionHandler.page(org.springframework.http.HttpStatus.BAD_REQUEST,
                "Uppgifterna innehåller fel.", e.getMessage());
    }

    @org.springframework.web.bind.annotation.ExceptionHandler({ PeriodClosedException.class,
            se.kasus.provision.MissingPriceException.class })
    org.springframework.web.servlet.ModelAndView closed(RuntimeException e) {
        return UiExceptionHandler.page(org.springframework.http.HttpStatus.CONFLICT, "Det gick inte att genomföra.",
                e.getMessage());
    }
}
