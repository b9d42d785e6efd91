package se.kasus.casework;

import java.util.List;

import se.kasus.forms.FieldError;

/** A submission that breaks the form's rules or the step's rules; nothing was saved. */
public class FormRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    public FormRejectedException(List<FieldError> errors) {
        super("Formuläret innehåller fel.");
        this.errors = List.copyOf(errors);
    }

    public static FormRejectedException field(String key, String label, String message) {
        return new FormRejectedException(List.of(new FieldError(key, label, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
