package se.kasus.forms;

import java.util.List;

/**
 * One input field of a form.
 *
 * @param key       where the value lives in form data: group paths and the field's own key, joined with dots
 *                  (form-js splits both on dots, so {@code "sokande.namn"} is {@code {"sokande": {"namn": ...}}})
 * @param label     the label shown to the user, or the key when the form has none
 * @param options   the allowed values of a static option list; empty for other fields
 * @param valuesKey the name under which allowed values are supplied at validation time, or {@code null}
 * @param hideWhen  the field's own {@code conditional.hide} and those of the groups around it
 * @param locked    when met, the field is disabled, read-only or computed and the submitted value is ignored
 */
public record FormField(
        String key,
        FieldType type,
        String label,
        FieldRules rules,
        List<String> options,
        String valuesKey,
        List<Condition> hideWhen,
        Condition locked) {

    public FormField {
        options = List.copyOf(options);
        hideWhen = List.copyOf(hideWhen);
    }

    public List<String> path() {
        return List.of(key.split("\\."));
    }
}
