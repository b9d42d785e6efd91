package se.kasus.web.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import se.kasus.casework.EkbService;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.NewEkbApplication;

/** The page that registers an ansökan om ekonomiskt bistånd; the process's tasks then come to the inbox. */
@Controller
class EkbPagesController {

    private final EkbService ekb;
    private final UiFormat fmt;

    EkbPagesController(EkbService ekb, UiFormat fmt) {
        this.ekb = ekb;
        this.fmt = fmt;
    }

    /** The form as typed, so a rejected form comes back with the user's own values. */
    record EkbApplicationForm(String receivedDate, String month, String partner, String children, String description) {
    }

    @GetMapping("/personer/{personId}/ekonomiskt-bistand")
    String page(@PathVariable long personId, Model model) {
        ekb.requireMayApply();
        YearMonth month = YearMonth.from(fmt.today());
        model.addAttribute("personId", personId).addAttribute("form",
                new EkbApplicationForm(fmt.today().toString(), month.toString(), "", "", ""));
        return "ekb-ansokan";
    }

    @PostMapping("/personer/{personId}/ekonomiskt-bistand")
    String register(@PathVariable long personId, @ModelAttribute("form") EkbApplicationForm form, Model model,
            RedirectAttributes flash) {
        try {
            CaseView created = ekb.register(new NewEkbApplication(personId,
                    FormInput.date(form.receivedDate(), "receivedDate", "Ansökan inkom"), month(form.month()),
                    partner(form.partner()), children(form.children()), form.description()));
            flash.addFlashAttribute("message", "Ansökan om ekonomiskt bistånd är registrerad som ärende "
                    + created.reference() + ".");
            return "redirect:/personer/" + personId;
        } catch (FormRejectedException e) {
            model.addAttribute("personId", personId).addAttribute("errors", FormErrors.of(e));
            return "ekb-ansokan";
        }
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw FormRejectedException.field("month", "Månad", "Ange månaden som ÅÅÅÅ-MM.");
        }
    }

    private Long partner(String personnummer) {
        return personnummer == null || personnummer.isBlank() ? null
                : ekb.householdMember(personnummer.strip(), "partner", "Make, maka eller sambo");
    }

    /** One child per line: the personnummer, then "lunch" when the child eats lunch at förskola five days a week. */
    private List<NewEkbApplication.Child> children(String lines) {
        List<NewEkbApplication.Child> children = new ArrayList<>();
        if (lines == null) {
            return children;
        }
        for (String line : lines.split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (parts[0].isEmpty()) {
                continue;
            }
            boolean lunch = parts.length > 1 && parts[1].equalsIgnoreCase("lunch");
            children.add(new NewEkbApplication.Child(ekb.householdMember(parts[0], "children", "Barn i hushållet"),
                    lunch));
        }
        return children;
    }
}
