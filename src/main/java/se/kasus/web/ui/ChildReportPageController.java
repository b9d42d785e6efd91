package se.kasus.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.access.AccessControl;
import se.kasus.access.Permission;
import se.kasus.casework.CaseView;
import se.kasus.casework.ChildReportChannel;
import se.kasus.casework.ChildReports;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.NewChildReport;
import se.kasus.casework.ReporterKind;
import se.kasus.registry.InvalidPersonnummerException;

/** The caseworker's form for an orosanmälan (a call, a letter, a visit): the same service as the API. */
@Controller
class ChildReportPageController {

    private final ChildReports reports;
    private final ClientFileService clientFiles;
    private final Clock clock;
    private final AccessControl access;

    ChildReportPageController(ChildReports reports, ClientFileService clientFiles, Clock clock, AccessControl access) {
        this.access = access;
        this.reports = reports;
        this.clientFiles = clientFiles;
        this.clock = clock;
    }

    /** What the form posts; every field is text, so a wrong date comes back as a message, not an error page. */
    record ChildReportForm(String childIds, String receivedAt, String receivedTime, String channel,
            String reporterKind, String reporterName, String reporterOrganisation, String reporterContact,
            String description) {
    }

    @ModelAttribute("channels")
    List<ChildReportChannel> channels() {
        return List.of(ChildReportChannel.TELEFON, ChildReportChannel.BREV, ChildReportChannel.E_POST,
                ChildReportChannel.BESOK);
    }

    @ModelAttribute("reporterKinds")
    ReporterKind[] reporterKinds() {
        return ReporterKind.values();
    }

    @GetMapping("/orosanmalan")
    String blank(Model model) {
        requireReporter();
        model.addAttribute("report", new ChildReportForm(null, LocalDate.now(clock).toString(), null, null, null, null,
                null, null, null));
        return "child-report";
    }

    /** From the person page: the form with that child filled in (posted, so no personnummer ends up in a URL). */
    @PostMapping("/orosanmalan/ny")
    String forChild(@RequestParam("childIds") String personnummer, Model model) {
        requireReporter();
        model.addAttribute("report", new ChildReportForm(personnummer, LocalDate.now(clock).toString(), null, null,
                null, null, null, null, null));
        return "child-report";
    }

    @PostMapping("/orosanmalan")
    String register(@ModelAttribute("report") ChildReportForm form, Model model, RedirectAttributes flash) {
        requireReporter();
        try {
            List<CaseView> opened = reports.register(toReport(form));
            flash.addFlashAttribute("message", "Orosanmälan är registrerad: " + String.join(", ",
                    opened.stream().map(CaseView::reference).toList()) + ". Gör skyddsbedömningen i dag.");
            return "redirect:/personer/" + opened.get(0).personId();
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return "child-report";
        }
    }

    private NewChildReport toReport(ChildReportForm form) {
        LocalDate day = FormInput.date(form.receivedAt(), "receivedAt", "Anmälan inkom");
        if (day == null) {
            throw FormRejectedException.field("receivedAt", "Anmälan inkom", "Ange när anmälan kom in.");
        }
        LocalTime time;
        try {
            time = form.receivedTime() == null || form.receivedTime().isBlank() ? LocalTime.MIDNIGHT
                    : LocalTime.parse(form.receivedTime().strip());
        } catch (DateTimeParseException e) {
            throw FormRejectedException.field("receivedTime", "Klockslag", "Ange klockslaget som TT:MM.");
        }
        return new NewChildReport(children(form.childIds()), day.atTime(time).atZone(clock.getZone()).toInstant(),
                choice(ChildReportChannel.class, form.channel()),
                choice(ReporterKind.class, form.reporterKind()), form.reporterName(),
                form.reporterOrganisation(), form.reporterContact(), form.description());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElse(null);
    }

    /** One personnummer per line, each looked up through the audited person search. */
    private List<Long> children(String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String line : text.split("[\\r\\n,;]+")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ids.add(clientFiles.search(line.strip()).orElseThrow(() -> FormRejectedException.field("childIds",
                        "Barnens personnummer", "Ingen person med personnummer " + line.strip() + " finns i registret."))
                        .person().id());
            } catch (InvalidPersonnummerException e) {
                throw FormRejectedException.field("childIds", "Barnens personnummer", e.getMessage());
            }
        }
        return ids;
    }

    /** The form is for those who register cases (case.create): checked before the form is shown or read. */
    private void requireReporter() {
        access.require(Permission.CASE_CREATE, "orosanmälan");
    }
}
