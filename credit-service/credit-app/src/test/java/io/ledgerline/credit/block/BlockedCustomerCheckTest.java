package io.ledgerline.credit.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CheckFacts;
import io.ledgerline.credit.check.CreditCheck;
import io.ledgerline.credit.check.CreditCheckRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credit check rule a block adds: a blocked customer's order is held for a credit manager, naming the block's reason. */
class BlockedCustomerCheckTest {

    /** Grade A (score 95), automatic up to 1000000.00 CNY; limit 400000.00 CNY, 100000.00 open, nothing reserved or overdue. */
    private static final GradeTerms A = new GradeTerms("A", 90, BigDecimal.ZERO, BigDecimal.ZERO, 60, BigDecimal.ZERO, true,
            new BigDecimal("1000000.00"));
    private static final CheckFacts.Assessment ASSESSED = new CheckFacts.Assessment("a-1", 95, "A", 1, 40, "CNY", A);
    private static final Money ORDER = new Money(new BigDecimal("50000.00"), "CNY");
    private static final CheckFacts.Block BLOCK = new CheckFacts.Block("disputed invoices under review", "collector-user",
            LocalDate.of(2013, 3, 14));

    private static CheckFacts facts(CheckFacts.Block block) {
        return new CheckFacts(ASSESSED, new Money(new BigDecimal("400000.00"), "CNY"), new BigDecimal("100000.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, 0, block);
    }

    @Test
    void an_order_that_fits_is_approved_when_the_customer_is_not_blocked() {
        // 100000.00 + 50000.00 = 150000.00 <= 400000.00; 50000.00 <= 1000000.00 automatic
        assertThat(CreditCheckRules.decide(ORDER, facts(null)).status()).isEqualTo(CreditCheck.Status.APPROVED);
    }

    @Test
    void the_same_order_is_held_for_a_credit_manager_when_the_customer_is_blocked() {
        CreditCheckRules.Verdict verdict = CreditCheckRules.decide(ORDER, facts(BLOCK));
        assertThat(verdict.status()).isEqualTo(CreditCheck.Status.HOLD);
        assertThat(verdict.reasons()).containsExactly(new CheckReason("blocked",
                "the customer's credit is blocked (by collector-user on 2013-03-14): disputed invoices under review",
                List.of("credit-manager")));
    }

    @Test
    void the_block_comes_first_among_other_hold_reasons() {
        CheckFacts neverAssessed = new CheckFacts(null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BLOCK);
        assertThat(CreditCheckRules.decide(ORDER, neverAssessed).reasons()).extracting(CheckReason::code)
                .containsExactly("blocked", "not-assessed", "no-credit-limit");
    }

    @Test
    void a_rejection_still_rejects_a_blocked_customer() {
        CheckFacts.Assessment gradeD = new CheckFacts.Assessment("a-2", 50, "D", 1, 40, "CNY",
                new GradeTerms("D", 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ONE, false, BigDecimal.ZERO));
        CheckFacts f = new CheckFacts(gradeD, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BLOCK);
        assertThat(CreditCheckRules.decide(ORDER, f).status()).isEqualTo(CreditCheck.Status.REJECTED);
    }
}
