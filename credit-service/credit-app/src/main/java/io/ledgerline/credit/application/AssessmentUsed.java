package io.ledgerline.credit.application;

import java.time.LocalDate;

/** The customer's latest assessment, as far as an application is held against it. */
public record AssessmentUsed(
        String assessmentId,
        LocalDate assessedOn,
        int score,
        String grade,
        int scorecardVersion,
        int policyVersion) {
}
