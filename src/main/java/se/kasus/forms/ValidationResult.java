package se.kasus.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating one submission.
 *
 * @param cleanValues the values to save: only known, visible, enabled fields, coerced to Java types and nested
 *                    like form-js data ({@code {"sokande": {"namn": ...}}} for a group with path {@code sokande}).
 *                    A field left empty is present with {@code null} (a checkbox with {@code false}, a checklist or
 *                    taglist with an empty list), so saving it clears an earlier value. Empty when the submission
 *                    is rejected, so that nothing half-valid can be saved by mistake.
 * @param errors      one error per rejected field, in form order; an unknown-field error comes first
 */
public record ValidationResult(Map<String, Object> cleanValues, List<FieldError> errors) {

    public ValidationResult {
        // Map.copyOf refuses null values, which mean "cleared" here
        cleanValues = Collections.unmodifiableMap(new LinkedHashMap<>(cleanValues));
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
