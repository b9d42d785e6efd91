package se.kasus.forms;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The checks a field asks for: its {@code validate} block, plus a number field's {@code decimalDigits}
 * and {@code increment}. Absent limits are {@code null}.
 *
 * @param validationType {@code "email"}, {@code "phone"} or {@code null}
 */
public record FieldRules(
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Integer minLength,
        Integer maxLength,
        Pattern pattern,
        String patternErrorMessage,
        String validationType,
        Integer decimalDigits,
        BigDecimal increment) {

    static final FieldRules NONE = new FieldRules(false, null, null, null, null, null, null, null, null, null);
}
