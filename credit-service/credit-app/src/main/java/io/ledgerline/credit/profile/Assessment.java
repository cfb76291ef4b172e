package io.ledgerline.credit.profile;

import io.ledgerline.credit.api.v1.CreditGradeDowngraded;
import io.ledgerline.credit.api.v1.CreditInsuranceReferralRaised;
import io.ledgerline.credit.api.v1.CustomerAssessed;

/**
 * What one assessment recorded: the assessment itself and, when it raised them, the downgrade against the previous
 * grade and the credit insurance / factoring referral (each null otherwise).
 */
public record Assessment(CustomerAssessed assessed, CreditGradeDowngraded downgraded, CreditInsuranceReferralRaised referral) {
}
