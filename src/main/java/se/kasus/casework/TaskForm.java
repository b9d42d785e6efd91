package se.kasus.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A task opened for work: its form schema (form-js JSON), the data to show in it (a saved draft, or what the step
 * displays), and the runtime options for fields with a {@code valuesKey}.
 */
public record TaskForm(String taskId, String taskName, String taskKey, CaseView caseView, String personName,
        String assignee, Instant due, String schema, Map<String, Object> data, Map<String, List<Map<String, String>>> options,
        Instant draftSavedAt) {
}
