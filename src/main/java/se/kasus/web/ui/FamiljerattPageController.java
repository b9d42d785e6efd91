package se.kasus.web.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.casework.CaseView;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.NewSnabbupplysning;
import se.kasus.casework.Snabbupplysningar;
import se.kasus.casework.NewVbuUtredning;
import se.kasus.casework.VbuUtredningar;
import se.kasus.registry.InvalidPersonnummerException;

/**
 * Familjerätt's pages: register a court's request for a snabbupplysning (the same service as the API), and follow one
 * case: what the socialregister showed, the contacts, the yttrande and its PDF. The steps are tasks in the inbox.
 */
@Controller
class FamiljerattPageController {

    private final Snabbupplysningar snabbupplysningar;
    private final VbuUtredningar vbuUtredningar;
    private final ClientFileService clientFiles;
    private final Clock clock;

    FamiljerattPageController(Snabbupplysningar snabbupplysningar, VbuUtredningar vbuUtredningar,
            ClientFileService clientFiles, Clock clock) {
        this.snabbupplysningar = snabbupplysningar;
        this.vbuUtredningar = vbuUtredningar;
        this.clientFiles = clientFiles;
        this.clock = clock;
    }

    /** What the form posts; every field is text, so a wrong date comes back as a message, not an error page. */
    record SnabbupplysningForm(String court, String caseNumber, String receivedDate, String courtDeadline,
            String child, String parents) {
    }

    @GetMapping("/familjeratt")
    String blank(Model model) {
        snabbupplysningar.requireRegistrar();
        model.addAttribute("request", new SnabbupplysningForm(null, null, LocalDate.now(clock).toString(), null, null,
                null));
        return "familjeratt";
    }

    @PostMapping("/familjeratt/snabbupplysningar")
    String register(@ModelAttribute("request") SnabbupplysningForm form, Model model, RedirectAttributes flash) {
        try {
            CaseView opened = snabbupplysningar.register(toRequest(form));
            flash.addFlashAttribute("message", "Snabbupplysningen är registrerad som " + opened.reference()
                    + ". Kontrollera socialregistret för parterna i inkorgen.");
            return "redirect:/familjeratt/snabbupplysningar/" + opened.id();
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return "familjeratt";
        }
    }

    @GetMapping("/familjeratt/snabbupplysningar/{caseId}")
    String show(@PathVariable long caseId, Model model) {
        model.addAttribute("su", snabbupplysningar.view(caseId));
        return "snabbupplysning";
    }

    /** The court's uppdrag (FB 6 kap. 19 §) as the form posts it; questions are the ticked boxes. */
    record VbuForm(String court, String caseNumber, List<String> questions, String courtDeadline, String child,
            String parents) {
    }

    @GetMapping("/familjeratt/vbu-utredningar/ny")
    String blankVbu(Model model) {
        vbuUtredningar.requireRegistrar();
        model.addAttribute("request", new VbuForm(null, null, List.of(), null, null, null));
        return "vbu-utredning-ny";
    }

    @PostMapping("/familjeratt/vbu-utredningar")
    String registerVbu(@ModelAttribute("request") VbuForm form, Model model, RedirectAttributes flash) {
        try {
            LocalDate deadline = FormInput.date(form.courtDeadline(), "courtDeadline", "Domstolens sista dag");
            CaseView opened = vbuUtredningar.register(new NewVbuUtredning(form.court(), form.caseNumber(),
                    form.questions(), deadline, child(form.child()), persons(form.parents(), "parentIds",
                            "Föräldrarnas personnummer")));
            flash.addFlashAttribute("message", "Uppdraget är registrerat som " + opened.reference()
                    + ". Samtalen med föräldrarna finns i inkorgen.");
            return "redirect:/familjeratt/vbu-utredningar/" + opened.id();
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return "vbu-utredning-ny";
        }
    }

    @GetMapping("/familjeratt/vbu-utredningar/{caseId}")
    String showVbu(@PathVariable long caseId, Model model) {
        model.addAttribute("u", vbuUtredningar.view(caseId));
        return "vbu-utredning";
    }

    private Long child(String text) {
        List<Long> child = persons(text, "childId", "Barnets personnummer");
        if (child.size() > 1) {
            throw FormRejectedException.field("childId", "Barnets personnummer", "Ange bara ett barn.");
        }
        return child.isEmpty() ? null : child.get(0);
    }

    private NewSnabbupplysning toRequest(SnabbupplysningForm form) {
        LocalDate received = FormInput.date(form.receivedDate(), "receivedDate", "Begäran inkom");
        LocalDate deadline = FormInput.date(form.courtDeadline(), "courtDeadline", "Domstolens sista dag");
        return new NewSnabbupplysning(form.court(), form.caseNumber(), received, deadline, child(form.child()),
                persons(form.parents(), "parentIds", "Föräldrarnas personnummer"));
    }

    /** One personnummer per line, each looked up through the audited person search. */
    private List<Long> persons(String text, String key, String label) {
        List<Long> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String line : text.split("[\\r\\n,;]+")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ids.add(clientFiles.search(line.strip()).orElseThrow(() -> FormRejectedException.field(key, label,
                        "Ingen person med personnummer " + line.strip() + " finns i registret.")).person().id());
            } catch (InvalidPersonnummerException e) {
                throw FormRejectedException.field(key, label, e.getMessage());
            }
        }
        return ids;
    }
}
