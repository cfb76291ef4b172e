package io.ledgerline.credit.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON of every v1 event is frozen in {@code golden/v1/<type>.json}. */
class GoldenEventsTest {

    // Configured like the service's event store and Kafka envelope mappers.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String CUSTOMER = "0379-NEVHP";

    static Stream<CreditEvent> events() {
        ScorecardDefinition scorecard = new ScorecardDefinition("Ledgerline default", "CNY",
                new MissingDataRule(MissingDataRule.NEUTRAL_POINTS, 50),
                new AltmanZones(new AltmanZones.Zones(new BigDecimal("1.23"), new BigDecimal("2.90")),
                        new AltmanZones.Zones(new BigDecimal("1.10"), new BigDecimal("2.60")), List.of("MANUFACTURING")),
                new ReputationWeights(Map.of("LOW", 1, "HIGH", 6), Map.of("JUDICIAL_RECORD", 100),
                        List.of(new ReputationWeights.RecencyStep(12, 100)), 25),
                List.of(new Factor("years-since-founding", "company-basics", "yearsSinceFounding", 60,
                                List.of(new Band(null, new BigDecimal("2"), 20), new Band(new BigDecimal("2"), null, 100)),
                                null, null),
                        new Factor("ownership-type", "company-basics", "ownershipType", 40, null,
                                Map.of("STATE_OWNED", 100, "PRIVATE", 60), 40)));
        CreditPolicyDefinition policy = new CreditPolicyDefinition("Ledgerline default", "CNY", 40, List.of(
                new GradeTerms("A", 90, new BigDecimal("500000.00"), new BigDecimal("5000000.00"), 60, new BigDecimal("0.00"),
                        true, new BigDecimal("1000000.00")),
                new GradeTerms("D", 0, new BigDecimal("0.00"), new BigDecimal("50000.00"), 0, new BigDecimal("1.00"),
                        false, new BigDecimal("0.00"))), 60);
        return Stream.of(
                new ScorecardPublished(2, "credit-manager-user", LocalDate.of(2013, 3, 1), scorecard),
                new CreditPolicyPublished(1, "credit-service", LocalDate.of(2013, 1, 2), policy),
                new FinancialStatementSubmitted(CUSTOMER, "6f1c2d3e-0000-4000-8000-000000000001", LocalDate.of(2012, 12, 31), "CNY",
                        new BigDecimal("1200000.00"), new BigDecimal("800000.00"), new BigDecimal("450000.00"),
                        new BigDecimal("2500000.00"), new BigDecimal("6000000.00"), new BigDecimal("3500000.00"),
                        new BigDecimal("9000000.00"), "credit-analyst-user", LocalDate.of(2013, 2, 20)),
                new CustomerAssessed(CUSTOMER, "9b2e7c1a-0000-4000-8000-000000000002", LocalDate.of(2013, 3, 1),
                        "credit-analyst-user", 72, "C", true, new BigDecimal("60.00"), MissingDataRule.NEUTRAL_POINTS, 2, 1,
                        List.of(new FactorContribution("years-since-founding", "company-basics", 60, 100, new BigDecimal("60.00"),
                                        Map.of("foundingDate", "2009-06-15", "yearsSinceFounding", "3"), List.of()),
                                new FactorContribution("ownership-type", "company-basics", 40, null, new BigDecimal("20.00"),
                                        Map.of(), List.of("ownershipType"))),
                        List.of(new MissingInput("ownership-type", "ownershipType", "the customer's ownership type is not known")),
                        CustomerAssessed.MANUAL, ASSESSED_FACTS),
                new CreditApplicationSubmitted(CUSTOMER, APPLICATION, new Money(new BigDecimal("400000.00"), "CNY"), 45,
                        new BigDecimal("0.10"), "sales-user", LocalDate.of(2013, 3, 2), OUTSIDE_POLICY),
                new CreditApplicationGranted(CUSTOMER, APPLICATION, false, "credit-manager-user", LocalDate.of(2013, 3, 4),
                        "ten years of orders without a late payment", OUTSIDE_POLICY),
                new CreditApplicationRejected(CUSTOMER, APPLICATION, "credit-manager-user", LocalDate.of(2013, 3, 4),
                        "the statements do not support more than grade C", OUTSIDE_POLICY),
                new CreditLimitAssigned(CUSTOMER, APPLICATION, new Money(new BigDecimal("400000.00"), "CNY"), 45,
                        new BigDecimal("0.10"), LocalDate.of(2013, 3, 4), "credit-manager-user", 1),
                new CreditCheckApproved(CUSTOMER, ORDER, ORDER_AMOUNT, LocalDate.of(2013, 3, 15), "sales-user", CHECK_INPUTS),
                new CreditCheckHeld(CUSTOMER, ORDER, ORDER_AMOUNT, LocalDate.of(2013, 3, 15), "sales-user", List.of(
                        new CheckReason("over-limit", "exposure with this order 418000.00 CNY is above the credit limit of 400000.00 CNY",
                                List.of("credit-manager")),
                        new CheckReason("above-auto-approval", "grade C orders are not approved automatically",
                                List.of("credit-analyst", "credit-manager"))), CHECK_INPUTS),
                new CreditCheckRejected(CUSTOMER, ORDER, ORDER_AMOUNT, LocalDate.of(2013, 3, 15), "sales-user", List.of(
                        new CheckReason("grade-d", "grade D trades on prepayment only", List.of())), CHECK_INPUTS),
                new CreditCheckReleased(CUSTOMER, ORDER, ORDER_AMOUNT, "credit-manager-user", "credit-manager", LocalDate.of(2013, 3, 16),
                        "a one-off order, paid by letter of credit"),
                new CreditCheckCancelled(CUSTOMER, ORDER, ORDER_AMOUNT, "sales-user", LocalDate.of(2013, 3, 18),
                        "the customer withdrew the order", true),
                new CustomerCreditBlocked(CUSTOMER, "5e8d1c4b-0000-4000-8000-000000000004", "disputed invoices under review",
                        "credit-manager-user", LocalDate.of(2013, 3, 20), CustomerCreditBlocked.MANUAL),
                new CustomerCreditUnblocked(CUSTOMER, "dispute settled", "credit-manager-user", LocalDate.of(2013, 4, 2)),
                new CreditGradeDowngraded(CUSTOMER, REASSESSMENT, LocalDate.of(2013, 3, 15), "C", "D", 61, 48, "risk-signal"),
                new CreditInsuranceReferralRaised(CUSTOMER, REASSESSMENT, LocalDate.of(2013, 3, 15), 48, 60, "D", List.of(
                        new Money(new BigDecimal("32500.00"), "CNY"), new Money(new BigDecimal("1800.00"), "USD"))));
    }

