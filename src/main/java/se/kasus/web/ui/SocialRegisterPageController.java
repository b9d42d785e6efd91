package se.kasus.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    SocialRegisterPageController(SocialRegister register) {
        this.register = register;
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
}
