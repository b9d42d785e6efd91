package se.kasus.web.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.casework.CaseView;
import se.kasus.casework.CaseWork;
import se.kasus.casework.InboxItem;
import se.kasus.casework.TaskForm;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Uppgifter", description = "Inkorg, ta uppgift, formulär, utkast och slutför")
class TaskApi {

    private final CaseWork work;
    private final ObjectMapper json;

    TaskApi(CaseWork work, ObjectMapper json) {
        this.work = work;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Mina uppgifter och min grupps uppgifter, försenade först")
    List<InboxItem> inbox() {
        return work.inbox();
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Ta uppgiften")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        work.claim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "Lämna tillbaka uppgiften till gruppen")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        work.unclaim(taskId);
        return ResponseEntity.noContent().build();
    }

    /** The form as JSON (not a string inside JSON), so clients can hand it straight to form-js. */
    record TaskFormResponse(String taskId, String taskName, String taskKey, CaseView caseView, String personName,
            String assignee, java.time.Instant due, JsonNode schema, Map<String, Object> data,
            Map<String, List<Map<String, String>>> options, java.time.Instant draftSavedAt) {
    }

    @GetMapping("/{taskId}/form")
    @Operation(summary = "Uppgiftens formulär (Camunda Form), data att visa och sparat utkast")
    TaskFormResponse form(@PathVariable String taskId) throws JsonProcessingException {
        TaskForm f = work.open(taskId);
        return new TaskFormResponse(f.taskId(), f.taskName(), f.taskKey(), f.caseView(), f.personName(), f.assignee(),
                f.due(), json.readTree(f.schema()), f.data(), f.options(), f.draftSavedAt());
    }

    @PutMapping("/{taskId}/draft")
    @Operation(summary = "Spara utkast (autospar); sparas på servern, aldrig i webbläsaren")
    ResponseEntity<Void> draft(@PathVariable String taskId, @RequestBody Map<String, Object> data) {
        work.saveDraft(taskId, data);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Slutför uppgiften; valideras mot formuläret, svarar med fel per fält på svenska")
    CaseView complete(@PathVariable String taskId, @RequestBody Map<String, Object> data) {
        return work.complete(taskId, data);
    }
}