    private static final AssessedFacts ASSESSED_FACTS = new AssessedFacts(LocalDate.of(2009, 6, 15), null, null, "RETAIL",
            new AssessedFacts.Trading(14, 9, new Money(new BigDecimal("640000.00"), "CNY")),
            new AssessedFacts.Payments(new BigDecimal("3.50"), new BigDecimal("87.50"), 1, 12, 0),
            new AssessedFacts.Statement("6f1c2d3e-0000-4000-8000-000000000001", LocalDate.of(2012, 12, 31), "CNY",
                    new BigDecimal("1200000.00"), new BigDecimal("800000.00"), new BigDecimal("450000.00"),
                    new BigDecimal("2500000.00"), new BigDecimal("6000000.00"), new BigDecimal("3500000.00"),
                    new BigDecimal("9000000.00")),
            List.of(new AssessedFacts.Signal("JUDICIAL_RECORD", "HIGH", LocalDate.of(2012, 11, 5))));

    private static final String REASSESSMENT = "7c4a9e2f-0000-4000-8000-000000000005";

    private static final String ORDER = "SO-2013-0042";
    private static final Money ORDER_AMOUNT = new Money(new BigDecimal("18000.00"), "CNY");
    private static final CreditCheckInputs CHECK_INPUTS = new CreditCheckInputs("9b2e7c1a-0000-4000-8000-000000000002", 72, "C", 1,
            new Money(new BigDecimal("400000.00"), "CNY"), new Money(new BigDecimal("380000.00"), "CNY"),
            new Money(new BigDecimal("20000.00"), "CNY"), new Money(new BigDecimal("0.00"), "CNY"),
            new Money(new BigDecimal("418000.00"), "CNY"), 0, 0);

