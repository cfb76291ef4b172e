package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.GradeTerms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grade's overdue tolerance is policy data: 0 days or more, or absent in policies written before it existed. */
class PolicyOverdueToleranceTest {

    private static CreditPolicyDefinition withToleranceOfB(Integer days) {
        List<GradeTerms> grades = POLICY.grades().stream().map(g -> !g.grade().equals("B") ? g : new GradeTerms(g.grade(), g.minScore(),
                g.limitMin(), g.limitMax(), g.paymentTermsDays(), g.prepaymentShare(), g.autoApprove(), g.autoApproveMaxAmount(), days))
                .toList();
        return new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), POLICY.minimumScoreToTrade(), grades);
    }

    @Test
    void the_shipped_policy_states_the_former_defaults() {
        assertThat(POLICY.grades()).extracting(GradeTerms::grade, GradeTerms::overdueToleranceDays).containsExactly(
                tuple("A", 30), tuple("B", 15),
                tuple("C", 0), tuple("D", 0));
    }

    @Test
    void a_negative_tolerance_is_refused_with_its_field() {
        assertThatThrownBy(() -> PolicyRules.validate(withToleranceOfB(-1))).isInstanceOf(InvalidDefinition.class)
                .hasMessage("overdueToleranceDays must be 0 or more")
                .extracting(e -> ((InvalidDefinition) e).field()).isEqualTo("grades[1].overdueToleranceDays");
    }

    @Test
    void zero_days_and_no_tolerance_at_all_are_valid() {
        assertThat(PolicyRules.validate(withToleranceOfB(0)).grades().get(1).overdueToleranceDays()).isZero();
        assertThat(PolicyRules.validate(withToleranceOfB(null)).grades().get(1).overdueToleranceDays()).isNull();
    }
}
