package se.kasus.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application contact form (ansokan-kontakt.form): groups with paths, dotted keys, patterns, e-mail and
 * phone, checklist and taglist, time and date-time, decimals and increments, and conditions the server cannot
 * evaluate.
 */
class ContactFormValidationTest {

    private static final FormSchema FORM = TestForms.schema("ansokan-kontakt.form");
    private static final Map<String, List<String>> OPTIONS = Map.of("sprak", List.of("sv", "fi", "ar", "so"));

    private final FormValidator validator = new FormValidator();

    private static Map<String, Object> applicant() {
        Map<String, Object> sokande = new LinkedHashMap<>();
        sokande.put("namn", "Anna Andersson");
        sokande.put("personnummer", "19800101-1234");
        sokande.put("adress", new LinkedHashMap<>(Map.of("postnummer", "123 45")));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sokande", sokande);
        data.put("kontaktvagar", List.of("telefon"));
        data.put("tolk", "Ingen");
        return data;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sokande(Map<String, Object> data) {
        return (Map<String, Object>) data.get("sokande");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> adress(Map<String, Object> data) {
        return (Map<String, Object>) sokande(data).get("adress");
    }

    private ValidationResult validate(Map<String, Object> data) {
        return validator.validate(FORM, data, OPTIONS);
    }

    private ValidationResult validateWith(String key, Object value) {
        Map<String, Object> data = applicant();
        data.put(key, value);
        return validate(data);
    }

    private ValidationResult validateApplicantWith(String key, Object value) {
        Map<String, Object> data = applicant();
        sokande(data).put(key, value);
        return validate(data);
    }

    private static void assertOnlyError(ValidationResult result, String key, String label, String message) {
        assertThat(result.errors()).containsExactly(new FieldError(key, label, message));
        assertThat(result.cleanValues()).isEmpty();
    }

    @Test
    void returnsCleanValuesNestedLikeFormJsData() {
        ValidationResult result = validate(applicant());

        assertThat(result.errors()).isEmpty();
        assertThat(result.cleanValues()).containsExactly(
                entry("sokande", map(
                        "namn", "Anna Andersson",
                        "personnummer", "19800101-1234",
                        "adress", map("postnummer", "123 45"),
                        "epost", null,
                        "telefon", null)),
                entry("kontaktvagar", List.of("telefon")),
                entry("sprak", List.of()),
                entry("harOmbud", false),
                entry("belopp", null),
                entry("timmarPerVecka", null),
                entry("besokstid", null),
                entry("motestid", null),
                entry("ovrigt", null),
                entry("tolk", "Ingen"));
    }

    /** Map.of refuses the nulls that empty optional fields hold. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Nested
    class NestedKeys {

        @Test
        void reportErrorsUnderTheDottedKey() {
            assertOnlyError(validateApplicantWith("namn", "A"), "sokande.namn", "Namn", "Texten måste vara minst 2 tecken.");
        }

        @Test
        void acceptTheMinimumLength() {
            assertThat(validateApplicantWith("namn", "Al").isValid()).isTrue();
        }

        @Test
        void refuseUnknownKeysInsideAGroup() {
            assertOnlyError(validateApplicantWith("skostorlek", 42), "_form", "",
                    "Formuläret innehåller okända fält: sokande.skostorlek");
        }

        @Test
        void refuseFlatDottedKeysBecauseFormJsNestsThem() {
            ValidationResult result = validateWith("sokande.namn", "Anna");
            assertThat(result.errors()).first().isEqualTo(
                    new FieldError("_form", "", "Formuläret innehåller okända fält: sokande.namn"));
        }

        @Test
        void refuseAGroupSentAsAPlainValue() {
            Map<String, Object> data = applicant();
            data.put("sokande", "Anna Andersson");
            assertThat(validate(data).errors()).first().isEqualTo(
                    new FieldError("_form", "", "Formuläret innehåller okända fält: sokande"));
        }

        @Test
        void acceptAGroupSentAsNullWhenItsFieldsAreOptional() {
            Map<String, Object> data = applicant();
            data.put("ombud", null);
            assertThat(validate(data).isValid()).isTrue();
        }
    }

    @Nested
    class Patterns {

        @Test
        void useTheFormsOwnMessageWhenItHasOne() {
            assertOnlyError(validateApplicantWith("personnummer", "800101-1234"), "sokande.personnummer", "Personnummer",
                    "Ange personnummer som ÅÅÅÅMMDD-NNNN.");
        }

        @Test
        void otherwiseSayTheFormatIsWrong() {
            Map<String, Object> data = applicant();
            adress(data).put("postnummer", "1234");
            assertOnlyError(validate(data), "sokande.adress.postnummer", "Postnummer", "Värdet har fel format.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "123 45"})
        void acceptMatchingValues(String postnummer) {
            Map<String, Object> data = applicant();
            adress(data).put("postnummer", postnummer);
            assertThat(validate(data).isValid()).isTrue();
        }
    }

    @Nested
    class EmailAndPhone {

        @Test
        void acceptValidAddresses() {
            assertThat(validateApplicantWith("epost", "anna.andersson@kommun.se").isValid()).isTrue();
            assertThat(validateApplicantWith("telefon", "+46701234567").isValid()).isTrue();
            assertThat(validateApplicantWith("telefon", "0046701234567").isValid()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"anna.kommun.se", "anna@", "@kommun.se", "anna @kommun.se", "anna@kommun..se"})
        void refuseInvalidEmail(String email) {
            assertOnlyError(validateApplicantWith("epost", email), "sokande.epost", "E-post", "Ange en giltig e-postadress.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"070-123 45 67", "0701234567", "+46 70 123 45 67", "+467012", "+467012345678901234"})
        void refuseNumbersNotInInternationalFormat(String phone) {
            assertOnlyError(validateApplicantWith("telefon", phone), "sokande.telefon", "Telefon",
                    "Ange ett telefonnummer i internationellt format, t.ex. +46701234567.");
        }
    }

    @Nested
    class Checklist {

        private static final String LABEL = "Hur vill du bli kontaktad?";

        @Test
        void requiresAtLeastOneChoice() {
            assertOnlyError(validateWith("kontaktvagar", List.of()), "kontaktvagar", LABEL, "Fältet är obligatoriskt.");
        }

        @Test
        void keepsEachChoiceOnce() {
            assertThat(validateWith("kontaktvagar", List.of("brev", "epost", "brev")).cleanValues())
                    .containsEntry("kontaktvagar", List.of("brev", "epost"));
        }

        @Test
        void refusesAChoiceThatIsNotOffered() {
            assertOnlyError(validateWith("kontaktvagar", List.of("telefon", "fax")), "kontaktvagar", LABEL,
                    "Välj bland de givna alternativen.");
        }

        @Test
        void refusesASingleValueOrNonTextChoices() {
            assertOnlyError(validateWith("kontaktvagar", "telefon"), "kontaktvagar", LABEL, "Välj bland de givna alternativen.");
            assertOnlyError(validateWith("kontaktvagar", List.of(1)), "kontaktvagar", LABEL, "Välj bland de givna alternativen.");
        }
    }

    @Nested
    class Taglist {

        @Test
        void acceptsOptionsSuppliedAtRuntime() {
            assertThat(validateWith("sprak", List.of("fi", "so")).cleanValues()).containsEntry("sprak", List.of("fi", "so"));
        }

        @Test
        void refusesOthers() {
            assertOnlyError(validateWith("sprak", List.of("sv", "klingonska")), "sprak", "Språk",
                    "Välj bland de givna alternativen.");
        }
    }

    @Nested
    class OmbudGroupHiddenUnlessTicked {

        @Test
        void isNotRequiredWhileTheCheckboxIsEmpty() {
            ValidationResult result = validate(applicant());
            assertThat(result.isValid()).isTrue();
            assertThat(result.cleanValues()).doesNotContainKey("ombud");
        }

        @Test
        void dropsItsValuesWhileHidden() {
            Map<String, Object> data = applicant();
            data.put("harOmbud", false);
            data.put("ombud", Map.of("namn", "Olle Ombud"));
            assertThat(validate(data).cleanValues()).doesNotContainKey("ombud");
        }

        @Test
        void isRequiredWhenTicked() {
            Map<String, Object> data = applicant();
            data.put("harOmbud", true);
            assertOnlyError(validate(data), "ombud.namn", "Ombudets namn", "Fältet är obligatoriskt.");
        }

        @Test
        void isKeptNestedWhenTicked() {
            Map<String, Object> data = applicant();
            data.put("harOmbud", true);
            data.put("ombud", Map.of("namn", "Olle Ombud"));
            assertThat(validate(data).cleanValues()).containsEntry("ombud", Map.of("namn", "Olle Ombud"));
        }
    }

    @Nested
    class Numbers {

        @Test
        void keepDecimalsAsBigDecimalUpToTheAllowedDigits() {
            Object belopp = validateWith("belopp", "1234.50").cleanValues().get("belopp");
            assertThat(belopp).isEqualTo(new BigDecimal("1234.50"));
        }

        @Test
        void refuseMoreDecimalDigits() {
            assertOnlyError(validateWith("belopp", 1.005), "belopp", "Sökt belopp (kr)", "Ange högst 2 decimaler.");
        }

        @Test
        void acceptZeroAtAMinimumOfZeroAndRefuseBelow() {
            assertThat(validateWith("belopp", 0).cleanValues().get("belopp")).isEqualTo(BigDecimal.ZERO);
            assertOnlyError(validateWith("belopp", "-0.01"), "belopp", "Sökt belopp (kr)",
                    "Värdet får inte vara mindre än 0.");
        }

        @Test
        void acceptMultiplesOfTheIncrement() {
            assertThat(validateWith("timmarPerVecka", 7.5).isValid()).isTrue();
            assertThat(validateWith("timmarPerVecka", "168").isValid()).isTrue();
        }

        @Test
        void refuseOtherValuesNamingTheNearestValidOnes() {
            assertOnlyError(validateWith("timmarPerVecka", 7.3), "timmarPerVecka", "Timmar per vecka",
                    "Ange ett giltigt värde. De närmaste giltiga värdena är 7 och 7,5.");
        }

        @Test
        void formatLimitsWithADecimalComma() {
            assertOnlyError(validateWith("timmarPerVecka", 168.5), "timmarPerVecka", "Timmar per vecka",
                    "Värdet får inte vara större än 168.");
            FormSchema schema = TestForms.inline("""
                    [{"type": "number", "key": "n", "label": "N", "validate": {"min": 0.5}}]""");
            assertThat(validator.validate(schema, Map.of("n", 0.25), Map.of()).errors())
                    .containsExactly(new FieldError("n", "N", "Värdet får inte vara mindre än 0,5."));
        }
    }

    @Nested
    class TimesAndDateTimes {

        @Test
        void acceptATimeWithoutZone() {
            assertThat(validateWith("besokstid", "09:30").cleanValues()).containsEntry("besokstid", LocalTime.of(9, 30));
        }

        @ParameterizedTest
        @ValueSource(strings = {"9.30", "25:00", "09:60", "halv tio"})
        void refuseOtherTimes(String time) {
            assertOnlyError(validateWith("besokstid", time), "besokstid", "Önskad besökstid", "Ange en tid (TT:MM).");
        }

        @Test
        void keepTheOffsetFormJsWrote() {
            assertThat(validateWith("motestid", "2025-04-01T10:00+02:00").cleanValues()).containsEntry("motestid",
                    OffsetDateTime.of(2025, 4, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
            assertThat(validateWith("motestid", "2025-04-01T10:00").cleanValues())
                    .containsEntry("motestid", LocalDateTime.of(2025, 4, 1, 10, 0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-04-01", "2025-04-01 10:00", "10:00", "2025-04-31T10:00"})
        void refuseOtherDateTimes(String text) {
            assertOnlyError(validateWith("motestid", text), "motestid", "Mötesdatum", "Ange datum och tid (ÅÅÅÅ-MM-DDTTT:MM).");
        }
    }

    @Nested
    class ConditionsTheServerCannotEvaluate {

        @Test
        void leaveTheFieldShownAndValidated() {
            // "=arendetyp = \"LSS\"" reads a process variable the server is not given: tolk stays required
            Map<String, Object> data = applicant();
            data.remove("tolk");
            assertOnlyError(validate(data), "tolk", "Tolk", "Fältet är obligatoriskt.");
        }

        @Test
        void keepTheFieldsValue() {
            // "=count(sprak) > 2" would hide ovrigt in the browser; the server keeps it shown
            Map<String, Object> data = applicant();
            data.put("sprak", List.of("sv", "fi", "ar"));
            data.put("ovrigt", "Behöver tolk till mötet.");
            assertThat(validate(data).cleanValues()).containsEntry("ovrigt", "Behöver tolk till mötet.");
        }
    }
}
