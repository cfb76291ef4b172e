package io.ledgerline.credit.check;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckInputs;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CreditCheckCommand.CheckOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prepayments lower the exposure an order is checked against: open + reserved - prepaid + order. */
class PrepaymentRuleTest {

    private static final String ORDER = "SO-2013-0088";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    private static final GradeTerms B = new GradeTerms("B", 75, BigDecimal.ZERO, BigDecimal.ZERO, 45, BigDecimal.ZERO, true,
            new BigDecimal("300000.00"), 15);

    private FixtureConfiguration<CreditCheck> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditCheck.class);
    }

    private static Money cny(String amount) {
        return new Money(new BigDecimal(amount), "CNY");
    }

    /** Grade B (score 80), limit 400000.00 CNY, 300000.00 open, 50000.00 reserved, nothing overdue, {@code prepaid} on account. */
    private static CheckFacts gradeB(String prepaid) {
        return new CheckFacts(new CheckFacts.Assessment("a-8", 80, "B", 2, 40, "CNY", B), cny("400000.00"), new BigDecimal("300000.00"),
                new BigDecimal("50000.00"), new BigDecimal(prepaid), 0);
    }

    private static CreditCheckInputs inputs(String prepaid, String exposure) {
        return new CreditCheckInputs("a-8", 80, "B", 2, cny("400000.00"), cny("300000.00"), cny("50000.00"), cny(prepaid),
                cny(exposure), 0, 15);
    }

    private static CheckOrder check(CheckFacts facts) {
        return new CheckOrder(ORDER, CUSTOMER, cny("60000.00"), facts, "sales-user", TODAY);
    }

    @Test
    void without_a_prepayment_the_order_is_over_the_limit() {
        // 300000 + 50000 - 0 + 60000 = 410000 > 400000
        fixture.givenNoPriorActivity()
                .when(check(gradeB("0.00")))
                .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("60000.00"), TODAY, "sales-user", List.of(
                        new CheckReason("over-limit", "exposure with this order 410000.00 CNY (open 300000.00 + reserved 50000.00 "
                                + "- prepaid 0.00 + order 60000.00) is above the credit limit of 400000.00 CNY", List.of("credit-manager"))),
                        inputs("0.00", "410000.00")));
    }

    @Test
    void a_prepayment_of_10000_brings_the_same_order_exactly_to_the_limit_and_it_is_approved() {
        // 300000 + 50000 - 10000 + 60000 = 400000 <= 400000
        fixture.givenNoPriorActivity()
                .when(check(gradeB("10000.00")))
                .expectEvents(new CreditCheckApproved(CUSTOMER, ORDER, cny("60000.00"), TODAY, "sales-user",
                        inputs("10000.00", "400000.00")));
    }

    @Test
    void a_prepayment_one_cent_short_still_holds() {
        // 300000 + 50000 - 9999.99 + 60000 = 400000.01 > 400000
        fixture.givenNoPriorActivity()
                .when(check(gradeB("9999.99")))
                .expectEvents(new CreditCheckHeld(CUSTOMER, ORDER, cny("60000.00"), TODAY, "sales-user", List.of(
                        new CheckReason("over-limit", "exposure with this order 400000.01 CNY (open 300000.00 + reserved 50000.00 "
                                + "- prepaid 9999.99 + order 60000.00) is above the credit limit of 400000.00 CNY", List.of("credit-manager"))),
                        inputs("9999.99", "400000.01")));
    }
}
