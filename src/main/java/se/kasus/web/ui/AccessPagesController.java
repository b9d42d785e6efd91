package se.kasus.web.ui;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.kasus.access.AccessOverview;
import se.kasus.access.Permission;
import se.kasus.casework.PersonAccessOverview;

/** "Who can do what" (the matrix as enforced) and "who can see this person, and why". */
@Controller
class AccessPagesController {

    /** What each permission lets a role do, in the words of the people who are given it; the scope is in the matrix. */
    static final Map<Permission, String> LABELS = Map.ofEntries(
            Map.entry(Permission.PERSON_SEARCH, "Söka person på personnummer"),
            Map.entry(Permission.CLIENT_FILE_READ, "Läsa klientakten"),
            Map.entry(Permission.CASE_CREATE, "Registrera ärende"),
            Map.entry(Permission.TASK_WORK, "Arbeta med uppgifter"),
            Map.entry(Permission.DECIDE, "Fatta beslut enligt delegationsordningen"),
            Map.entry(Permission.JOURNAL_WRITE, "Skriva och rätta journal"),
            Map.entry(Permission.AUDIT_READ, "Läsa loggen, utdrag, stickprov"),
            Map.entry(Permission.CASE_HISTORY_READ, "Ärendehistorik"),
            Map.entry(Permission.AUDIT_VERIFY, "Verifiera loggens hashkedja"),
            Map.entry(Permission.PROCESS_ADMIN, "Processer, Cockpit, driftsättning"),
            Map.entry(Permission.DEADLINE_VIEW, "Frister"),
            Map.entry(Permission.FEE_READ, "Läsa avgifter"),
            Map.entry(Permission.FEE_WRITE, "Avgiftsunderlag och avgiftsbeslut"),
            Map.entry(Permission.FEE_RUN, "Avgiftskörning och export"),
            Map.entry(Permission.VISIT_REPORT, "Rapportera besök"),
            Map.entry(Permission.VISIT_CORRECT, "Rätta besök"),
            Map.entry(Permission.REIMBURSEMENT_READ, "Läsa ersättningsunderlag"),
            Map.entry(Permission.REIMBURSEMENT_ATTEST, "Attestera ersättning, export, avstämning"),
            Map.entry(Permission.PROVIDER_ORDERS, "Beställningar"),
            Map.entry(Permission.PROVIDER_DOCUMENTATION, "Genomförandeplan och social dokumentation"),
            Map.entry(Permission.SOCIAL_REGISTER_READ, "Socialregistret: se förekomst och kontakt, inte ärendet"),
            Map.entry(Permission.PROTECTED_IDENTITY_READ, "Se personer med skyddade personuppgifter i listor och sökningar"));

    private final AccessOverview overview;
    private final PersonAccessOverview personOverview;

    AccessPagesController(AccessOverview overview, PersonAccessOverview personOverview) {
        this.overview = overview;
        this.personOverview = personOverview;
    }

    @GetMapping("/behorigheter")
    String matrix(Model model) {
        model.addAttribute("matrix", overview.matrix()).addAttribute("labels", LABELS);
        return "access-matrix";
    }

    @GetMapping("/logg/person/{personId}/behorighet")
    String person(@PathVariable long personId, Model model) {
        model.addAttribute("readers", personOverview.whoCanSee(personId)).addAttribute("personId", personId);
        return "access-person";
    }
}
