package se.kasus.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A parsed form-js schema ({@code .form} file), reduced to what server-side validation needs: the input fields,
 * with layout groups flattened away but their paths kept in the field keys.
 *
 * <p>Parsing refuses (with {@link IllegalArgumentException}) whatever the server could not check as strictly as
 * the browser does: unknown component types, dynamic lists, file pickers, options from {@code valuesExpression},
 * and FEEL expressions in validation limits. A hide condition outside {@link FeelCondition}'s subset does not
 * refuse the form; the field is then always treated as shown, and a warning is logged.
 */
public final class FormSchema {

    private static final Logger log = LoggerFactory.getLogger(FormSchema.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Components that display something but hold no value. */
    private static final Set<String> PRESENTATION =
            Set.of("text", "html", "spacer", "separator", "image", "button", "iframe", "table", "documentPreview");

    private final String id;
    private final List<FormField> fields;

    private FormSchema(String id, List<FormField> fields) {
        this.id = id;
        this.fields = List.copyOf(fields);
    }

    public static FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Form schema is not valid JSON", e);
        }
        if (root == null || !root.path("components").isArray()) {
            throw new IllegalArgumentException("Form schema has no 'components' array");
        }
        String id = root.path("id").asText(null);
        List<Draft> drafts = new ArrayList<>();
        collect(root.path("components"), List.of(), List.of(), drafts);
        requireDistinctPaths(drafts);
        Set<String> referable = drafts.stream().filter(Draft::isPlainInput).map(Draft::key).collect(Collectors.toSet());
        List<FormField> fields = drafts.stream().map(d -> d.toField(id, referable)).toList();
        return new FormSchema(id, fields);
    }

    public String id() {
        return id;
    }

    /** The input fields in form order, including expression fields (whose values are never accepted). */
    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    // ---- walking the component tree -----------------------------------------------------------------------

    /** A field found in the tree, before its conditions can be compiled (they may name fields found later). */
    private record Draft(JsonNode node, String key, FieldType type, List<String> hideExpressions) {

        /** A field whose submitted value is trusted, so conditions may read it. */
        boolean isPlainInput() {
            return type != FieldType.EXPRESSION && !isTruthy(node.get("disabled")) && !isTruthy(node.get("readonly"));
        }

        FormField toField(String formId, Set<String> referable) {
            List<Condition> hideWhen = new ArrayList<>();
            for (String expression : hideExpressions) {
                compile(expression, referable, formId).ifPresentOrElse(hideWhen::add, () -> log.warn(
                        "Form '{}', field '{}': hide condition '{}' is not supported; the field is always validated",
                        formId, key, expression));
            }
            return new FormField(key, type, label(), rules(node, key, type), options(), valuesKey(), hideWhen,
                    locked(formId, referable));
        }

        private Condition locked(String formId, Set<String> referable) {
            JsonNode readonly = node.get("readonly");
            if (type == FieldType.EXPRESSION || isTruthy(node.get("disabled"))) {
                return Condition.ALWAYS;
            }
            if (readonly != null && readonly.isTextual() && readonly.textValue().startsWith("=")) {
                return compile(readonly.textValue(), referable, formId).orElseGet(() -> {
                    // we cannot tell whether the browser let the user edit it, so the value is not taken
                    log.warn("Form '{}', field '{}': readonly condition '{}' is not supported; the value is ignored",
                            formId, key, readonly.textValue());
                    return Condition.ALWAYS;
                });
            }
            return isTruthy(readonly) ? Condition.ALWAYS : Condition.NEVER;
        }

        private String label() {
            String property = switch (type) {
                case DATE, DATETIME -> "dateLabel";
                case TIME -> "timeLabel";
                default -> "label";
            };
            String label = node.path(property).asText("").strip();
            // labels may be FEEL or templates, which we do not render; the key is better than raw syntax
            boolean dynamic = label.startsWith("=") || label.contains("{{");
            return label.isEmpty() || dynamic ? key : label;
        }

        /** Static options win over valuesKey when a schema has both, as in form-js. */
        private List<String> options() {
            JsonNode values = node.get("values");
            if (!isChoice() || values == null || !values.isArray()) {
                return List.of();
            }
            List<String> options = new ArrayList<>();
            values.forEach(v -> options.add(v.path("value").asText()));
            return options;
        }

        private String valuesKey() {
            if (!isChoice() || node.has("values")) {
                return null;
            }
            return blankToNull(node.path("valuesKey").asText(""));
        }

        private boolean isChoice() {
            return type.isSingleChoice() || type.isMultiChoice();
        }
    }

    private static void collect(JsonNode components, List<String> prefix, List<String> hides, List<Draft> drafts) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            List<String> hidesHere = withHide(hides, component);
            if (PRESENTATION.contains(type)) {
                continue;
            }
            if (type.equals("group")) {
                collect(component.path("components"), plus(prefix, component.path("path").asText("")), hidesHere, drafts);
                continue;
            }
            String key = component.path("key").asText("");
            String fullKey = String.join(".", plus(prefix, key));
            FieldType fieldType = fieldType(component, type, key.isBlank() ? component.path("id").asText("") : fullKey);
            if (key.isBlank()) {
                throw new IllegalArgumentException("Form field of type '" + type + "' has no key");
            }
            if (!component.has("values") && !component.has("valuesKey") && component.has("valuesExpression")) {
                throw unsupported("valuesExpression", fullKey);
            }
            drafts.add(new Draft(component, fullKey, fieldType, hidesHere));
        }
    }

    private static FieldType fieldType(JsonNode component, String type, String key) {
        return switch (type) {
            case "textfield" -> FieldType.TEXTFIELD;
            case "textarea" -> FieldType.TEXTAREA;
            case "number" -> FieldType.NUMBER;
            case "checkbox" -> FieldType.CHECKBOX;
            case "checklist" -> FieldType.CHECKLIST;
            case "radio" -> FieldType.RADIO;
            case "select" -> FieldType.SELECT;
            case "taglist" -> FieldType.TAGLIST;
            case "expression" -> FieldType.EXPRESSION;
            case "datetime" -> switch (component.path("subtype").asText("date")) {
                case "date" -> FieldType.DATE;
                case "time" -> FieldType.TIME;
                case "datetime" -> FieldType.DATETIME;
                default -> throw unsupported("datetime subtype '" + component.path("subtype").asText() + "'", key);
            };
            // dynamiclist repeats its children and filepicker uploads files: neither can be checked here yet
            default -> throw unsupported("component type '" + type + "'", key);
        };
    }

    private static List<String> withHide(List<String> hides, JsonNode component) {
        String hide = component.path("conditional").path("hide").asText("");
        if (!hide.startsWith("=")) {
            return hides; // form-js only evaluates strings marked as FEEL; anything else never hides
        }
        List<String> result = new ArrayList<>(hides);
        result.add(hide);
        return result;
    }

    private static Optional<Condition> compile(String expression, Set<String> referable, String formId) {
        try {
            FeelCondition condition = FeelCondition.parse(expression);
            // a condition may only read values this submission carries and the server takes from it: not process
            // variables, nor disabled, read-only or computed fields, whose values the server does not trust
            return referable.containsAll(condition.names()) ? Optional.of(condition) : Optional.empty();
        } catch (IllegalArgumentException e) {
            log.debug("Form '{}': FEEL '{}' not supported: {}", formId, expression, e.getMessage());
            return Optional.empty();
        }
    }

    private static void requireDistinctPaths(List<Draft> drafts) {
        Set<String> seen = new HashSet<>();
        for (Draft d : drafts) {
            if (!seen.add(d.key())) {
                throw new IllegalArgumentException("Form has two fields with key '" + d.key() + "'");
            }
        }
        for (String key : seen) {
            for (String other : seen) {
                if (other.startsWith(key + ".")) {
                    throw new IllegalArgumentException("Form field '" + other + "' is nested inside field '" + key + "'");
                }
            }
        }
    }

    // ---- validation rules -----------------------------------------------------------------------------------

    private static FieldRules rules(JsonNode field, String key, FieldType type) {
        if (type == FieldType.EXPRESSION) {
            return FieldRules.NONE;
        }
        JsonNode validate = field.path("validate");
        return new FieldRules(
                validate.path("required").asBoolean(false),
                decimal(validate.get("min"), key, "validate.min"),
                decimal(validate.get("max"), key, "validate.max"),
                length(validate.get("minLength"), key, "validate.minLength"),
                length(validate.get("maxLength"), key, "validate.maxLength"),
                pattern(validate.path("pattern").asText(""), key),
                blankToNull(validate.path("patternErrorMessage").asText("")),
                validationType(validate.path("validationType").asText(""), key),
                length(field.get("decimalDigits"), key, "decimalDigits"),
                decimal(field.get("increment"), key, "increment"));
    }

    private static BigDecimal decimal(JsonNode node, String key, String property) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        String text = node.asText().strip();
        if (text.startsWith("=")) {
            throw unsupported("FEEL in " + property, key);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Form field '" + key + "': " + property + " is not a number: " + text);
        }
    }

    private static Integer length(JsonNode node, String key, String property) {
        BigDecimal value = decimal(node, key, property);
        if (value == null) {
            return null;
        }
        try {
            int length = value.intValueExact();
            if (length >= 0) {
                return length;
            }
        } catch (ArithmeticException e) {
            // reported below
        }
        throw new IllegalArgumentException("Form field '" + key + "': " + property + " must be a whole number >= 0");
    }

    private static Pattern pattern(String regex, String key) {
        if (regex.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Form field '" + key + "': invalid pattern " + regex, e);
        }
    }

    private static String validationType(String type, String key) {
        return switch (type) {
            case "" -> null;
            case "email", "phone" -> type;
            default -> throw unsupported("validationType '" + type + "'", key);
        };
    }

    // ---- small helpers --------------------------------------------------------------------------------------

    /** JavaScript truthiness for the values a schema uses in boolean properties. */
    private static boolean isTruthy(JsonNode node) {
        return node != null && (node.isBoolean() ? node.booleanValue() : node.isTextual() && !node.textValue().isEmpty());
    }

    private static List<String> plus(List<String> list, String dottedPath) {
        List<String> result = new ArrayList<>(list);
        if (!dottedPath.isBlank()) {
            result.addAll(List.of(dottedPath.split("\\.")));
        }
        return result;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static IllegalArgumentException unsupported(String what, String key) {
        return new IllegalArgumentException("Form field '" + key + "': " + what + " is not supported by server-side validation");
    }
}
