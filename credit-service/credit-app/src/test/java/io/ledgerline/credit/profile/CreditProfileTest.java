package io.ledgerline.credit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.CreditGradeDowngraded;
import io.ledgerline.credit.api.v1.CreditInsuranceReferralRaised;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.credit.api.v1.MissingDataRule;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.profile.CreditProfileCommand.AssessCustomer;
import io.ledgerline.credit.profile.CreditProfileCommand.SubmitFinancialStatement;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.credit.scoring.DefinitionYaml;
import io.ledgerline.credit.scoring.FinancialFigures;
import io.ledgerline.credit.scoring.RecordedFacts;
import io.ledgerline.credit.scoring.Scoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditProfileTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    private static final ScorecardDefinition CARD = DefinitionYaml.scorecard(DefinitionYaml.DEFAULT_SCORECARD);
    private static final CreditPolicyDefinition POLICY = DefinitionYaml.policy(DefinitionYaml.DEFAULT_POLICY);

    private FixtureConfiguration<CreditProfile> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditProfile.class);
    }

    private static FinancialStatementSubmitted statement(String id, LocalDate periodEnd, String workingCapital, String retainedEarnings,
                                                         String ebit, String bookEquity) {
        return new FinancialStatementSubmitted(CUSTOMER, id, periodEnd, "CNY", new BigDecimal(workingCapital),
                new BigDecimal(retainedEarnings), new BigDecimal(ebit), new BigDecimal(bookEquity), new BigDecimal("6000000.00"),
                new BigDecimal("3500000.00"), new BigDecimal("9000000.00"), "analyst", TODAY);
    }

    private static final FinancialStatementSubmitted SAFE_2012 = statement("s-2012", LocalDate.of(2012, 12, 31), "1200000.00",
            "800000.00", "450000.00", "2500000.00");
    // X1 -0.1, X2 -0.1, X3 -0.05, X4 0.1429: Z'' = -0.656 - 0.326 - 0.336 + 0.15 = -1.168, distress
    private static final FinancialStatementSubmitted DISTRESS_2011 = statement("s-2011", LocalDate.of(2011, 12, 31), "-600000.00",
            "-600000.00", "-300000.00", "500000.00");

    /** The default policy but for referrals: it refers no one. */
    private static final CreditPolicyDefinition NO_REFERRALS = new CreditPolicyDefinition(POLICY.name(), POLICY.currency(),
            POLICY.minimumScoreToTrade(), POLICY.grades());
    private static final List<Money> EXPOSURE = List.of(new Money(new BigDecimal("32500.00"), "CNY"),
            new Money(new BigDecimal("1800.00"), "USD"));

    private static AssessCustomer assess(ScorecardDefinition card) {
        return assess(card, POLICY, CustomerAssessed.MANUAL);
    }

    /** Nothing known but a statement the profile may hold: 50 (grade D) without one, 60 (C) with {@link #SAFE_2012}. */
    private static AssessCustomer assess(ScorecardDefinition card, CreditPolicyDefinition policy, String trigger) {
        return new AssessCustomer(CUSTOMER, "a-1", CreditFacts.nothingKnown(), 1, card, 1, policy, TODAY, "analyst", trigger, EXPOSURE);
    }

    /** An earlier assessment, as far as the profile remembers it. */
    private static CustomerAssessed assessedBefore(String grade, int score) {
        return new CustomerAssessed(CUSTOMER, "a-0", LocalDate.of(2013, 1, 10), "analyst", score, grade, true, new BigDecimal("50.00"),
                MissingDataRule.NEUTRAL_POINTS, 1, 1, List.of(), List.of(), CustomerAssessed.MANUAL, null);
    }

    private static CreditInsuranceReferralRaised referredBefore(int score, int belowScore) {
        return new CreditInsuranceReferralRaised(CUSTOMER, "a-0", LocalDate.of(2013, 1, 10), score, belowScore, "D", List.of());
    }

    @Nested
    class SubmitFinancialStatementCommand {

        @Test
        void records_the_statement() {
            FinancialFigures f = new FinancialFigures("s-2012", LocalDate.of(2012, 12, 31), "CNY", new BigDecimal("1200000.00"),
                    new BigDecimal("800000.00"), new BigDecimal("450000.00"), new BigDecimal("2500000.00"),
                    new BigDecimal("6000000.00"), new BigDecimal("3500000.00"), new BigDecimal("9000000.00"));
            fixture.givenNoPriorActivity()
                    .when(new SubmitFinancialStatement(CUSTOMER, f, "analyst", TODAY))
                    .expectEvents(SAFE_2012);
        }
    }

    @Nested
    class AssessCustomerCommand {

        @Test
        void without_any_data_every_factor_scores_neutral_and_is_listed_missing() {
            CustomerAssessed e = recorded(fixture.givenNoPriorActivity().when(assess(CARD))).assessed();
            assertThat(e.score()).isEqualTo(50);
            assertThat(e.grade()).isEqualTo("D");
            assertThat(e.tradeAllowed()).isTrue();
            assertThat(e.coverage()).isEqualByComparingTo("0");
            assertThat(e.missingData()).hasSize(13);
            assertThat(e.scorecardVersion()).isEqualTo(1);
            assertThat(e.policyVersion()).isEqualTo(1);
            assertThat(e.assessmentId()).isEqualTo("a-1");
        }

        @Test
        void the_latest_period_is_scored_even_when_an_older_one_arrives_later() {
            // Z'' safe: 20 x 100 + 80 x 50 = 6000 -> 60, grade C
            CustomerAssessed e = recorded(fixture.given(SAFE_2012, DISTRESS_2011).when(assess(CARD))).assessed();
            assertThat(e.score()).isEqualTo(60);
            assertThat(e.grade()).isEqualTo("C");
            FactorContribution altman = e.contributions().stream().filter(c -> c.factor().equals("altman-z")).findFirst().orElseThrow();
            assertThat(altman.inputs()).containsEntry("statementId", "s-2012").containsEntry("altmanZone", "SAFE");
        }

        @Test
        void records_why_it_was_assessed_and_the_facts_it_scored_including_the_latest_statement() {
            CustomerAssessed e = recorded(fixture.given(SAFE_2012, DISTRESS_2011).when(assess(CARD))).assessed();
            assertThat(e.trigger()).isEqualTo(CustomerAssessed.MANUAL);
            assertThat(e.facts().statement().statementId()).isEqualTo("s-2012");
            assertThat(e.facts().statement().ebit()).isEqualByComparingTo("450000.00");
            assertThat(e.facts().riskSignals()).isNull();
            assertThat(e.facts().trading()).isNull();
            // scored again from what it recorded, the assessment comes out the same
            assertThat(Scoring.score(CARD, RecordedFacts.replay(e.facts()), TODAY).score()).isEqualTo(e.score());
        }

        @Test
        void a_restated_period_replaces_the_earlier_submission() {
            // distress: 20 x 0 + 80 x 50 = 4000 -> 40, grade D, still traded (minimum 40)
            FinancialStatementSubmitted restated = statement("s-2012b", LocalDate.of(2012, 12, 31), "-600000.00", "-600000.00",
                    "-300000.00", "500000.00");
            CustomerAssessed e = recorded(fixture.given(SAFE_2012, restated).when(assess(CARD))).assessed();
            assertThat(e.score()).isEqualTo(40);
            assertThat(e.grade()).isEqualTo("D");
            assertThat(e.tradeAllowed()).isTrue();
        }

        @Test
        void nothing_known_under_renormalise_is_refused() {
            ScorecardDefinition renormalising = new ScorecardDefinition(CARD.name(), CARD.currency(),
                    new MissingDataRule(MissingDataRule.RENORMALISE, null), CARD.altman(), CARD.reputation(), CARD.factors());
            fixture.givenNoPriorActivity()
                    .when(assess(renormalising))
                    .expectException(CreditRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void the_first_assessment_downgrades_nothing() {
            Assessment a = recorded(fixture.givenNoPriorActivity().when(assess(CARD, NO_REFERRALS, AssessCustomer.SCHEDULE)));
            assertThat(a.assessed().grade()).isEqualTo("D");
            assertThat(a.downgraded()).isNull();
        }

        @Test
        void a_grade_with_a_lower_min_score_than_the_last_one_is_a_downgrade_with_the_trigger() {
            // C (min 60) scored 61 before; nothing known now: 50, grade D (min 0)
            Assessment a = recorded(fixture.given(assessedBefore("C", 61))
                    .when(assess(CARD, NO_REFERRALS, AssessCustomer.RISK_SIGNAL)));
            assertThat(a.assessed().trigger()).isEqualTo("risk-signal");
            assertThat(a.downgraded()).isEqualTo(new CreditGradeDowngraded(CUSTOMER, "a-1", TODAY, "C", "D", 61, 50, "risk-signal"));
        }

        @Test
        void the_profile_remembers_only_the_last_grade() {
            // B, then D, now C: an upgrade from the last grade, whatever came before
            Assessment a = recorded(fixture.given(assessedBefore("B", 80), assessedBefore("D", 45), SAFE_2012)
                    .when(assess(CARD, NO_REFERRALS, AssessCustomer.PAYMENT_BEHAVIOUR)));
            assertThat(a.assessed().grade()).isEqualTo("C");
            assertThat(a.downgraded()).isNull();
        }

        @Test
        void a_lower_score_within_the_same_grade_is_no_downgrade() {
            Assessment a = recorded(fixture.given(assessedBefore("D", 59)).when(assess(CARD, NO_REFERRALS, AssessCustomer.SCHEDULE)));
            assertThat(a.assessed().score()).isEqualTo(50);
            assertThat(a.downgraded()).isNull();
        }

        @Test
        void a_last_grade_the_policy_no_longer_has_cannot_be_ranked_and_is_no_downgrade() {
            Assessment a = recorded(fixture.given(assessedBefore("AA", 97)).when(assess(CARD, NO_REFERRALS, AssessCustomer.SCHEDULE)));
            assertThat(a.downgraded()).isNull();
        }

        @Test
        void a_score_below_the_referral_threshold_refers_the_customer_with_the_exposure_to_cover() {
            // 50 < 60 of the default policy
            Assessment a = recorded(fixture.givenNoPriorActivity().when(assess(CARD, POLICY, AssessCustomer.RISK_SIGNAL)));
            assertThat(a.referral()).isEqualTo(new CreditInsuranceReferralRaised(CUSTOMER, "a-1", TODAY, 50, 60, "D", EXPOSURE));
        }

        @Test
        void a_score_at_the_threshold_refers_no_one() {
            Assessment a = recorded(fixture.given(SAFE_2012).when(assess(CARD, POLICY, AssessCustomer.RISK_SIGNAL)));
            assertThat(a.assessed().score()).isEqualTo(60);
            assertThat(a.referral()).isNull();
        }

        @Test
        void a_policy_without_a_threshold_refers_no_one() {
            Assessment a = recorded(fixture.givenNoPriorActivity().when(assess(CARD, NO_REFERRALS, AssessCustomer.RISK_SIGNAL)));
            assertThat(a.referral()).isNull();
        }

        @Test
        void no_second_referral_while_the_customer_stays_below() {
            Assessment a = recorded(fixture.given(assessedBefore("D", 55), referredBefore(55, 60))
                    .when(assess(CARD, POLICY, AssessCustomer.SCHEDULE)));
            assertThat(a.assessed().score()).isEqualTo(50);
            assertThat(a.referral()).isNull();
        }

        @Test
        void a_new_referral_after_the_customer_recovered_to_the_threshold_and_fell_again() {
            Assessment a = recorded(fixture.given(assessedBefore("D", 55), referredBefore(55, 60), assessedBefore("C", 60))
                    .when(assess(CARD, POLICY, AssessCustomer.PAYMENT_BEHAVIOUR)));
            assertThat(a.downgraded()).isEqualTo(new CreditGradeDowngraded(CUSTOMER, "a-1", TODAY, "C", "D", 60, 50,
                    "payment-behaviour"));
            assertThat(a.referral()).isEqualTo(new CreditInsuranceReferralRaised(CUSTOMER, "a-1", TODAY, 50, 60, "D", EXPOSURE));
        }

        /**
         * What the command returned, checked to be exactly the events it recorded, in order: the assessment, then the
         * downgrade and the referral when it raised them.
         */
        private Assessment recorded(ResultValidator<CreditProfile> result) {
            Assessment[] returned = new Assessment[1];
            result.expectSuccessfulHandlerExecution()
                    .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<Assessment>("an assessment") {
                        @Override
                        protected boolean matchesSafely(Assessment a) {
                            returned[0] = a;
                            return true;
                        }
                    });
            result.expectEvents(Stream.of(returned[0].assessed(), returned[0].downgraded(), returned[0].referral())
                    .filter(Objects::nonNull).toArray());
            return returned[0];
        }
    }
}
