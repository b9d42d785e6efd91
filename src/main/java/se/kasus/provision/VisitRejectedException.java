package se.kasus.provision;

import java.util.List;

/** A visit that breaks a rule: each problem names its field, in Swedish. Nothing was written. */
public class VisitRejectedException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public VisitRejectedException(List<Problem> problems) {
        super(problems.isEmpty() ? "Besöket kunde inte sparas." : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    VisitRejectedException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
