package io.ledgerline.reporting.credit;

import io.ledgerline.platform.web.problem.ProblemException;
import java.util.Arrays;

/** The credit alerts credit-service raises with an assessment, by the event that raises them. */
public enum AlertKind {
    /** {@code CreditGradeDowngraded}: graded worse than the customer's last assessment. */
    DOWNGRADE("ledgerline.credit.CreditGradeDowngraded.v1"),
    /** {@code CreditInsuranceReferralRaised}: scored below the policy's threshold, referred for credit insurance or factoring. */
    INSURANCE_REFERRAL("ledgerline.credit.CreditInsuranceReferralRaised.v1");

    private final String type;

    AlertKind(String type) {
        this.type = type;
    }

    String type() {
        return type;
    }

    /** Absent means every kind. */
    static AlertKind parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(k -> k.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("kind",
                        "kind must be DOWNGRADE or INSURANCE_REFERRAL, not '" + value + "'"));
    }
}
