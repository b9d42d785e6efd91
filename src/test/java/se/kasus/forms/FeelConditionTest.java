package se.kasus.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeelConditionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Each line of the resource is [hide expression, form data, hidden?] as answered by
     * {@code FeelExpressionLanguage.evaluateUnaryTest(...) === true} in the form-js 1.23.0 viewer bundle
     * (run under node), so these are the browser's answers, quirks included.
     */
    static Stream<Arguments> formJsAnswers() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = FeelConditionTest.class.getResourceAsStream("/forms-test/feel-hide-form-js-1.23.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode c = JSON.readTree(line);
                cases.add(Arguments.of(c.get(0).asText(), c.get(1), c.get(2).asBoolean()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1} hides: {2}")
    @MethodSource("formJsAnswers")
    void hidesExactlyWhenFormJsHides(String expression, JsonNode data, boolean hidden) {
        assertThat(FeelCondition.parse(expression).isMet(flatten(data))).isEqualTo(hidden);
    }

    @Test
    void reportsTheFieldKeysItReads() {
        assertThat(FeelCondition.parse("=a = \"x\" and not(sokande.namn) or c > 1").names())
                .containsExactly("a", "sokande.namn", "c");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "utfall = \"avslag\"",          // no leading '=': not FEEL
            "=count(sprak) > 2",            // function calls
            "=utfall in (\"a\", \"b\")",   // lists and 'in'
            "=x = 'a'",                     // single quotes are not FEEL strings
            "=a = b = c",                   // chained comparison
            "=a + 1 > 2",                   // arithmetic
            "=not(a, b)",                   // several unary tests
            "=x = \"a",                     // unterminated string
            "=(a = 1",                      // unbalanced parenthesis
            "=a..b = 1",
            "=",
            "=and"})
    void refusesWhatItDoesNotSupport(String expression) {
        assertThatIllegalArgumentException().isThrownBy(() -> FeelCondition.parse(expression));
    }

    /** Nested objects become dotted keys and numbers BigDecimal, as FormValidator hands them over. */
    private static Map<String, Object> flatten(JsonNode data) {
        Map<String, Object> flat = new HashMap<>();
        flatten("", data, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> flat) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(prefix + e.getKey() + ".", v, flat);
            } else {
                flat.put(prefix + e.getKey(), v.isNumber() ? new BigDecimal(v.asText())
                        : v.isArray() ? JSON.convertValue(v, List.class)
                        : v.isNull() ? null : JSON.convertValue(v, Object.class));
            }
        });
    }
}
