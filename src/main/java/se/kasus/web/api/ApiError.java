package se.kasus.web.api;

import java.util.List;

/**
 * The body of every error the API answers: a Swedish title a caseworker understands, and per-field messages for a
 * rejected form. Never a stack trace.
 */
public record ApiError(int status, String title, List<FieldMessage> errors) {

    public record FieldMessage(String field, String label, String message) {
    }

    static ApiError of(int status, String title) {
        return new ApiError(status, title, List.of());
    }
}
