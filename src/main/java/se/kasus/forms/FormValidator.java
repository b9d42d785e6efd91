package se.kasus.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Validates a form submission on the server against the same form-js schema the browser rendered,
 * because the browser's own validation can be skipped by anyone who posts directly.
 *
 * <p>Stateless and thread-safe; usable as a Spring bean or with {@code new}.
 */
@Component
public class FormValidator {

    /**
     * @param submission     the form data as form-js submits it ({@code form.submit().data}) or a JSON API sends it:
     *                       nested maps for group paths, numbers as numbers or numeric strings, dates as
     *                       {@code YYYY-MM-DD}, checkboxes as booleans, checklists and taglists as lists of strings
     * @param dynamicOptions allowed values for fields whose options come from a {@code valuesKey}, keyed by that
     *                       valuesKey; a visible field with a value and no entry here is a caller error
     *                       ({@link IllegalArgumentException})
     */
    public ValidationResult validate(FormSchema schema, Map<String, Object> submission,
                                     Map<String, List<String>> dynamicOptions) {
        Objects.requireNonNull(schema, "schema");
        Map<String, Object> data = submission == null ? Map.of() : submission;
        Map<String, List<String>> options = dynamicOptions == null ? Map.of() : dynamicOptions;

        List<FieldError> errors = new ArrayList<>();
        unknownFields(schema, data).ifPresent(errors::add);

        Map<String, Object> raw = new HashMap<>();
        schema.fields().forEach(f -> raw.put(f.key(), valueAt(data, f.path())));
        Map<String, Object> rendered = renderedData(schema, raw);

        Map<String, Object> clean = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (isHidden(field, rendered) || field.locked().isMet(rendered)) {
                continue; // the browser showed no editable field, so whatever came in is not the user's input
            }
            FieldCheck.Result result = FieldCheck.check(field, raw.get(field.key()), options);
            if (result.isError()) {
                errors.add(new FieldError(field.key(), field.label(), result.error()));
            } else {
                putAt(clean, field.path(), result.value());
            }
        }
        return new ValidationResult(errors.isEmpty() ? clean : Map.of(), errors);
    }

    /**
     * The data the browser evaluated its final hide conditions on. form-js first evaluates every condition
     * on the full data, clears the values of the fields that came out hidden, and renders by evaluating the
     * conditions again on what is left; a field hidden in that second round was neither shown nor submitted.
     */
    private static Map<String, Object> renderedData(FormSchema schema, Map<String, Object> raw) {
        Map<String, Object> all = new HashMap<>();
        schema.fields().forEach(f -> all.put(f.key(), FieldCheck.browserValue(f, raw.get(f.key()))));
        Map<String, Object> rendered = new HashMap<>(all);
        schema.fields().stream().filter(f -> isHidden(f, all)).forEach(f -> rendered.put(f.key(), null));
        return rendered;
    }

    private static boolean isHidden(FormField field, Map<String, Object> data) {
        return field.hideWhen().stream().anyMatch(c -> c.isMet(data));
    }

    /** Keys no field of the form owns; form-js never sends those, so something else made this submission. */
    private static Optional<FieldError> unknownFields(FormSchema schema, Map<String, Object> data) {
        Set<String> keys = schema.fields().stream().map(FormField::key).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        collectUnknown(data, "", keys, unknown);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(FieldError.FORM_KEY, "",
                "Formuläret innehåller okända fält: " + String.join(", ", unknown)));
    }

    private static void collectUnknown(Map<?, ?> data, String prefix, Set<String> keys, Set<String> unknown) {
        for (Map.Entry<?, ?> entry : data.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String key = prefix + name;
            boolean isGroup = keys.stream().anyMatch(k -> k.startsWith(key + "."));
            if (name.contains(".")) {
                unknown.add(key); // form-js nests dotted keys ({"a": {"b": ...}}); a flat "a.b" is not from the form
            } else if (isGroup && entry.getValue() instanceof Map<?, ?> nested) {
                collectUnknown(nested, key + ".", keys, unknown);
            } else if (!keys.contains(key) && !(isGroup && entry.getValue() == null)) {
                unknown.add(key); // a null group is what JSON serializers write for an absent object
            }
        }
    }

    private static Object valueAt(Map<?, ?> data, List<String> path) {
        Object node = data;
        for (String segment : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(segment);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void putAt(Map<String, Object> target, List<String> path, Object value) {
        Map<String, Object> node = target;
        for (String segment : path.subList(0, path.size() - 1)) {
            node = (Map<String, Object>) node.computeIfAbsent(segment, s -> new LinkedHashMap<String, Object>());
        }
        node.put(path.get(path.size() - 1), value);
    }
}
