package se.kasus.web.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.access.AccessControl;
import se.kasus.access.Permission;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseRecordsService;
import se.kasus.casework.Journal;
import se.kasus.casework.CaseType;
import se.kasus.casework.CaseView;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.ClientFileService.PersonHit;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.MunicipalityProperties;
import se.kasus.casework.ServiceType;
import se.kasus.registry.InvalidPersonnummerException;

/**
 * Finding a person, registering an ansökan, and the client's file with its journal and appeal forms. The search
 * posts, so that no personnummer ends up in an address, the browser's history or an access log.
 */
@Controller
class PersonPagesController {

    private static final String REASON = "Handläggning";

    private final ClientFileService clientFiles;
    private final CaseIntake intake;
    private final CaseRecordsService records;
    private final Journal journal;
    private final MunicipalityProperties municipality;
    private final StaffNames names;
    private final UiFormat fmt;
    private final AccessControl access;

    PersonPagesController(ClientFileService clientFiles, CaseIntake intake, CaseRecordsService records,
            Journal journal, MunicipalityProperties municipality, StaffNames names, UiFormat fmt, AccessControl access) {
        this.access = access;
        this.clientFiles = clientFiles;
        this.intake = intake;
        this.records = records;
        this.journal = journal;
        this.municipality = municipality;
        this.names = names;
        this.fmt = fmt;
    }

    @ModelAttribute("serviceTypes")
    List<ServiceType> serviceTypes() {
        return ServiceType.of(CaseType.SOL_ALDRE_BISTAND);
    }

    @GetMapping("/personer")
    String searchPage() {
        access.require(Permission.PERSON_SEARCH, "personregister");
        return "persons";
    }

    @PostMapping("/personer")
    String search(@RequestParam(defaultValue = "") String personnummer, Model model) {
        model.addAttribute("personnummer", personnummer);
        try {
            Optional<PersonHit> hit = clientFiles.search(personnummer);
            model.addAttribute("searched", true);
            hit.ifPresent(h -> model.addAttribute("hit", h)
                    .addAttribute("applicationForm", ApplicationForm.blank(personnummer, fmt.today())));
        } catch (InvalidPersonnummerException e) {
            model.addAttribute("searchError", e.getMessage());
        }
        return "persons";
    }

    @PostMapping("/personer/{personId}/ansokan")
    String register(@PathVariable long personId, @ModelAttribute("applicationForm") ApplicationForm form, Model model,
            RedirectAttributes flash) {
        try {
            CaseView created = intake.registerApplication(form.toApplication(personId));
            flash.addFlashAttribute("message", "Ansökan är registrerad som ärende " + created.reference() + ".");
            return "redirect:/personer/" + personId;
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("personnummer", form.personnummer());
            model.addAttribute("applicationPersonId", personId);
            hit(form.personnummer(), personId).ifPresent(h -> model.addAttribute("hit", h));
            return "persons";
        }
    }

    /** {@code ?slutford} is where the task screen lands after "Slutför". */
    @GetMapping("/personer/{personId}")
    String clientFile(@PathVariable long personId, @RequestParam(name = "slutford", required = false) String completed,
            Model model) {
        if (completed != null && !model.containsAttribute("message")) {
            model.addAttribute("message", "Uppgiften är slutförd.");
        }
        return file(personId, model);
    }

    @PostMapping("/arenden/{caseId}/journal")
    String journal(@PathVariable long caseId, @RequestParam long personId,
            @RequestParam(defaultValue = "") String text, Model model, RedirectAttributes flash) {
        try {
            journal.write(caseId, text);
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e)).addAttribute("journalCaseId", caseId)
                    .addAttribute("journalText", text);
            return file(personId, model);
        }
        flash.addFlashAttribute("message", "Journalanteckningen är sparad och signerad.");
        return "redirect:/personer/" + personId + "#journal";
    }

    @PostMapping("/arenden/{caseId}/journal/{entryId}/rattelse")
    String correctJournal(@PathVariable long caseId, @PathVariable long entryId, @RequestParam long personId,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes flash) {
        try {
            journal.correct(caseId, entryId, text, reason);
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e)).addAttribute("correctionEntryId", entryId)
                    .addAttribute("correctionText", text).addAttribute("correctionReason", reason);
            return file(personId, model);
        }
        flash.addFlashAttribute("message", "Rättelsen är sparad och signerad. Den ursprungliga anteckningen står kvar.");
        return "redirect:/personer/" + personId + "#journal-" + entryId;
    }

    /** There is no edit or delete of a signed entry; a forged request gets the reason, and the attempt is logged. */
    @PostMapping("/arenden/{caseId}/journal/{entryId}/andra")
    String editJournal(@PathVariable long caseId, @PathVariable long entryId) {
        journal.refuseChange(caseId, entryId, "Ändring");
        return "redirect:/";
    }

    @PostMapping("/arenden/{caseId}/journal/{entryId}/ta-bort")
    String deleteJournal(@PathVariable long caseId, @PathVariable long entryId) {
        journal.refuseChange(caseId, entryId, "Borttagning");
        return "redirect:/";
    }

    @PostMapping("/beslut/{decisionId}/overklagande")
    String appeal(@PathVariable long decisionId, @RequestParam long personId,
            @RequestParam(defaultValue = "") String receivedDate, Model model, RedirectAttributes flash) {
        try {
            records.registerAppeal(decisionId, FormInput.date(receivedDate, "receivedDate", "Överklagandet inkom"));
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e)).addAttribute("appealDecisionId", decisionId)
                    .addAttribute("appealDate", receivedDate);
            return file(personId, model);
        }
        flash.addFlashAttribute("message", "Överklagandet är registrerat.");
        return "redirect:/personer/" + personId;
    }

    private String file(long personId, Model model) {
        model.addAttribute("file", clientFiles.open(personId, REASON));
        model.addAttribute("names", names.all());
        model.addAttribute("municipality", municipality);
        return "client-file";
    }

    /** The person again after a rejected ansökan, if the personnummer sent along still names them. */
    private Optional<PersonHit> hit(String personnummer, long personId) {
        try {
            return clientFiles.search(personnummer).filter(h -> h.person().id() == personId);
        } catch (InvalidPersonnummerException e) {
            return Optional.empty();
        }
    }
}
