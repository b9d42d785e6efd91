package se.kasus.web.ui;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kasus.access.Role;
import se.kasus.frister.Frist;
import se.kasus.frister.Fristbevakning;

/** Fristbevakning: the unit's running legal deadlines, overdue first, with a filter by kind. */
@Controller
class FristerPageController {

    private final Fristbevakning fristbevakning;
    private final StaffNames names;

    FristerPageController(Fristbevakning fristbevakning, StaffNames names) {
        this.fristbevakning = fristbevakning;
        this.names = names;
    }

    @GetMapping("/frister")
    String frister(@RequestParam(name = "typ", required = false) String kind, Model model) {
        var list = fristbevakning.list(kind);
        Map<String, String> staff = names.all();
        model.addAttribute("list", list);
        model.addAttribute("rows", list.frister().stream().map(f -> new Row(f, responsible(f, staff))).toList());
        return "frister";
    }

    /** A row of the table: the deadline and who answers for it, by name. */
    record Row(Frist frist, String responsible) {
    }

    /** Who answers for the deadline: whoever took the task, else its group; for a timer the case's handläggare. */
    static String responsible(Frist f, Map<String, String> staff) {
        if (f.assignee() != null) {
            return staff.getOrDefault(f.assignee(), f.assignee());
        }
        if (!f.candidateGroups().isEmpty()) {
            return String.join(", ", groups(f.candidateGroups()));
        }
        return f.caseResponsible() == null ? "" : staff.getOrDefault(f.caseResponsible(), f.caseResponsible());
    }

    private static List<String> groups(List<String> groupIds) {
        return groupIds.stream().map(g -> {
            String role = g.contains(".") ? g.substring(g.indexOf('.') + 1) : g;
            return Role.fromGroupId(role).map(r -> r.label() + " (grupp)").orElse(g);
        }).toList();
    }
}
