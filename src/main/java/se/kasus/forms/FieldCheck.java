package se.kasus.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one submitted value against one field: converts it to its Java type, then applies the field's rules.
 * Values arrive as form-js posts them or as a JSON API sends them (numbers possibly as strings).
 */
final class FieldCheck {

    static final String REQUIRED = "Fältet är obligatoriskt.";
    static final String NOT_TEXT = "Ange en text.";
    static final String NOT_NUMBER = "Ange ett tal.";
    static final String NOT_DATE = "Ange ett datum (ÅÅÅÅ-MM-DD).";
    static final String NOT_TIME = "Ange en tid (TT:MM).";
    static final String NOT_DATETIME = "Ange datum och tid (ÅÅÅÅ-MM-DDTTT:MM).";
    static final String NOT_BOOLEAN = "Ange ja eller nej.";
    static final String NOT_AN_OPTION = "Välj ett av de givna alternativen.";
    static final String NOT_OPTIONS = "Välj bland de givna alternativen.";
    static final String WRONG_FORMAT = "Värdet har fel format.";
    static final String NOT_EMAIL = "Ange en giltig e-postadress.";
    static final String NOT_PHONE = "Ange ett telefonnummer i internationellt format, t.ex. +46701234567.";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The "valid e-mail address" of the HTML standard, which is also what form-js checks. */
    private static final Pattern EMAIL = Pattern.compile(
            "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    /** E.164: + (or 00) and at most 15 digits, no spaces, as the form editor tells form authors. */
    private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{6,14}");
    /** Bounds that keep BigDecimal arithmetic cheap (think 1e999999999) and every whole number within a long. */
    private static final int MAX_DIGITS = 18;

    /** A converted value, or why the value was refused. */
    record Result(Object value, String error) {
        static Result ok(Object value) {
            return new Result(value, null);
        }

        static Result error(String message) {
            return new Result(null, message);
        }

        boolean isError() {
            return error != null;
        }
    }

    private FieldCheck() {
    }

    /** Converts and checks a value; {@code dynamicOptions} is only read for choice fields with a valuesKey. */
    static Result check(FormField field, Object raw, Map<String, List<String>> dynamicOptions) {
        Result converted = convert(field.type(), raw);
        if (converted.isError()) {
            return converted;
        }
        Object value = converted.value();
        if (isEmpty(value)) {
            return field.rules().required() ? Result.error(REQUIRED) : Result.ok(emptyValue(field.type()));
        }
        String error = switch (field.type()) {
            case NUMBER -> numberError(field.rules(), (BigDecimal) value);
            case TEXTFIELD, TEXTAREA -> textError(field.rules(), (String) value);
            case RADIO, SELECT -> allowed(field, dynamicOptions).contains(value) ? null : NOT_AN_OPTION;
            case CHECKLIST, TAGLIST -> allowed(field, dynamicOptions).containsAll((List<?>) value) ? null : NOT_OPTIONS;
            default -> null;
        };
        if (error != null) {
            return Result.error(error);
        }
        return Result.ok(isWholeNumberField(field) ? ((BigDecimal) value).longValueExact() : value);
    }

    /**
     * The value as a hide condition in the browser would see it: untouched fields hold form-js's empty value
     * ("" for text, false for a checkbox, [] for lists) and dates and times stay strings.
     */
    static Object browserValue(FormField field, Object raw) {
        Result converted = convert(field.type(), raw);
        if (converted.isError()) {
            return null;
        }
        Object value = converted.value();
        if (value == null) {
            return field.type().isText() ? "" : emptyValue(field.type());
        }
        boolean temporal = field.type() == FieldType.DATE || field.type() == FieldType.TIME
                || field.type() == FieldType.DATETIME;
        return temporal ? ((String) raw).strip() : value; // form-js keeps dates and times as text
    }

    // ---- conversion -----------------------------------------------------------------------------------------

    /** Blank text means "not filled in", whatever the field type. */
    private static Result convert(FieldType type, Object raw) {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return Result.ok(null);
        }
        return switch (type) {
            case TEXTFIELD, TEXTAREA -> raw instanceof String s ? Result.ok(s.strip()) : Result.error(NOT_TEXT);
            case NUMBER -> toNumber(raw);
            case DATE -> toDate(raw);
            case TIME -> toTemporal(raw, DateTimeFormatter.ISO_TIME, NOT_TIME);
            case DATETIME -> toTemporal(raw, DateTimeFormatter.ISO_DATE_TIME, NOT_DATETIME);
            case CHECKBOX -> raw instanceof Boolean ? Result.ok(raw) : Result.error(NOT_BOOLEAN);
            case RADIO, SELECT -> raw instanceof String ? Result.ok(raw) : Result.error(NOT_AN_OPTION);
            case CHECKLIST, TAGLIST -> toStringList(raw);
            case EXPRESSION -> Result.ok(null);
        };
    }