    private static final String APPLICATION = "3d5f8a2b-0000-4000-8000-000000000003";
    private static final PolicyEvaluation OUTSIDE_POLICY = new PolicyEvaluation(1, "9b2e7c1a-0000-4000-8000-000000000002",
            LocalDate.of(2013, 3, 1), 72, "C", 2, 1, false, List.of(
                    new PolicyCheck("minimum-score-to-trade", true, "score 72 reaches the minimum of 40"),
                    new PolicyCheck("limit-range", false, "400000.00 CNY is above grade C's maximum of 300000.00 CNY")));

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void writes_the_golden_json(CreditEvent event) throws IOException {
        assertThat((JsonNode) MAPPER.valueToTree(event)).isEqualTo(golden(event.getClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void reads_the_golden_json_back(CreditEvent event) throws IOException {
        assertThat(MAPPER.treeToValue(golden(event.getClass()), event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void ignores_fields_it_does_not_know(CreditEvent event) throws IOException {
        JsonNode withExtra = golden(event.getClass()).deepCopy();
        ((ObjectNode) withExtra).put("addedLater", "optional");
        assertThat(MAPPER.treeToValue(withExtra, event.getClass())).isEqualTo(event);
    }

    @Test
    void reads_an_assessment_recorded_before_its_trigger_and_facts_were_kept() throws IOException {
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/golden/ledgerline.credit.CustomerAssessed.v1.without-facts.json")) {
            CustomerAssessed older = MAPPER.readValue(in, CustomerAssessed.class);
            assertThat(older.trigger()).isNull();
            assertThat(older.facts()).isNull();
            assertThat(older.score()).isEqualTo(72);
            assertThat(((JsonNode) MAPPER.valueToTree(older)).has("facts")).isFalse();
        }
    }

    /** A policy whose grades state their overdue tolerance, frozen beside the one published before the field existed. */
    private static final CreditPolicyPublished POLICY_WITH_TOLERANCE = new CreditPolicyPublished(2, "credit-manager-user",
            LocalDate.of(2013, 3, 1), new CreditPolicyDefinition("Ledgerline default", "CNY", 40, List.of(
                    new GradeTerms("A", 90, new BigDecimal("500000.00"), new BigDecimal("5000000.00"), 60, new BigDecimal("0.00"),
                            true, new BigDecimal("1000000.00"), 30),
                    new GradeTerms("D", 0, new BigDecimal("0.00"), new BigDecimal("50000.00"), 0, new BigDecimal("1.00"),
                            false, new BigDecimal("0.00"), 0))));

    @Test
    void a_policy_with_overdue_tolerance_writes_and_reads_its_golden_json() throws IOException {
        JsonNode golden = golden("ledgerline.credit.CreditPolicyPublished.v1.with-overdue-tolerance");
        assertThat((JsonNode) MAPPER.valueToTree(POLICY_WITH_TOLERANCE)).isEqualTo(golden);
        assertThat(MAPPER.treeToValue(golden, CreditPolicyPublished.class)).isEqualTo(POLICY_WITH_TOLERANCE);
    }

    @Test
    void a_policy_published_before_overdue_tolerance_existed_reads_without_it() throws IOException {
        CreditPolicyPublished old = MAPPER.treeToValue(golden(CreditPolicyPublished.class), CreditPolicyPublished.class);
        assertThat(old.policy().grades()).extracting(GradeTerms::grade, GradeTerms::overdueToleranceDays)
                .containsExactly(Tuple.tuple("A", null), Tuple.tuple("D", null));
    }

    @Test
    void reads_a_policy_published_before_insurance_referrals_as_one_that_refers_no_one() throws IOException {
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream(
                "/golden/ledgerline.credit.CreditPolicyPublished.v1.without-insurance-referral.json")) {
            CreditPolicyPublished older = MAPPER.readValue(in, CreditPolicyPublished.class);
            assertThat(older.policy().insuranceReferralBelowScore()).isNull();
            assertThat(older.policy().minimumScoreToTrade()).isEqualTo(40);
            assertThat(older.policy().grades()).hasSize(2);
            assertThat(((JsonNode) MAPPER.valueToTree(older)).path("policy").has("insuranceReferralBelowScore")).isFalse();
        }
    }

    private static JsonNode golden(Class<?> type) throws IOException {
        return golden(type.getAnnotation(JsonTypeName.class).value());
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/golden/v1/" + name + ".json")) {
            assertThat(in).as("golden file for %s", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
