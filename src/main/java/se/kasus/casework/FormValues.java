package se.kasus.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Typed reading of a submission that the form validator has already checked and coerced. */
record FormValues(Map<String, Object> values) {

    String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    Integer integer(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.intValueExact() : ((Number) value).intValue();
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = text(key);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
