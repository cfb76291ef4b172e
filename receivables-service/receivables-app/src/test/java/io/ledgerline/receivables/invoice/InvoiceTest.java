package io.ledgerline.receivables.invoice;

import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final String INVOICE = "invoice-1";
    private static final String NUMBER = "INV-000417";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate ISSUED = LocalDate.of(2013, 1, 2);
    private static final LocalDate DUE = LocalDate.of(2013, 2, 1);
    private static final LocalDate PAID = LocalDate.of(2013, 1, 20);

    private FixtureConfiguration<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static IssueInvoice issue(LocalDate issueDate, LocalDate dueDate, Money amount) {
        return new IssueInvoice(INVOICE, "ERP-INV-417", NUMBER, CUSTOMER, issueDate, dueDate, amount);
    }

    private static InvoiceIssued issued(String amount) {
        return new InvoiceIssued(INVOICE, "ERP-INV-417", NUMBER, CUSTOMER, ISSUED, DUE, usd(amount).toContract());
    }

    private static PaymentApplied applied(String payment, String amount) {
        return new PaymentApplied(INVOICE, NUMBER, payment, CUSTOMER, PAID, usd(amount).toContract());
    }

    private static Matcher<InvalidInvoiceException> refusedAt(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "refused field", "field") {
            @Override
            protected String featureValueOf(InvalidInvoiceException e) {
                return e.field();
            }
        };
    }

    @Nested
    class Issue {

        @Test
        void opens_the_invoice_for_its_full_amount() {
            fixture.givenNoPriorActivity()
                    .when(issue(ISSUED, DUE, usd("100.00")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(issued("100.00"));
        }

        @Test
        void may_fall_due_on_the_day_it_is_issued() {
            fixture.givenNoPriorActivity()
                    .when(issue(ISSUED, ISSUED, usd("100.00")))
                    .expectEvents(new InvoiceIssued(INVOICE, "ERP-INV-417", NUMBER, CUSTOMER, ISSUED, ISSUED,
                            usd("100.00").toContract()));
        }

        @Test
        void rejects_due_date_before_issue_date() {
            fixture.givenNoPriorActivity()
                    .when(issue(ISSUED, ISSUED.minusDays(1), usd("100.00")))
                    .expectException(refusedAt("dueDate"))
                    .expectNoEvents();
        }

        @Test
        void rejects_an_amount_that_is_not_positive() {
            fixture.givenNoPriorActivity()
                    .when(issue(ISSUED, DUE, usd("0")))
                    .expectException(refusedAt("amount"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Apply {

        @Test
        void partial_payment_leaves_the_rest_open() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("40.00")))
                    .expectEvents(applied("payment-1", "40.00"))
                    .expectResultMessagePayload(usd("40.00"));
            fixture.given(issued("100.00"), applied("payment-1", "40.00"))
                    .when(new ApplyPayment(INVOICE, "payment-2", PAID, usd("60.00")))
                    .expectEvents(applied("payment-2", "60.00"))
                    .expectResultMessagePayload(usd("60.00"));
        }

        @Test
        void applies_at_most_the_open_amount() {
            fixture.given(issued("100.00"), applied("payment-1", "70.00"))
                    .when(new ApplyPayment(INVOICE, "payment-2", PAID, usd("50.00")))
                    .expectEvents(applied("payment-2", "30.00"))
                    .expectResultMessagePayload(usd("30.00"));
        }

        @Test
        void a_settled_invoice_takes_nothing_more() {
            fixture.given(issued("100.00"), applied("payment-1", "100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-2", PAID, usd("10.00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(usd("0"));
        }

        @Test
        void rejects_other_currency() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, Money.of("10.00", "EUR")))
                    .expectException(CurrencyMismatchException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_an_amount_that_is_not_positive() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("0")))
                    .expectException(refusedAt("requested"))
                    .expectNoEvents();
        }
    }
}
