package io.ledgerline.credit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationRejected;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.PolicyCheck;
import io.ledgerline.credit.api.v1.PolicyEvaluation;
import io.ledgerline.credit.application.CreditApplication.Outcome;
import io.ledgerline.credit.application.CreditApplication.Status;
import io.ledgerline.credit.application.CreditApplicationCommand.ApproveCreditApplication;
import io.ledgerline.credit.application.CreditApplicationCommand.RejectCreditApplication;
import io.ledgerline.credit.application.CreditApplicationCommand.SubmitCreditApplication;
import io.ledgerline.credit.scoring.DefinitionYaml;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditApplicationTest {

    private static final String APPLICATION = "3d5f8a2b-0000-4000-8000-000000000003";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate SUBMITTED = LocalDate.of(2013, 3, 15);
    private static final LocalDate DECIDED = LocalDate.of(2013, 3, 18);
    /** The shipped policy: C is 50000.00-300000.00 CNY, 30 days, prepayment 0.30; D 0.00-50000.00, 0 days, 1.00; trade from 40. */
    private static final CreditPolicyDefinition POLICY = DefinitionYaml.policy(DefinitionYaml.DEFAULT_POLICY);
    private static final int POLICY_VERSION = 3;
    private static final AssessmentUsed GRADE_C = new AssessmentUsed("a-60", LocalDate.of(2013, 3, 14), 60, "C", 1, 2);

    private FixtureConfiguration<CreditApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditApplication.class);
    }

    private static CreditRequest request(String amount, String currency, int days, String share) {
        return new CreditRequest(new Money(new BigDecimal(amount), currency), days, new BigDecimal(share));
    }

    private static SubmitCreditApplication submit(CreditRequest request, AssessmentUsed assessment, String by) {
        return new SubmitCreditApplication(APPLICATION, CUSTOMER, request, assessment, POLICY_VERSION, POLICY, by, SUBMITTED);
    }

    private static SubmitCreditApplication submit(CreditRequest request, AssessmentUsed assessment) {
        return submit(request, assessment, "sales-user");
    }

    /** The submission of 400000.00 CNY on 30 days with 0.30 prepaid for a grade C customer: above the range, so pending. */
    private static CreditApplicationSubmitted pendingAbove(String by) {
        CreditRequest r = request("400000.00", "CNY", 30, "0.30");
        return new CreditApplicationSubmitted(CUSTOMER, APPLICATION, r.limit(), 30, r.prepaymentShare(), by, SUBMITTED,
                PolicyFit.evaluate(CUSTOMER, r, GRADE_C, POLICY_VERSION, POLICY));
    }

    private static Matcher<Exception> refused(String slug, ApplicationRefused.Kind kind) {
        return new CustomTypeSafeMatcher<>("refused by " + slug) {
            @Override
            protected boolean matchesSafely(Exception e) {
                return e instanceof ApplicationRefused r && r.slug().equals(slug) && r.kind() == kind;
            }
        };
    }

    /** The single failed check of a submission that went pending. */
    private PolicyEvaluation pendingEvaluation(SubmitCreditApplication command) {
        PolicyEvaluation[] evaluation = new PolicyEvaluation[1];
        fixture.givenNoPriorActivity().when(command)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<Outcome>("a pending outcome") {
                    @Override
                    protected boolean matchesSafely(Outcome o) {
                        evaluation[0] = ((CreditApplicationSubmitted) o.events().get(0)).evaluation();
                        return o.status() == Status.PENDING && o.events().size() == 1;
                    }
                });
        assertThat(evaluation[0].withinPolicy()).isFalse();
        return evaluation[0];
    }

    private static List<PolicyCheck> failed(PolicyEvaluation e) {
        return e.checks().stream().filter(c -> !c.passed()).toList();
    }

    @Nested
    class SubmitCreditApplicationCommand {

        @Test
        void within_the_policy_it_is_granted_automatically_with_the_versions_inputs_and_reasons_and_assigns_the_limit() {
            CreditRequest r = request("200000.00", "CNY", 30, "0.30");
            PolicyEvaluation within = new PolicyEvaluation(3, "a-60", LocalDate.of(2013, 3, 14), 60, "C", 1, 2, true, List.of(
                    new PolicyCheck("assessed", true, "assessment a-60 of 2013-03-14: score 60, grade C"),
                    new PolicyCheck("minimum-score-to-trade", true, "score 60 reaches the minimum of 40 to trade"),
                    new PolicyCheck("currency", true, "the limit is in the policy's currency CNY"),
                    new PolicyCheck("limit-range", true, "200000.00 CNY is within grade C's range 50000.00 to 300000.00 CNY"),
                    new PolicyCheck("payment-terms", true, "30 days is within grade C's 30 days"),
                    new PolicyCheck("prepayment-share", true, "prepayment share 0.30 reaches grade C's 0.30")));
            CreditApplicationSubmitted submitted = new CreditApplicationSubmitted(CUSTOMER, APPLICATION, r.limit(), 30,
                    new BigDecimal("0.30"), "sales-user", SUBMITTED, within);
            CreditApplicationGranted granted = new CreditApplicationGranted(CUSTOMER, APPLICATION, true, "credit-service", SUBMITTED,
                    "within credit policy version 3: assessment a-60 of 2013-03-14: score 60, grade C; score 60 reaches the minimum of "
                            + "40 to trade; the limit is in the policy's currency CNY; 200000.00 CNY is within grade C's range 50000.00 "
                            + "to 300000.00 CNY; 30 days is within grade C's 30 days; prepayment share 0.30 reaches grade C's 0.30",
                    within);
            CreditLimitAssigned assigned = new CreditLimitAssigned(CUSTOMER, APPLICATION, new Money(new BigDecimal("200000.00"), "CNY"),
                    30, new BigDecimal("0.30"), SUBMITTED, "credit-service", 3);
            fixture.givenNoPriorActivity()
                    .when(submit(r, GRADE_C))
                    .expectEvents(submitted, granted, assigned)
                    .expectResultMessagePayload(new Outcome(Status.GRANTED, List.of(submitted, granted, assigned)));
        }

        @Test
        void the_ends_of_the_grade_s_range_shorter_terms_and_a_larger_prepayment_are_within_the_policy() {
            for (CreditRequest r : List.of(request("50000.00", "CNY", 0, "0.30"), request("300000.00", "CNY", 30, "1.00"))) {
                PolicyEvaluation e = PolicyFit.evaluate(CUSTOMER, r, GRADE_C, POLICY_VERSION, POLICY);
                assertThat(e.withinPolicy()).as("%s", r).isTrue();
                assertThat(e.checks()).hasSize(6).allMatch(PolicyCheck::passed);
            }
        }

        @Test
        void above_the_grade_s_range_it_waits_with_the_reason() {
            PolicyEvaluation e = pendingEvaluation(submit(request("300000.01", "CNY", 30, "0.30"), GRADE_C));
            assertThat(failed(e)).containsExactly(new PolicyCheck("limit-range", false,
                    "300000.01 CNY is above grade C's range 50000.00 to 300000.00 CNY"));
            assertThat(e.policyVersion()).isEqualTo(3);
            assertThat(e.assessmentId()).isEqualTo("a-60");
        }

        @Test
        void below_the_grade_s_range_it_waits_with_the_reason() {
            PolicyEvaluation e = pendingEvaluation(submit(request("49999.99", "CNY", 30, "0.30"), GRADE_C));
            assertThat(failed(e)).containsExactly(new PolicyCheck("limit-range", false,
                    "49999.99 CNY is below grade C's range 50000.00 to 300000.00 CNY"));
        }

        @Test
        void terms_longer_than_the_grade_s_wait_with_the_reason() {
            PolicyEvaluation e = pendingEvaluation(submit(request("200000.00", "CNY", 31, "0.30"), GRADE_C));
            assertThat(failed(e)).containsExactly(new PolicyCheck("payment-terms", false, "31 days is longer than grade C's 30 days"));
        }

        @Test
        void a_prepayment_below_the_grade_s_waits_with_the_reason() {
            PolicyEvaluation e = pendingEvaluation(submit(request("200000.00", "CNY", 30, "0.29"), GRADE_C));
            assertThat(failed(e)).containsExactly(new PolicyCheck("prepayment-share", false,
                    "prepayment share 0.29 is below grade C's 0.30"));
        }

        @Test
        void a_score_below_the_minimum_to_trade_waits_even_within_the_grade_s_terms() {
            AssessmentUsed gradeD35 = new AssessmentUsed("a-35", LocalDate.of(2013, 3, 14), 35, "D", 1, 2);
            PolicyEvaluation e = pendingEvaluation(submit(request("30000.00", "CNY", 0, "1.00"), gradeD35));
            assertThat(failed(e)).containsExactly(new PolicyCheck("minimum-score-to-trade", false,
                    "score 35 is below the minimum of 40 to trade"));
        }

        @Test
        void a_limit_in_another_currency_than_the_policy_s_waits_and_is_never_converted() {
            PolicyEvaluation e = pendingEvaluation(submit(request("200000.00", "USD", 30, "0.30"), GRADE_C));
            assertThat(failed(e)).containsExactly(new PolicyCheck("currency", false,
                    "the policy's limits are in CNY; a limit in USD is never converted"));
            assertThat(e.checks()).extracting(PolicyCheck::rule).doesNotContain("limit-range");
        }

        @Test
        void a_grade_the_current_policy_does_not_have_waits() {
            AssessmentUsed gradeE = new AssessmentUsed("a-old", LocalDate.of(2013, 1, 2), 70, "E", 1, 1);
            PolicyEvaluation e = pendingEvaluation(submit(request("200000.00", "CNY", 30, "0.30"), gradeE));
            assertThat(failed(e)).extracting(PolicyCheck::rule).containsExactly("grade-in-policy");
        }

        @Test
        void every_reason_is_stated_when_several_fail() {
            PolicyEvaluation e = pendingEvaluation(submit(request("400000.00", "CNY", 60, "0.00"), GRADE_C));
            assertThat(failed(e)).extracting(PolicyCheck::rule).containsExactly("limit-range", "payment-terms", "prepayment-share");
        }

        @Test
        void a_customer_never_assessed_waits_as_not_assessed() {
            PolicyEvaluation e = pendingEvaluation(submit(request("10000.00", "CNY", 0, "1.00"), null));
            assertThat(e.checks()).containsExactly(new PolicyCheck("assessed", false,
                    "customer 0379-NEVHP has not been assessed: there is no score or grade to hold the application against"));
            assertThat(e.assessmentId()).isNull();
            assertThat(e.grade()).isNull();
            assertThat(e.policyVersion()).isEqualTo(3);
        }

        @Test
        void submitting_the_same_application_again_records_nothing_and_answers_its_status() {
            fixture.given(pendingAbove("sales-user"))
                    .when(submit(request("400000", "CNY", 30, "0.3"), GRADE_C))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Outcome(Status.PENDING, List.of()));
        }

        @Test
        void the_same_id_with_another_limit_is_refused() {
            fixture.given(pendingAbove("sales-user"))
                    .when(submit(request("450000.00", "CNY", 30, "0.30"), GRADE_C))
                    .expectNoEvents()
                    .expectException(refused("application-id-in-use", ApplicationRefused.Kind.CONFLICT));
        }
    }

    @Nested
    class ApproveCreditApplicationCommand {

        @Test
        void another_credit_manager_grants_it_with_a_reason_and_the_requested_limit_is_assigned() {
            CreditApplicationSubmitted pending = pendingAbove("sales-user");
            fixture.given(pending)
                    .when(new ApproveCreditApplication(APPLICATION, "credit-manager-user", "ten years without a late payment", DECIDED))
                    .expectEvents(new CreditApplicationGranted(CUSTOMER, APPLICATION, false, "credit-manager-user", DECIDED,
                                    "ten years without a late payment", pending.evaluation()),
                            new CreditLimitAssigned(CUSTOMER, APPLICATION, new Money(new BigDecimal("400000.00"), "CNY"), 30,
                                    new BigDecimal("0.30"), DECIDED, "credit-manager-user", 3));
        }

        @Test
        void the_requester_may_not_approve_their_own_application() {
            fixture.given(pendingAbove("credit-manager-user"))
                    .when(new ApproveCreditApplication(APPLICATION, "credit-manager-user", "I trust them", DECIDED))
                    .expectNoEvents()
                    .expectException(refused("requester-cannot-decide", ApplicationRefused.Kind.FORBIDDEN));
        }

        @Test
        void an_application_granted_automatically_is_not_decided_again() {
            CreditRequest r = request("200000.00", "CNY", 30, "0.30");
            PolicyEvaluation within = PolicyFit.evaluate(CUSTOMER, r, GRADE_C, POLICY_VERSION, POLICY);
            fixture.given(new CreditApplicationSubmitted(CUSTOMER, APPLICATION, r.limit(), 30, r.prepaymentShare(), "sales-user",
                            SUBMITTED, within),
                            new CreditApplicationGranted(CUSTOMER, APPLICATION, true, "credit-service", SUBMITTED, "within", within))
                    .when(new ApproveCreditApplication(APPLICATION, "credit-manager-user", "again", DECIDED))
                    .expectNoEvents()
                    .expectException(refused("application-already-decided", ApplicationRefused.Kind.CONFLICT));
        }

        @Test
        void a_rejected_application_is_not_approved_afterwards() {
            CreditApplicationSubmitted pending = pendingAbove("sales-user");
            fixture.given(pending, new CreditApplicationRejected(CUSTOMER, APPLICATION, "credit-manager-user", DECIDED, "no",
                            pending.evaluation()))
                    .when(new ApproveCreditApplication(APPLICATION, "credit-manager-user", "changed my mind", DECIDED))
                    .expectNoEvents()
                    .expectException(refused("application-already-decided", ApplicationRefused.Kind.CONFLICT));
        }
    }

    @Nested
    class RejectCreditApplicationCommand {

        @Test
        void another_credit_manager_rejects_it_with_a_reason_and_no_limit_is_assigned() {
            CreditApplicationSubmitted pending = pendingAbove("sales-user");
            fixture.given(pending)
                    .when(new RejectCreditApplication(APPLICATION, "credit-manager-user", "grade C does not carry 400000", DECIDED))
                    .expectEvents(new CreditApplicationRejected(CUSTOMER, APPLICATION, "credit-manager-user", DECIDED,
                            "grade C does not carry 400000", pending.evaluation()))
                    .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<Outcome>("rejected") {
                        @Override
                        protected boolean matchesSafely(Outcome o) {
                            return o.status() == Status.REJECTED;
                        }
                    });
        }

        @Test
        void the_requester_may_not_reject_their_own_application() {
            fixture.given(pendingAbove("credit-manager-user"))
                    .when(new RejectCreditApplication(APPLICATION, "credit-manager-user", "withdrawn", DECIDED))
                    .expectNoEvents()
                    .expectException(refused("requester-cannot-decide", ApplicationRefused.Kind.FORBIDDEN));
        }

        @Test
        void an_approved_application_is_not_rejected_afterwards() {
            CreditApplicationSubmitted pending = pendingAbove("sales-user");
            fixture.given(pending, new CreditApplicationGranted(CUSTOMER, APPLICATION, false, "credit-manager-user", DECIDED, "yes",
                            pending.evaluation()))
                    .when(new RejectCreditApplication(APPLICATION, "other-manager", "no", DECIDED))
                    .expectNoEvents()
                    .expectException(refused("application-already-decided", ApplicationRefused.Kind.CONFLICT));
        }
    }
}
