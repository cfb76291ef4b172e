package io.ledgerline.receivables.creditmemo;

import io.ledgerline.receivables.api.v1.CreditMemoIssued;
import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditMemoTest {

    private static final String MEMO = "memo-1";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate ISSUED = LocalDate.of(2013, 1, 25);

    private FixtureConfiguration<CreditMemo> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditMemo.class);
    }

    private static IssueCreditMemo issue(String amount, String invoiceNumber) {
        return new IssueCreditMemo(MEMO, "ERP-CM-12", "CM-12", CUSTOMER, ISSUED, Money.of(amount, "USD"), invoiceNumber,
                "damaged goods");
    }

    @Nested
    class Issue {

        @Test
        void issues_a_memo_for_an_invoice() {
            fixture.givenNoPriorActivity()
                    .when(issue("5.9", "INV-000417"))
                    .expectEvents(new CreditMemoIssued(MEMO, "ERP-CM-12", "CM-12", CUSTOMER, ISSUED,
                            Money.of("5.90", "USD").toContract(), "INV-000417", "damaged goods"));
        }

        @Test
        void a_free_memo_names_no_invoice() {
            fixture.givenNoPriorActivity()
                    .when(issue("5.90", null))
                    .expectEvents(new CreditMemoIssued(MEMO, "ERP-CM-12", "CM-12", CUSTOMER, ISSUED,
                            Money.of("5.90", "USD").toContract(), null, "damaged goods"));
        }

        @Test
        void rejects_an_amount_that_is_not_positive() {
            fixture.givenNoPriorActivity()
                    .when(issue("0", "INV-000417"))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }
}
