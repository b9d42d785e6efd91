package se.kasus.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision proposal form (beslutsforslag.form): one test per rule, accepted and refused at its boundary. */
class DecisionFormValidationTest {

    private static final FormSchema FORM = TestForms.schema("beslutsforslag.form");
    private static final Map<String, List<String>> OPTIONS =
            Map.of("insatstyper", List.of("hemtjanst", "ledsagarservice", "korttidsvistelse"));

    private final FormValidator validator = new FormValidator();

    /** What form-js posts for a complete proposal: hidden fields are left out, read-only and computed ones are sent. */
    private static Map<String, Object> proposal() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("diarienummer", "SN 2025/123");
        data.put("utfall", "bifall");
        data.put("insatstyp", "hemtjanst");
        data.put("omfattningTimmar", 20);
        data.put("beraknadKostnad", 7000);
        data.put("startdatum", "2025-03-01");
        data.put("motivering", "Behovet av stöd i hemmet är styrkt genom utredningen.");
        data.put("lagrum", "SoL_4_1");
        data.put("behoverKomplettering", false);
        return data;
    }

    private ValidationResult validate(Map<String, Object> data) {
        return validator.validate(FORM, data, OPTIONS);
    }

    private ValidationResult validateWith(String key, Object value) {
        Map<String, Object> data = proposal();
        data.put(key, value);
        return validate(data);
    }

    private static void assertOnlyError(ValidationResult result, String key, String label, String message) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).containsExactly(new FieldError(key, label, message));
        assertThat(result.cleanValues()).isEmpty();
    }

    @Test
    void acceptsAFormJsSubmissionAndKeepsOnlyWhatTheUserMayEnter() {
        ValidationResult result = validate(proposal());

        assertThat(result.isValid()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.cleanValues()).containsExactly(
                entry("utfall", "bifall"),
                entry("insatstyp", "hemtjanst"),
                entry("omfattningTimmar", 20L),
                entry("startdatum", LocalDate.of(2025, 3, 1)),
                entry("motivering", "Behovet av stöd i hemmet är styrkt genom utredningen."),
                entry("lagrum", "SoL_4_1"),
                entry("behoverKomplettering", false));
    }

    @Test
    void reportsEveryMissingRequiredFieldInFormOrderWithItsLabel() {
        ValidationResult result = validate(Map.of());

        String required = "Fältet är obligatoriskt.";
        assertThat(result.errors()).containsExactly(
                new FieldError("utfall", "Utfall", required),
                new FieldError("insatstyp", "Insats", required),
                new FieldError("omfattningTimmar", "Omfattning (timmar per månad)", required),
                new FieldError("startdatum", "Gäller från", required),
                new FieldError("motivering", "Motivering", required));
        assertThat(result.cleanValues()).isEmpty();
    }

    @Test
    void leavesAnEmptyOptionalFieldEmptySoSavingClearsIt() {
        Map<String, Object> data = proposal();
        data.remove("lagrum");
        data.remove("behoverKomplettering");

        Map<String, Object> clean = validate(data).cleanValues();

        assertThat(clean).containsEntry("lagrum", null).containsEntry("behoverKomplettering", false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void treatsBlankTextAsMissing(String blank) {
        assertOnlyError(validateWith("motivering", blank), "motivering", "Motivering", "Fältet är obligatoriskt.");
    }

    @Test
    void treatsANullSubmissionAsAnEmptyOne() {
        assertThat(validator.validate(FORM, null, OPTIONS).errors()).isEqualTo(validate(Map.of()).errors());
    }

    @Nested
    class Utfall {

        @ParameterizedTest
        @ValueSource(strings = {"bifall", "delvis_bifall", "avslag"})
        void acceptsEachOption(String utfall) {
            assertThat(validateWith("utfall", utfall).cleanValues()).containsEntry("utfall", utfall);
        }

        @Test
        void refusesAValueThatIsNotAnOption() {
            assertOnlyError(validateWith("utfall", "beviljat"), "utfall", "Utfall", "Välj ett av de givna alternativen.");
            assertOnlyError(validateWith("utfall", "Bifall"), "utfall", "Utfall", "Välj ett av de givna alternativen.");
        }

        @Test
        void refusesANonText() {
            assertOnlyError(validateWith("utfall", 1), "utfall", "Utfall", "Välj ett av de givna alternativen.");
        }
    }

    @Nested
    class Insatstyp {

        @Test
        void acceptsOnlyTheOptionsSuppliedAtRuntime() {
            assertThat(validateWith("insatstyp", "korttidsvistelse").isValid()).isTrue();
            assertOnlyError(validateWith("insatstyp", "hemtjänst"), "insatstyp", "Insats", "Välj ett av de givna alternativen.");
        }

        @Test
        void refusesToGuessWhenTheCallerForgotTheOptions() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> validator.validate(FORM, proposal(), Map.of()))
                    .withMessageContaining("insatstyper");
        }

        @Test
        void needsNoOptionsWhenTheFieldIsHidden() {
            Map<String, Object> data = proposal();
            data.put("utfall", "avslag");
            data.remove("insatstyp");
            data.remove("omfattningTimmar");
            assertThat(validator.validate(FORM, data, Map.of()).isValid()).isTrue();
        }
    }

    @Nested
    class OmfattningTimmar {

        private static final String LABEL = "Omfattning (timmar per månad)";

        @Test
        void acceptsTheLimitsThemselves() {
            assertThat(validateWith("omfattningTimmar", 1).cleanValues()).containsEntry("omfattningTimmar", 1L);
            assertThat(validateWith("omfattningTimmar", 744).cleanValues()).containsEntry("omfattningTimmar", 744L);
        }

        @Test
        void refusesJustOutsideTheLimits() {
            assertOnlyError(validateWith("omfattningTimmar", 0), "omfattningTimmar", LABEL,
                    "Värdet får inte vara mindre än 1.");
            assertOnlyError(validateWith("omfattningTimmar", 745), "omfattningTimmar", LABEL,
                    "Värdet får inte vara större än 744.");
        }

        @Test
        void acceptsNumericStringsAndWholeDecimalsAsLong() {
            assertThat(validateWith("omfattningTimmar", "40").cleanValues()).containsEntry("omfattningTimmar", 40L);
            assertThat(validateWith("omfattningTimmar", " 40 ").cleanValues()).containsEntry("omfattningTimmar", 40L);
            assertThat(validateWith("omfattningTimmar", 40.0).cleanValues()).containsEntry("omfattningTimmar", 40L);
            assertThat(validateWith("omfattningTimmar", "40.00").cleanValues()).containsEntry("omfattningTimmar", 40L);
        }

        @Test
        void refusesDecimalsBecauseTheFormAllowsNone() {
            assertOnlyError(validateWith("omfattningTimmar", "12.5"), "omfattningTimmar", LABEL, "Ange ett heltal.");
            assertOnlyError(validateWith("omfattningTimmar", 12.5), "omfattningTimmar", LABEL, "Ange ett heltal.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"tjugo", "20 timmar", "1e3", "0x10", "NaN", "20,5", "1.2.3"})
        void refusesTextThatIsNotAPlainNumber(String text) {
            assertOnlyError(validateWith("omfattningTimmar", text), "omfattningTimmar", LABEL, "Ange ett tal.");
        }

        @Test
        void refusesOtherTypesAndAbsurdNumbers() {
            assertOnlyError(validateWith("omfattningTimmar", true), "omfattningTimmar", LABEL, "Ange ett tal.");
            assertOnlyError(validateWith("omfattningTimmar", List.of(20)), "omfattningTimmar", LABEL, "Ange ett tal.");
            assertOnlyError(validateWith("omfattningTimmar", Double.NaN), "omfattningTimmar", LABEL, "Ange ett tal.");
            assertOnlyError(validateWith("omfattningTimmar", "1234567890123456789"), "omfattningTimmar", LABEL,
                    "Ange ett tal.");
        }
    }

    @Nested
    class Startdatum {

        @Test
        void acceptsAnIsoDate() {
            assertThat(validateWith("startdatum", "2024-02-29").cleanValues())
                    .containsEntry("startdatum", LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-29", "2025-13-01", "2025-3-1", "01/03/2025", "2025-03-01T10:00", "igår"})
        void refusesAnythingElse(String text) {
            assertOnlyError(validateWith("startdatum", text), "startdatum", "Gäller från", "Ange ett datum (ÅÅÅÅ-MM-DD).");
        }

        @Test
        void refusesANonText() {
            assertOnlyError(validateWith("startdatum", 20250301), "startdatum", "Gäller från", "Ange ett datum (ÅÅÅÅ-MM-DD).");
        }
    }

    @Nested
    class Motivering {

        @Test
        void acceptsExactlyTheMaximumLength() {
            String text = "a".repeat(4000);
            assertThat(validateWith("motivering", text).cleanValues()).containsEntry("motivering", text);
        }

        @Test
        void refusesOneCharacterMore() {
            assertOnlyError(validateWith("motivering", "a".repeat(4001)), "motivering", "Motivering",
                    "Texten får vara högst 4000 tecken.");
        }

        @Test
        void countsAndKeepsTheTextWithoutSurroundingWhitespace() {
            String text = "a".repeat(4000);
            assertThat(validateWith("motivering", "\n  " + text + "  \n").cleanValues()).containsEntry("motivering", text);
        }

        @Test
        void refusesANonText() {
            assertOnlyError(validateWith("motivering", 42), "motivering", "Motivering", "Ange en text.");
        }
    }

    @Nested
    class Lagrum {

        @Test
        void acceptsAStaticOption() {
            assertThat(validateWith("lagrum", "LSS_9_8").cleanValues()).containsEntry("lagrum", "LSS_9_8");
        }

        @Test
        void refusesAnythingElse() {
            assertOnlyError(validateWith("lagrum", "LSS_9_10"), "lagrum", "Lagrum", "Välj ett av de givna alternativen.");
        }
    }

    @Nested
    class HiddenWhenAvslag {

        private Map<String, Object> avslag() {
            Map<String, Object> data = proposal();
            data.put("utfall", "avslag");
            data.remove("insatstyp");
            data.remove("omfattningTimmar");
            return data;
        }

        @Test
        void areNotRequired() {
            ValidationResult result = validate(avslag());
            assertThat(result.isValid()).isTrue();
            assertThat(result.cleanValues()).doesNotContainKeys("insatstyp", "omfattningTimmar");
        }

        @Test
        void dropTheirSubmittedValuesWithoutCheckingThem() {
            Map<String, Object> data = avslag();
            data.put("insatstyp", "finns inte");
            data.put("omfattningTimmar", 9999);

            ValidationResult result = validate(data);

            assertThat(result.isValid()).isTrue();
            assertThat(result.cleanValues()).doesNotContainKeys("insatstyp", "omfattningTimmar");
        }

        @Test
        void areRequiredAgainForEveryOtherOutcome() {
            Map<String, Object> data = avslag();
            data.put("utfall", "delvis_bifall");
            assertThat(validate(data).errors()).extracting(FieldError::key).containsExactly("insatstyp", "omfattningTimmar");
        }
    }

    @Nested
    class KompletteringBeskrivning {

        private Map<String, Object> needsCompletion(Object description) {
            Map<String, Object> data = proposal();
            data.put("behoverKomplettering", true);
            data.put("kompletteringBeskrivning", description);
            return data;
        }

        @Test
        void isHiddenUnlessTheCheckboxIsTicked() {
            Map<String, Object> data = proposal();
            data.put("kompletteringBeskrivning", "kort");
            ValidationResult result = validate(data);
            assertThat(result.isValid()).isTrue();
            assertThat(result.cleanValues()).doesNotContainKey("kompletteringBeskrivning");
        }

        @Test
        void isRequiredWhenTicked() {
            Map<String, Object> data = needsCompletion(null);
            assertOnlyError(validate(data), "kompletteringBeskrivning", "Vad ska kompletteras?", "Fältet är obligatoriskt.");
        }

        @Test
        void acceptsTheMinimumLength() {
            assertThat(validate(needsCompletion("Läkarintyg")).cleanValues())
                    .containsEntry("behoverKomplettering", true)
                    .containsEntry("kompletteringBeskrivning", "Läkarintyg");
        }

        @Test
        void refusesOneCharacterLess() {
            assertOnlyError(validate(needsCompletion("Läkarinty")), "kompletteringBeskrivning", "Vad ska kompletteras?",
                    "Texten måste vara minst 10 tecken.");
        }
    }

    @Test
    void refusesACheckboxThatIsNotABoolean() {
        ValidationResult result = validateWith("behoverKomplettering", "ja");
        assertThat(result.errors()).first()
                .isEqualTo(new FieldError("behoverKomplettering", "Ärendet behöver kompletteras", "Ange ja eller nej."));
    }

    @Nested
    class ValuesTheUserCannotEnter {

        @Test
        void disabledFieldIsNeitherRequiredNorTakenFromTheClient() {
            ValidationResult result = validateWith("handlaggare", "Mallory");
            assertThat(result.isValid()).isTrue();
            assertThat(result.cleanValues()).doesNotContainKey("handlaggare");
        }

        @Test
        void readonlyAndComputedFieldsAreAcceptedButIgnored() {
            Map<String, Object> data = proposal();
            data.put("diarienummer", "SN 2099/666");
            data.put("beraknadKostnad", "gratis");
            ValidationResult result = validate(data);
            assertThat(result.isValid()).isTrue();
            assertThat(result.cleanValues()).doesNotContainKeys("diarienummer", "beraknadKostnad");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void areRefusedInOneFormLevelError() {
            Map<String, Object> data = proposal();
            data.put("godkantAvChef", true);
            data.put("belopp", 5);

            assertOnlyError(validate(data), "_form", "", "Formuläret innehåller okända fält: belopp, godkantAvChef");
        }

        @Test
        void areReportedTogetherWithFieldErrors() {
            Map<String, Object> data = new HashMap<>(proposal());
            data.put("x", 1);
            data.put("omfattningTimmar", 0);
            assertThat(validate(data).errors()).extracting(FieldError::key).containsExactly("_form", "omfattningTimmar");
        }
    }
}
