package se.kasus.web.ui;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import se.kasus.access.AccessControl;
import se.kasus.access.AuditReview;
import se.kasus.access.KasusUser;
import se.kasus.access.Permission;

/** The audit log for the revisor and the systemförvaltare: verify the hash chain and read the latest entries. */
@Controller
class AuditPageController {

    private static final int LATEST = 100;

    private final AuditReview review;
    private final AccessControl access;
    private final StaffNames names;

    AuditPageController(AuditReview review, AccessControl access, StaffNames names) {
        this.review = review;
        this.access = access;
        this.names = names;
    }

    @GetMapping("/logg")
    String log(Model model) {
        return page(model);
    }

    @PostMapping("/logg/verifiera")
    String verify(Model model) {
        model.addAttribute("verification", review.verify());
        return page(model);
    }

    /**
     * Entries are shown to those who may read them; the systemförvaltare may verify the chain but not read it.
     * Someone who may do neither is refused by the service itself, which also logs the refusal.
     */
    private String page(Model model) {
        KasusUser user = access.currentUser();
        boolean mayRead = access.may(user, Permission.AUDIT_READ);
        boolean mayVerify = access.may(user, Permission.AUDIT_VERIFY);
        model.addAttribute("entries", mayRead || !mayVerify ? review.latest(LATEST) : List.of());
        model.addAttribute("mayRead", mayRead);
        model.addAttribute("mayVerify", mayVerify);
        model.addAttribute("mayReplay", access.may(user, Permission.CASE_HISTORY_READ));
        model.addAttribute("names", names.all());
        return "audit";
    }
}
