package se.kasus.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour that follows from how form-js evaluates conditions, on small inline forms. */
class FormValidatorTest {

    private final FormValidator validator = new FormValidator();

    /** An anonymous report hides who reported; the authority's name depends on that hidden choice. */
    private static final FormSchema REPORT = TestForms.inline("""
            [{"type": "checkbox", "key": "anonym", "label": "Anonym anmälan"},
             {"type": "radio", "key": "anmalarTyp", "label": "Anmälare",
              "values": [{"label": "Privatperson", "value": "privatperson"}, {"label": "Myndighet", "value": "myndighet"}],
              "conditional": {"hide": "=anonym"}},
             {"type": "textfield", "key": "myndighet", "label": "Myndighetens namn", "validate": {"required": true},
              "conditional": {"hide": "=anmalarTyp != \\"myndighet\\""}}]""");

    @Test
    void aConditionOnAHiddenFieldSeesItAsEmptyAsInFormJs() {
        // the browser keeps "myndighet" in its data after "anonym" is ticked, but clears it before rendering,
        // so the authority field is hidden and not submitted
        ValidationResult result = validator.validate(REPORT, Map.of("anonym", true, "anmalarTyp", "myndighet"), Map.of());

        assertThat(result.errors()).isEmpty();
        assertThat(result.cleanValues()).containsOnlyKeys("anonym");
    }

    @Test
    void theSameFieldIsRequiredWhenItsConditionFieldIsShown() {
        ValidationResult result = validator.validate(REPORT, Map.of("anonym", false, "anmalarTyp", "myndighet"), Map.of());

        assertThat(result.errors()).containsExactly(
                new FieldError("myndighet", "Myndighetens namn", "Fältet är obligatoriskt."));
    }

    @Test
    void anUntouchedTextFieldIsAnEmptyStringToConditions() {
        FormSchema schema = TestForms.inline("""
                [{"type": "textfield", "key": "orsak"},
                 {"type": "textarea", "key": "utveckla", "validate": {"required": true},
                  "conditional": {"hide": "=orsak = \\"\\""}}]""");

        assertThat(validator.validate(schema, Map.of(), Map.of()).isValid()).isTrue();
        assertThat(validator.validate(schema, Map.of("orsak", "Flytt"), Map.of()).errors())
                .extracting(FieldError::key).containsExactly("utveckla");
    }

    @Test
    void aDateIsTextToConditionsAsInFormJs() {
        FormSchema schema = TestForms.inline("""
                [{"type": "datetime", "subtype": "date", "key": "beslutsdatum"},
                 {"type": "textfield", "key": "skal", "validate": {"required": true},
                  "conditional": {"hide": "=beslutsdatum >= \\"2025-01-01\\""}}]""");

        assertThat(validator.validate(schema, Map.of("beslutsdatum", "2025-06-30"), Map.of()).isValid()).isTrue();
        assertThat(validator.validate(schema, Map.of("beslutsdatum", "2024-12-31"), Map.of()).errors())
                .extracting(FieldError::key).containsExactly("skal");
    }

    @Test
    void aReadonlyExpressionDecidesWhetherTheValueIsTaken() {
        FormSchema schema = TestForms.inline("""
                [{"type": "checkbox", "key": "last"},
                 {"type": "textfield", "key": "anteckning", "readonly": "=last"}]""");

        assertThat(validator.validate(schema, Map.of("last", true, "anteckning", "x"), Map.of()).cleanValues())
                .doesNotContainKey("anteckning");
        assertThat(validator.validate(schema, Map.of("last", false, "anteckning", "x"), Map.of()).cleanValues())
                .containsEntry("anteckning", "x");
    }

    @Test
    void anUnanchoredPatternMayMatchAnywhereAsRegExpTestDoes() {
        FormSchema schema = TestForms.inline("""
                [{"type": "textfield", "key": "dnr", "label": "Diarienummer", "validate": {"pattern": "SN \\\\d{4}/\\\\d+"}}]""");

        assertThat(validator.validate(schema, Map.of("dnr", "Dnr SN 2025/123 (överklagat)"), Map.of()).isValid()).isTrue();
        assertThat(validator.validate(schema, Map.of("dnr", "SN 25/123"), Map.of()).errors())
                .containsExactly(new FieldError("dnr", "Diarienummer", "Värdet har fel format."));
    }

    @Test
    void resultCannotBeChangedAfterValidation() {
        ValidationResult result = validator.validate(REPORT, Map.of("anonym", false, "anmalarTyp", "privatperson"), Map.of());

        assertThat(result.isValid()).isTrue();
        assertThatThrownBy(() -> result.cleanValues().put("myndighet", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.errors().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