    private static Result toNumber(Object raw) {
        String text;
        if (raw instanceof Number n) {
            text = n.toString();
        } else if (raw instanceof String s && PLAIN_NUMBER.matcher(s.strip()).matches()) {
            text = s.strip();
        } else {
            return Result.error(NOT_NUMBER);
        }
        try {
            BigDecimal value = new BigDecimal(text);
            BigDecimal stripped = value.stripTrailingZeros();
            boolean reasonable = stripped.precision() - stripped.scale() <= MAX_DIGITS && stripped.scale() <= MAX_DIGITS;
            return reasonable ? Result.ok(value) : Result.error(NOT_NUMBER);
        } catch (NumberFormatException e) { // NaN and Infinity from a Double
            return Result.error(NOT_NUMBER);
        }
    }

    private static Result toDate(Object raw) {
        if (raw instanceof String s && ISO_DATE.matcher(s.strip()).matches()) {
            try {
                return Result.ok(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                // a day that does not exist, such as 2025-02-30
            }
        }
        return Result.error(NOT_DATE);
    }

    /** Times and date-times keep their offset when form-js wrote one (the field's timeSerializingFormat). */
    private static Result toTemporal(Object raw, DateTimeFormatter format, String message) {
        if (!(raw instanceof String s)) {
            return Result.error(message);
        }
        try {
            return Result.ok(format == DateTimeFormatter.ISO_TIME
                    ? format.parseBest(s.strip(), OffsetTime::from, LocalTime::from)
                    : format.parseBest(s.strip(), OffsetDateTime::from, LocalDateTime::from));
        } catch (DateTimeParseException e) {
            return Result.error(message);
        }
    }

    private static Result toStringList(Object raw) {
        if (!(raw instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            return Result.error(NOT_OPTIONS);
        }
        // a value chosen twice is still one choice
        return Result.ok(List.copyOf(new LinkedHashSet<>(list.stream().map(String.class::cast).toList())));
    }

    private static boolean isEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof List<?> l && l.isEmpty();
    }

    private static Object emptyValue(FieldType type) {
        return switch (type) {
            case CHECKBOX -> Boolean.FALSE;
            case CHECKLIST, TAGLIST -> List.of();
            default -> null;
        };
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    private static String numberError(FieldRules rules, BigDecimal value) {
        Integer digits = rules.decimalDigits();
        if (digits != null && value.stripTrailingZeros().scale() > digits) {
            return digits == 0 ? "Ange ett heltal." : "Ange högst " + digits + (digits == 1 ? " decimal." : " decimaler.");
        }
        if (rules.increment() != null && rules.increment().signum() > 0) {
            BigDecimal offset = value.remainder(rules.increment());
            if (offset.signum() != 0) {
                BigDecimal below = value.subtract(offset);
                return "Ange ett giltigt värde. De närmaste giltiga värdena är " + format(below)
                        + " och " + format(below.add(rules.increment())) + ".";
            }
        }
        if (rules.min() != null && value.compareTo(rules.min()) < 0) {
            return "Värdet får inte vara mindre än " + format(rules.min()) + ".";
        }
        if (rules.max() != null && value.compareTo(rules.max()) > 0) {
            return "Värdet får inte vara större än " + format(rules.max()) + ".";
        }
        return null;
    }

    /** Lengths count UTF-16 units of the trimmed text, as JavaScript's length does in the browser. */
    private static String textError(FieldRules rules, String value) {
        if (rules.minLength() != null && value.length() < rules.minLength()) {
            return "Texten måste vara minst " + rules.minLength() + " tecken.";
        }
        if (rules.maxLength() != null && value.length() > rules.maxLength()) {
            return "Texten får vara högst " + rules.maxLength() + " tecken.";
        }
        // find(), not matches(): form-js uses RegExp.test, so an unanchored pattern may match anywhere
        if (rules.pattern() != null && !rules.pattern().matcher(value).find()) {
            return rules.patternErrorMessage() != null ? rules.patternErrorMessage() : WRONG_FORMAT;
        }
        if ("email".equals(rules.validationType()) && !EMAIL.matcher(value).matches()) {
            return NOT_EMAIL;
        }
        if ("phone".equals(rules.validationType()) && !PHONE.matcher(value).matches()) {
            return NOT_PHONE;
        }
        return null;
    }

    private static List<String> allowed(FormField field, Map<String, List<String>> dynamicOptions) {
        if (field.valuesKey() == null) {
            return field.options();
        }
        List<String> options = dynamicOptions.get(field.valuesKey());
        if (options == null) {
            // a caller bug, not a user error: say so loudly rather than refuse every choice
            throw new IllegalArgumentException("No options supplied for valuesKey '" + field.valuesKey()
                    + "' of form field '" + field.key() + "'");
        }
        return options;
    }

    private static boolean isWholeNumberField(FormField field) {
        return field.type() == FieldType.NUMBER && Integer.valueOf(0).equals(field.rules().decimalDigits());
    }

    /** Swedish number format for messages: decimal comma, no exponent, no trailing zeros. */
    private static String format(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
