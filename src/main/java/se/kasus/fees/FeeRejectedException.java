package se.kasus.fees;

import java.util.List;

/** Bad input to the fee module: a Swedish message (and per field, where a field is at fault); nothing was written. */
public class FeeRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public FeeRejectedException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public FeeRejectedException(String message) {
        this(message, List.of());
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
