package se.kasus.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kasus.casework.CaseWork;

/**
 * The inbox and taking or returning a task. Actions post and redirect (works without JavaScript); with htmx the
 * redirected page's inbox region replaces the old one.
 */
@Controller
class InboxController {

    private final CaseWork work;
    private final StaffNames names;

    InboxController(CaseWork work, StaffNames names) {
        this.work = work;
        this.names = names;
    }

    @GetMapping("/inkorg")
    String inbox(Model model) {
        model.addAttribute("items", work.inbox());
        model.addAttribute("names", names.all());
        return "inbox";
    }

    @PostMapping("/uppgifter/{taskId}/ta")
    String claim(@PathVariable String taskId, @RequestParam(name = "fran", required = false) String from,
            RedirectAttributes flash) {
        work.claim(taskId);
        flash.addFlashAttribute("message", "Du har tagit uppgiften.");
        return "uppgift".equals(from) ? "redirect:/uppgifter/{taskId}" : "redirect:/inkorg";
    }

    @PostMapping("/uppgifter/{taskId}/lamna")
    String unclaim(@PathVariable String taskId, RedirectAttributes flash) {
        work.unclaim(taskId);
        flash.addFlashAttribute("message", "Du har lämnat tillbaka uppgiften till gruppen.");
        return "redirect:/inkorg";
    }
}
