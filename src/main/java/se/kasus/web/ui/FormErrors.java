package se.kasus.web.ui;

import java.util.List;

import se.kasus.casework.FormRejectedException;
import se.kasus.forms.FieldError;

/** A rejected form's messages, for the summary at the top of the form and the message next to each field. */
public record FormErrors(List<FieldError> all) {

    static FormErrors of(FormRejectedException e) {
        return new FormErrors(e.errors());
    }

    public boolean has(String key) {
        return all.stream().anyMatch(e -> e.key().equals(key));
    }

    public String message(String key) {
        return all.stream().filter(e -> e.key().equals(key)).map(FieldError::message).findFirst().orElse(null);
    }
}
