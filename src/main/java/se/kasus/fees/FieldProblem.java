package se.kasus.fees;

/** One rejected field: its key in the form and the API, its Swedish label and the message. */
public record FieldProblem(String key, String label, String message) {
}
