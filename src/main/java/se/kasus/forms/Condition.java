package se.kasus.forms;

import java.util.Map;

/**
 * A yes/no question a schema asks about the submitted data, such as a field's {@code conditional.hide}.
 * The data is keyed by field key (dotted for nested keys) and holds the values the way form-js holds them.
 */
@FunctionalInterface
public interface Condition {

    Condition ALWAYS = data -> true;
    Condition NEVER = data -> false;

    boolean isMet(Map<String, Object> data);
}
