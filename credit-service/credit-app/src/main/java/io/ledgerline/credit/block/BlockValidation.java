package io.ledgerline.credit.block;

import io.ledgerline.platform.web.problem.ProblemException;

/** Refuses bad input with the offending field or parameter before anything is stored. */
final class BlockValidation {

    static final int MAX_ID = 100;
    static final int MAX_REASON = 2000;

    private BlockValidation() {
    }

    /** The customer id of the path: required, at most 100 characters, no '/'. */
    static String customerId(String value) {
        String problem = value == null || value.isBlank() ? "id is required"
                : value.strip().length() > MAX_ID ? "id is longer than " + MAX_ID + " characters"
                : value.contains("/") ? "id must not contain '/'" : null;
        if (problem != null) {
            throw ProblemException.invalidParameter("id", problem);
        }
        return value.strip();
    }

    /** Why: required, at most 2000 characters. */
    static String reason(ReasonRequest r) {
        String reason = r == null ? null : r.reason();
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "reason is required");
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.invalidField("reason", "reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
