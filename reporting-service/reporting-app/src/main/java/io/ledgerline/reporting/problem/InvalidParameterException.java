package io.ledgerline.reporting.problem;

/** A query parameter the service cannot answer for; refused with 400 before any query runs. */
public class InvalidParameterException extends RuntimeException {

    private final String field;

    public InvalidParameterException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return Problem.of(400, "invalid-parameter", "Invalid parameter", getMessage(), field);
    }
}
