package io.ledgerline.receivables.payment;

import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReceived.RequestedAllocation;
import io.ledgerline.receivables.api.v1.PaymentReversed;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final String PAYMENT = "payment-1";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate RECEIVED = LocalDate.of(2013, 1, 20);

    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static ReceivePayment receive(Money amount, Allocation... allocations) {
        return new ReceivePayment(PAYMENT, "ERP-PAY-91", CUSTOMER, RECEIVED, amount, List.of(allocations));
    }

    private static Matcher<InvalidPaymentException> refusedAt(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "refused field", "field") {
            @Override
            protected String featureValueOf(InvalidPaymentException e) {
                return e.field();
            }
        };
    }

    @Nested
    class Receive {

        @Test
        void records_the_payment_with_the_requested_allocations() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("100.00"), new Allocation("INV-1", usd("55.9")), new Allocation("INV-2", usd("30"))))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PaymentReceived(PAYMENT, "ERP-PAY-91", CUSTOMER, RECEIVED, usd("100.00").toContract(),
                            List.of(new RequestedAllocation("INV-1", new BigDecimal("55.90")),
                                    new RequestedAllocation("INV-2", new BigDecimal("30.00")))));
        }

        @Test
        void may_leave_cash_unallocated() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("100.00")))
                    .expectEvents(new PaymentReceived(PAYMENT, "ERP-PAY-91", CUSTOMER, RECEIVED,
                            usd("100.00").toContract(), List.of()));
        }

        @Test
        void may_allocate_exactly_the_payment() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("100.00"), new Allocation("INV-1", usd("60")), new Allocation("INV-2", usd("40"))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void rejects_an_amount_that_is_not_positive() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("0")))
                    .expectException(refusedAt("amount"))
                    .expectNoEvents();
        }

        @Test
        void rejects_allocations_above_the_payment() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("100.00"), new Allocation("INV-1", usd("60")), new Allocation("INV-2", usd("40.01"))))
                    .expectException(refusedAt("allocations"))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_allocation_that_is_not_positive() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("100.00"), new Allocation("INV-1", usd("0"))))
                    .expectException(refusedAt("allocations[0].amount"))
                    .expectNoEvents();
        }

        @Test
        void rejects_other_currency() {
            fixture.givenNoPriorActivity()
                    .when(receive(usd("100.00"), new Allocation("INV-1", Money.of("10", "EUR"))))
                    .expectException(InvalidPaymentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Reverse {

        private final PaymentReceived received = new PaymentReceived(PAYMENT, "ERP-PAY-91", CUSTOMER, RECEIVED,
                usd("100.00").toContract(), List.of());
        private final LocalDate bounced = RECEIVED.plusDays(8);

        @Test
        void records_the_bounce_for_the_whole_payment() {
            fixture.given(received)
                    .when(new ReversePayment(PAYMENT, bounced, "insufficient funds"))
                    .expectEvents(new PaymentReversed(PAYMENT, "ERP-PAY-91", CUSTOMER, bounced, usd("100.00").toContract(),
                            "insufficient funds"));
        }

        @Test
        void may_bounce_on_the_day_it_was_received() {
            fixture.given(received)
                    .when(new ReversePayment(PAYMENT, RECEIVED, "insufficient funds"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void reverses_only_once() {
            fixture.given(received, new PaymentReversed(PAYMENT, "ERP-PAY-91", CUSTOMER, bounced,
                            usd("100.00").toContract(), "insufficient funds"))
                    .when(new ReversePayment(PAYMENT, bounced, "again"))
                    .expectException(new org.hamcrest.FeatureMatcher<RuleViolation, String>(
                            Matchers.equalTo("payment-already-reversed"), "rule", "rule") {
                        @Override
                        protected String featureValueOf(RuleViolation e) {
                            return e.rule();
                        }
                    })
                    .expectNoEvents();
        }

        @Test
        void rejects_a_reversal_before_the_payment_was_received() {
            fixture.given(received)
                    .when(new ReversePayment(PAYMENT, RECEIVED.minusDays(1), "insufficient funds"))
                    .expectException(refusedAt("reversedOn"))
                    .expectNoEvents();
        }
    }
}
