package io.ledgerline.receivables.problem;

/** Refuses a request with a problem; thrown before anything is stored. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(Problem.of(400, "invalid-field", "Invalid field", detail, field));
    }

    public static ProblemException conflict(String slug, String detail, String field) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail, field));
    }

    public static ProblemException ruleViolated(String slug, String detail, String field) {
        return new ProblemException(Problem.of(422, slug, "Business rule violated", detail, field));
    }
}
