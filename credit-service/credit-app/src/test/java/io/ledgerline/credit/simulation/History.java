package io.ledgerline.credit.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.AssessedFacts;
import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.scoring.DefinitionYaml;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Recorded events and policy variants the replay tests compute by hand. */
final class History {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    /** The shipped policy: A >= 90 (auto up to 1000000.00), B >= 75 (auto up to 300000.00), C >= 60 and D >= 0 (never auto). */
    static final CreditPolicyDefinition SHIPPED = DefinitionYaml.policy(DefinitionYaml.DEFAULT_POLICY);
    static final ScorecardDefinition SHIPPED_CARD = DefinitionYaml.scorecard(DefinitionYaml.DEFAULT_SCORECARD);
    /**
     * Only the customer's statement known, Z'' 3.0007 (safe): with the shipped scorecard altman-z earns 20 x 100 / 100 and the
     * other 80 weight earns the neutral 50 points, 20 + 40 = 60.
     */
    static final AssessedFacts STATEMENT_ONLY = new AssessedFacts(null, null, null, null, null, null,
            new AssessedFacts.Statement("statement-1", LocalDate.of(2012, 12, 31), "CNY", new BigDecimal("1200000.00"),
                    new BigDecimal("800000.00"), new BigDecimal("450000.00"), new BigDecimal("2500000.00"),
                    new BigDecimal("6000000.00"), new BigDecimal("3500000.00"), new BigDecimal("9000000.00")), null);
    static final AssessedFacts NOTHING_KNOWN = new AssessedFacts(null, null, null, null, null, null, null, null);

    private History() {
    }

    /** The shipped policy with one grade's field changed, e.g. {@code policy("B", "minScore", 80)}. */
    static CreditPolicyDefinition policy(Object... gradeFieldValue) {
        return policy(tree -> {
            for (int i = 0; i < gradeFieldValue.length; i += 3) {
                ObjectNode grade = grade(tree, (String) gradeFieldValue[i]);
                String field = (String) gradeFieldValue[i + 1];
                Object value = gradeFieldValue[i + 2];
                if (value instanceof Integer n) {
                    grade.put(field, n);
                } else {
                    grade.put(field, value.toString());
                }
            }
        });
    }

    static CreditPolicyDefinition policy(Consumer<ObjectNode> edit) {
        ObjectNode tree = JSON.valueToTree(SHIPPED);
        edit.accept(tree);
        try {
            return JSON.treeToValue(tree, CreditPolicyDefinition.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode grade(ObjectNode policy, String grade) {
        for (var g : policy.withArray("grades")) {
            if (grade.equals(g.path("grade").asText())) {
                return (ObjectNode) g;
            }
        }
        throw new IllegalArgumentException("no grade " + grade);
    }

    /** The shipped scorecard with its missing-data rule changed. */
    static ScorecardDefinition scorecard(String rule, Integer neutralPoints) {
        ObjectNode tree = JSON.valueToTree(SHIPPED_CARD);
        ObjectNode missing = tree.putObject("missingData");
        missing.put("rule", rule);
        if (neutralPoints != null) {
            missing.put("neutralPoints", neutralPoints);
        }
        try {
            return JSON.treeToValue(tree, ScorecardDefinition.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Money cny(String amount) {
        return new Money(new BigDecimal(amount), "CNY");
    }

    static CustomerAssessed assessed(String customer, String assessmentId, LocalDate on, int score, String grade, int policyVersion,
                                     AssessedFacts facts) {
        return new CustomerAssessed(customer, assessmentId, on, "credit-analyst-user", score, grade, true, new BigDecimal("100.00"),
                "NEUTRAL_POINTS", 1, policyVersion, List.of(), List.of(), facts == null ? null : CustomerAssessed.MANUAL, facts);
    }

    /** What a check read: the assessment, a CNY limit and exposure parts, no prepayments. */
    static CreditCheckInputs inputs(CustomerAssessed a, String limit, String open, String reserved, String order, int overdueDays) {
        BigDecimal exposure = new BigDecimal(open).add(new BigDecimal(reserved)).add(new BigDecimal(order));
        return new CreditCheckInputs(a == null ? null : a.assessmentId(), a == null ? null : a.score(), a == null ? null : a.grade(),
                a == null ? null : a.policyVersion(), limit == null ? null : cny(limit), cny(open), cny(reserved), cny("0.00"),
                new Money(exposure, "CNY"), overdueDays, a == null ? null : 0);
    }

    static CreditCheckApproved approved(String customer, String order, String amount, LocalDate on, CreditCheckInputs inputs) {
        return new CreditCheckApproved(customer, order, cny(amount), on, "sales-user", inputs);
    }

    static CreditCheckHeld held(String customer, String order, String amount, LocalDate on, CreditCheckInputs inputs, String... codes) {
        return new CreditCheckHeld(customer, order, cny(amount), on, "sales-user", reasons(codes), inputs);
    }

    static CreditCheckRejected rejected(String customer, String order, String amount, LocalDate on, CreditCheckInputs inputs,
                                        String... codes) {
        return new CreditCheckRejected(customer, order, cny(amount), on, "sales-user", reasons(codes), inputs);
    }

    private static List<CheckReason> reasons(String... codes) {
        return Arrays.stream(codes).map(c -> new CheckReason(c, c + " as recorded", List.of("credit-manager"))).toList();
    }
}
