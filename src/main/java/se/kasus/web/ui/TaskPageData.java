package se.kasus.web.ui;

import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kasus.casework.TaskForm;

/**
 * What the task screen's script needs, as JSON to embed in a {@code <script type="application/json">}: the form-js
 * schema and its input data, where each list of runtime options sits under its {@code valuesKey}, and the time zone
 * the screens show times in.
 */
final class TaskPageData {

    private TaskPageData() {
    }

    static String json(TaskForm form, ObjectMapper json, ZoneId zone) {
        Map<String, Object> data = new LinkedHashMap<>(form.data());
        data.putAll(form.options());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("taskId", form.taskId());
        page.put("timeZone", zone.getId());
        try {
            page.put("schema", json.readTree(form.schema()));
            page.put("data", data);
            return scriptSafe(json.writeValueAsString(page));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No "</script>" or comment can end the script element early: outside strings JSON has none of these. */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
