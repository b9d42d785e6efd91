package se.kasus.forms;

/**
 * One rejected field. {@code key} is the field key (dotted for nested keys), or {@code _form} for an error
 * about the submission as a whole, whose {@code label} is then empty. {@code message} is shown to the user.
 */
public record FieldError(String key, String label, String message) {

    public static final String FORM_KEY = "_form";
}
