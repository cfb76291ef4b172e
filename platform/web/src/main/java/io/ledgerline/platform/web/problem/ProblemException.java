package io.ledgerline.platform.web.problem;

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

    /** The request field or parameter at fault, if any. */
    public String field() {
        return problem.field();
    }

    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(Problem.of(400, "invalid-field", "Invalid field", detail, field));
    }

    public static ProblemException invalidParameter(String parameter, String detail) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid parameter", detail, parameter));
    }

    public static ProblemException conflict(String slug, String detail, String field) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail, field));
    }

    public static ProblemException ruleViolated(String slug, String detail, String field) {
        return new ProblemException(Problem.of(422, slug, "Business rule violated", detail, field));
    }
}
