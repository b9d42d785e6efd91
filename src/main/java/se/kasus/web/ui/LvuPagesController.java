package se.kasus.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.kasus.casework.LvuService;

/** The unit's missed LVU deadlines: the page the inbox's red banner links to. */
@Controller
class LvuPagesController {

    private final LvuService lvu;

    LvuPagesController(LvuService lvu) {
        this.lvu = lvu;
    }

    @GetMapping("/lvu/fristmissar")
    String legalFailures(Model model) {
        model.addAttribute("failures", lvu.legalFailuresOfMyUnit());
        return "lvu-fristmissar";
    }
}
