package se.kasus.web.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.access.AccessControl;
import se.kasus.access.Permission;
import se.kasus.casework.CaseReview;
import se.kasus.replay.CaseHistory;
import se.kasus.replay.CaseReplay;
import se.kasus.replay.ProcessPath;

/**
 * Ärendehistorik for the revisor and the enhetschef: find a case by its reference, then replay it, with the diagram
 * of each process run drawn by bpmn-js (case-history.js) and the path it took highlighted. GET only.
 */
@Controller
class CaseHistoryPageController {

    /** "ÄO-12", "äo 12", "AO-12" or just "12". */
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(?:[ÄäAa][Oo]\\s*-?\\s*)?(\\d{1,15})\\s*$");

    private final CaseReplay replay;
    private final AccessControl access;
    private final StaffNames names;
    private final ObjectMapper json;

    CaseHistoryPageController(CaseReplay replay, AccessControl access, StaffNames names, ObjectMapper json) {
        this.replay = replay;
        this.access = access;
        this.names = names;
        this.json = json;
    }

    @GetMapping("/revision/arenden")
    String find(@RequestParam(name = "arende", required = false) String reference, Model model) {
        access.require(Permission.CASE_HISTORY_READ, CaseReview.RESOURCE);
        if (reference == null || reference.isBlank()) {
            return "case-history-search";
        }
        Optional<Long> caseId = caseId(reference);
        if (caseId.isEmpty()) {
            model.addAttribute("reference", reference);
            model.addAttribute("referenceError", "Skriv ärendets beteckning, till exempel ÄO-12, eller bara numret.");
            return "case-history-search";
        }
        return "redirect:/revision/arenden/" + caseId.get();
    }

    static Optional<Long> caseId(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    @GetMapping("/revision/arenden/{caseId}")
    String replay(@PathVariable long caseId, Model model) {
        CaseHistory history = replay.replay(caseId);
        model.addAttribute("history", history);
        model.addAttribute("caseView", history.records().caseView());
        model.addAttribute("names", names.all());
        model.addAttribute("replayJson", pageData(history.processes()));
        return "case-history";
    }

    /** What case-history.js needs to draw each run's diagram and its path. */
    private String pageData(List<ProcessPath> paths) {
        List<Map<String, Object>> processes = paths.stream().map(p -> Map.<String, Object>of(
                "id", p.processInstanceId(),
                "name", p.processName() == null ? p.processKey() : p.processName(),
                "version", p.version(),
                "done", p.doneActivities(), "active", p.activeActivities(), "canceled", p.canceledActivities(),
                "taken", p.takenFlows())).toList();
        try {
            return TaskPageData.scriptSafe(json.writeValueAsString(Map.of("processes", processes)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
