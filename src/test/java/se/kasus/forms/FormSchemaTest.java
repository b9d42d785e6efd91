package se.kasus.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FormSchemaTest {

    private final FormSchema decision = TestForms.schema("beslutsforslag.form");
    private final FormSchema contact = TestForms.schema("ansokan-kontakt.form");

    @Test
    void readsIdAndInputFieldsInFormOrderSkippingPresentation() {
        assertThat(decision.id()).isEqualTo("beslutsforslag");
        assertThat(decision.fields()).extracting(FormField::key).containsExactly(
                "diarienummer", "handlaggare", "utfall", "insatstyp", "omfattningTimmar", "beraknadKostnad",
                "startdatum", "motivering", "lagrum", "behoverKomplettering", "kompletteringBeskrivning");
        assertThat(decision.fields()).extracting(FormField::type).containsExactly(
                FieldType.TEXTFIELD, FieldType.TEXTFIELD, FieldType.RADIO, FieldType.SELECT, FieldType.NUMBER,
                FieldType.EXPRESSION, FieldType.DATE, FieldType.TEXTAREA, FieldType.SELECT, FieldType.CHECKBOX,
                FieldType.TEXTAREA);
    }

    @Test
    void prefixesKeysWithGroupPathsAndSplitsDottedKeys() {
        assertThat(contact.fields()).extracting(FormField::key).startsWith(
                "sokande.namn", "sokande.personnummer", "sokande.adress.postnummer", "sokande.epost", "sokande.telefon");
        assertThat(contact.field("sokande.adress.postnummer").orElseThrow().path())
                .containsExactly("sokande", "adress", "postnummer");
        assertThat(contact.field("ombud.namn")).isPresent();
    }

    @Test
    void groupWithoutPathAddsNothingToKeys() {
        FormSchema schema = TestForms.inline("""
                [{"type": "group", "components": [{"type": "textfield", "key": "namn"}]}]""");
        assertThat(schema.fields()).extracting(FormField::key).containsExactly("namn");
    }

    @Test
    void takesLabelsFromLabelOrDateAndTimeLabelsFallingBackToKey() {
        assertThat(decision.field("startdatum").orElseThrow().label()).isEqualTo("Gäller från");
        assertThat(contact.field("besokstid").orElseThrow().label()).isEqualTo("Önskad besökstid");
        assertThat(contact.field("motestid").orElseThrow().label()).isEqualTo("Mötesdatum");
        assertThat(decision.field("utfall").orElseThrow().label()).isEqualTo("Utfall");
        assertThat(TestForms.inline("""
                [{"type": "textfield", "key": "a"}, {"type": "textfield", "key": "b", "label": "=upper case(a)"}]""")
                .fields()).extracting(FormField::label).containsExactly("a", "b");
    }

    @Test
    void readsValidationRules() {
        FieldRules hours = decision.field("omfattningTimmar").orElseThrow().rules();
        assertThat(hours.required()).isTrue();
        assertThat(hours.min()).isEqualByComparingTo("1");
        assertThat(hours.max()).isEqualByComparingTo("744");
        assertThat(hours.decimalDigits()).isZero();
        assertThat(decision.field("motivering").orElseThrow().rules().maxLength()).isEqualTo(4000);
        assertThat(contact.field("timmarPerVecka").orElseThrow().rules().increment()).isEqualByComparingTo("0.5");

        FieldRules pnr = contact.field("sokande.personnummer").orElseThrow().rules();
        assertThat(pnr.pattern().pattern()).isEqualTo("^\\d{8}-\\d{4}$");
        assertThat(pnr.patternErrorMessage()).isEqualTo("Ange personnummer som ÅÅÅÅMMDD-NNNN.");
        assertThat(contact.field("sokande.epost").orElseThrow().rules().validationType()).isEqualTo("email");
        assertThat(decision.field("lagrum").orElseThrow().rules()).isEqualTo(FieldRules.NONE);
    }

    @Test
    void readsStaticOptionsOrTheValuesKey() {
        FormField lagrum = decision.field("lagrum").orElseThrow();
        assertThat(lagrum.options()).containsExactly("SoL_4_1", "LSS_9_3", "LSS_9_8");
        assertThat(lagrum.valuesKey()).isNull();
        FormField insats = decision.field("insatstyp").orElseThrow();
        assertThat(insats.options()).isEmpty();
        assertThat(insats.valuesKey()).isEqualTo("insatstyper");
    }

    @Test
    void staticValuesWinOverValuesKeyAsInFormJs() {
        FormField field = TestForms.inline("""
                [{"type": "select", "key": "s", "valuesKey": "k", "values": [{"label": "A", "value": "a"}]}]""")
                .fields().get(0);
        assertThat(field.options()).containsExactly("a");
        assertThat(field.valuesKey()).isNull();
    }

    @Test
    void locksDisabledReadonlyAndExpressionFields() {
        Map<String, Object> noData = Map.of();
        assertThat(decision.fields()).filteredOn(f -> f.locked().isMet(noData)).extracting(FormField::key)
                .containsExactly("diarienummer", "handlaggare", "beraknadKostnad");
    }

    @Test
    void readonlyExpressionIsEvaluatedAndAnUnsupportedOneLocks() {
        FormSchema schema = TestForms.inline("""
                [{"type": "checkbox", "key": "klar"},
                 {"type": "textfield", "key": "a", "readonly": "=klar"},
                 {"type": "textfield", "key": "b", "readonly": "=arendeStatus = \\"avslutat\\""}]""");
        Condition a = schema.field("a").orElseThrow().locked();
        assertThat(a.isMet(Map.of("klar", true))).isTrue();
        assertThat(a.isMet(Map.of("klar", false))).isFalse();
        assertThat(schema.field("b").orElseThrow().locked().isMet(Map.of())).isTrue();
    }

    @Test
    void keepsHideConditionsOfTheFieldAndItsGroups() {
        assertThat(decision.field("omfattningTimmar").orElseThrow().hideWhen()).hasSize(1);
        assertThat(contact.field("ombud.namn").orElseThrow().hideWhen()).hasSize(1);
        assertThat(decision.field("utfall").orElseThrow().hideWhen()).isEmpty();
    }

    @Test
    void dropsHideConditionsItCannotEvaluateSoTheFieldIsAlwaysShown() {
        // a function call, and a process variable the server does not get
        assertThat(contact.field("ovrigt").orElseThrow().hideWhen()).isEmpty();
        assertThat(contact.field("tolk").orElseThrow().hideWhen()).isEmpty();
    }

    @Test
    void conditionsMayNotReadValuesTheServerDoesNotTrust() {
        FormSchema schema = TestForms.inline("""
                [{"type": "textfield", "key": "ro", "readonly": true},
                 {"type": "textfield", "key": "a", "conditional": {"hide": "=ro = \\"x\\""}}]""");
        assertThat(schema.field("a").orElseThrow().hideWhen()).isEmpty();
    }

    @Nested
    class Refuses {

        @Test
        void invalidJson() {
            assertThatIllegalArgumentException().isThrownBy(() -> FormSchema.parse("{\"components\": ["))
                    .withMessageContaining("not valid JSON");
        }

        @Test
        void jsonWithoutComponents() {
            assertThatIllegalArgumentException().isThrownBy(() -> FormSchema.parse("{\"id\": \"x\"}"))
                    .withMessageContaining("components");
        }

        @Test
        void componentTypesItCannotValidate() {
            for (String type : List.of("dynamiclist", "filepicker", "signature")) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> TestForms.inline("[{\"type\": \"" + type + "\", \"key\": \"x\", \"path\": \"x\"}]"))
                        .withMessageContaining(type);
            }
        }

        @Test
        void optionsFromAnExpression() {
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "select", "key": "s", "valuesExpression": "=lista"}]""")).withMessageContaining("valuesExpression");
        }

        @Test
        void feelInValidationLimits() {
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "number", "key": "n", "validate": {"max": "=maxTimmar"}}]""")).withMessageContaining("validate.max");
        }

        @Test
        void brokenRules() {
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "textfield", "key": "t", "validate": {"pattern": "[a-"}}]""")).withMessageContaining("pattern");
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "textfield", "key": "t", "validate": {"maxLength": -1}}]""")).withMessageContaining("maxLength");
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "textfield", "key": "t", "validate": {"validationType": "url"}}]""")).withMessageContaining("url");
        }

        @Test
        void missingOrClashingKeys() {
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "textfield", "label": "Utan nyckel"}]""")).withMessageContaining("no key");
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "textfield", "key": "a"}, {"type": "number", "key": "a"}]""")).withMessageContaining("two fields");
            assertThatIllegalArgumentException().isThrownBy(() -> TestForms.inline("""
                    [{"type": "textfield", "key": "a"}, {"type": "textfield", "key": "a.b"}]""")).withMessageContaining("nested");
        }
    }

    @Test
    void parsesNumericLimitsGivenAsStrings() {
        FieldRules rules = TestForms.inline("""
                [{"type": "number", "key": "n", "validate": {"min": "0.5", "max": ""}}]""").fields().get(0).rules();
        assertThat(rules.min()).isEqualTo(new BigDecimal("0.5"));
        assertThat(rules.max()).isNull();
    }
}
