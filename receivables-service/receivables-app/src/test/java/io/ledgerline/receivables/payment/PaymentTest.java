package io.ledgerline.receivables.payment;

import io.ledgerline.receivables.api.v1.PaymentReceived;
import io.ledgerline.receivables.api.v1.PaymentReceived.RequestedAllocation;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
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
}
