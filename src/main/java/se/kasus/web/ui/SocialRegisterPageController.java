package se.kasus.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.access.AccessControl;
import se.kasus.access.CrossUnitAccess;
import se.kasus.access.Permission;
import se.kasus.access.UnitView;
import se.kasus.access.UserDirectory;
import se.kasus.casework.ClientFileService;
import se.kasus.casework.FormRejectedException;
import se.kasus.casework.SocialRegister;
import se.kasus.registry.InvalidPersonnummerException;

/**
 * Socialregistret: förekomstkontroll by personnummer with a stated purpose. The answer says where the person occurs
 * and whom to contact; a case is read only by asking its unit. A POST, so the purpose is not left in URLs and logs.
 */
@Controller
class SocialRegisterPageController {

    private final SocialRegister register;
    private final ClientFileService clientFiles;
    private final AccessControl access;
    private final UserDirectory directory;
    private final UiFormat fmt;

    SocialRegisterPageController(SocialRegister register, ClientFileService clientFiles, AccessControl access,
            UserDirectory directory, UiFormat fmt) {
        this.register = register;
        this.clientFiles = clientFiles;
        this.access = access;
        this.directory = directory;
        this.fmt = fmt;
    }

    /** Occurrences in other units offer a menprövning to those who may read client files at all. */
    @ModelAttribute
    void reader(Model model) {
        access.findCurrentUser().ifPresent(user -> model.addAttribute("myUnit", user.unitId())
                .addAttribute("mayRequestReading", access.may(user, Permission.CLIENT_FILE_READ)));
    }

    @GetMapping("/socialregister")
    String page() {
        register.requireAccess();
        return "socialregister";
    }

    @PostMapping("/socialregister")
    String lookup(@RequestParam(defaultValue = "") String personnummer,
            @RequestParam(name = "andamal", defaultValue = "") String purpose, Model model) {
        model.addAttribute("personnummer", personnummer).addAttribute("andamal", purpose);
        try {
            model.addAttribute("searched", true);
            register.lookup(personnummer, purpose).ifPresent(e -> model.addAttribute("extract", e));
        } catch (InvalidPersonnummerException e) {
            model.addAttribute("errors", FormErrors.of(FormRejectedException.field("personnummer", "Personnummer",
                    e.getMessage()))).addAttribute("searched", false);
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e)).addAttribute("searched", false);
        }
        return "socialregister";
    }

    @GetMapping("/personer/{personId}/menprovning")
    String crossUnitForm(@PathVariable long personId, @RequestParam("enhet") String unitId, Model model) {
        return crossUnitPage(personId, unitId, "", model);
    }

    @PostMapping("/personer/{personId}/menprovning")
    String crossUnit(@PathVariable long personId, @RequestParam("enhet") String unitId,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes flash) {
        try {
            CrossUnitAccess.GrantView grant = clientFiles.requestCrossUnitAccess(personId, unitId, reason);
            flash.addFlashAttribute("message", "Menprövningen är registrerad. Du kan läsa ärendena i "
                    + unitName(unitId) + " till " + fmt.dateTime(grant.expiresAt()) + ".");
            return "redirect:/personer/" + personId;
        } catch (FormRejectedException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return crossUnitPage(personId, unitId, reason, model);
        }
    }

    private String crossUnitPage(long personId, String unitId, String reason, Model model) {
        model.addAttribute("personId", personId).addAttribute("unitId", unitId)
                .addAttribute("unitName", unitName(unitId)).addAttribute("reason", reason);
        return "menprovning";
    }

    private String unitName(String unitId) {
        return directory.unit(unitId).map(UnitView::name).orElse(unitId);
    }
}
