package io.ledgerline.receivables.invoice;

import io.ledgerline.receivables.api.v1.DisputeOpened;
import io.ledgerline.receivables.api.v1.DisputeResolved;
import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.LateFeeCharged;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import io.ledgerline.receivables.invoice.InvoiceCommand.AccrueLateFee;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.CreditInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.DebitInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.OpenDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.ResolveDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.UnapplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.WriteOffInvoice;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
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
    private static final LocalDate LATER = LocalDate.of(2013, 2, 10);

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
        return new PaymentApplied(INVOICE, NUMBER, payment, CUSTOMER, PAID, usd(amount).toContract(), PaymentApplied.ALLOCATION);
    }

    private static PaymentApplied applied(String payment, LocalDate on, String amount) {
        return new PaymentApplied(INVOICE, NUMBER, payment, CUSTOMER, on, usd(amount).toContract(), PaymentApplied.ALLOCATION);
    }

    private static InvoiceCredited credited(String memo, String amount) {
        return new InvoiceCredited(INVOICE, NUMBER, CUSTOMER, memo, LATER, usd(amount).toContract());
    }

    private static InvoiceWrittenOff writtenOff(LocalDate on, String amount, String reason, boolean automatic, String by) {
        return new InvoiceWrittenOff(INVOICE, NUMBER, CUSTOMER, on, usd(amount).toContract(), reason, automatic, by);
    }

    private static DisputeOpened disputed(String dispute, String amount) {
        return new DisputeOpened(dispute, INVOICE, NUMBER, CUSTOMER, PAID, usd(amount).toContract(), "short delivery");
    }

    private static Matcher<RuleViolation> violates(String rule) {
        return new FeatureMatcher<>(Matchers.equalTo(rule), "violated rule", "rule") {
            @Override
            protected String featureValueOf(RuleViolation e) {
                return e.rule();
            }
        };
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
        void an_erp_invoice_carries_its_product_line() {
            fixture.givenNoPriorActivity()
                    .when(new IssueInvoice(INVOICE, "ERP-INV-417", NUMBER, CUSTOMER, ISSUED, DUE, usd("100.00"), "Spare parts"))
                    .expectEvents(new InvoiceIssued(INVOICE, "ERP-INV-417", NUMBER, CUSTOMER, ISSUED, DUE, usd("100.00").toContract(),
                            null, null, null, null, "Spare parts"));
        }

        @Test
        void an_installment_carries_its_contract_and_late_fee_clause() {
            LateFeeClause clause = new LateFeeClause(new BigDecimal("0.001"), 5, new BigDecimal("10"));
            fixture.givenNoPriorActivity()
                    .when(IssueInvoice.installment(INVOICE, "K-1/1", NUMBER, CUSTOMER, ISSUED, DUE, usd("100.00"), "contract-1", clause))
                    .expectEvents(new InvoiceIssued(INVOICE, "K-1/1", NUMBER, CUSTOMER, ISSUED, DUE, usd("100.00").toContract(),
                            InvoiceIssued.INSTALLMENT, "contract-1", null, clause, null));
        }

        @Test
        void a_late_fee_item_names_the_invoice_it_is_charged_on() {
            fixture.givenNoPriorActivity()
                    .when(IssueInvoice.lateFee(INVOICE, "INV-9-LF20130301", CUSTOMER, LATER, usd("1.40"), "invoice-9"))
                    .expectEvents(new InvoiceIssued(INVOICE, "INV-9-LF20130301", "INV-9-LF20130301", CUSTOMER, LATER, LATER,
                            usd("1.40").toContract(), InvoiceIssued.LATE_FEE, null, "invoice-9", null, null));
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

        @Test
        void writes_off_a_residual_below_the_tolerance_automatically() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("99.40"), usd("1.00")))
                    .expectEvents(applied("payment-1", "99.40"),
                            writtenOff(PAID, "0.60", "residual below tolerance", true, "system"))
                    .expectResultMessagePayload(usd("99.40"));
        }

        @Test
        void writes_off_a_residual_exactly_at_the_tolerance() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("99.00"), usd("1.00")))
                    .expectEvents(applied("payment-1", "99.00"),
                            writtenOff(PAID, "1.00", "residual below tolerance", true, "system"));
        }

        @Test
        void keeps_a_residual_above_the_tolerance_open() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("98.99"), usd("1.00")))
                    .expectEvents(applied("payment-1", "98.99"));
        }

        @Test
        void writes_nothing_off_when_the_payment_settles_the_invoice() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("100.00"), usd("1.00")))
                    .expectEvents(applied("payment-1", "100.00"));
        }

        @Test
        void without_a_tolerance_every_residual_stays_open() {
            fixture.given(issued("100.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("99.99"), usd("0")))
                    .expectEvents(applied("payment-1", "99.99"));
        }
    }

    @Nested
    class Credit {

        @Test
        void lowers_the_open_amount_by_the_credit() {
            fixture.given(issued("100.00"), applied("payment-1", "40.00"))
                    .when(new CreditInvoice(INVOICE, "memo-1", LATER, usd("60.00")))
                    .expectEvents(credited("memo-1", "60.00"))
                    .expectResultMessagePayload(usd("60.00"));
        }

        @Test
        void never_exceeds_the_open_amount() {
            fixture.given(issued("100.00"), applied("payment-1", "40.00"))
                    .when(new CreditInvoice(INVOICE, "memo-1", LATER, usd("60.01")))
                    .expectException(violates("credit-exceeds-open-amount"))
                    .expectNoEvents();
        }

        @Test
        void counts_earlier_credits_and_write_offs_against_the_open_amount() {
            fixture.given(issued("100.00"), credited("memo-1", "50.00"), writtenOff(LATER, "30.00", "bad debt", false, "finance-user"))
                    .when(new CreditInvoice(INVOICE, "memo-2", LATER, usd("20.01")))
                    .expectException(violates("credit-exceeds-open-amount"))
                    .expectNoEvents();
        }

        @Test
        void rejects_other_currency() {
            fixture.given(issued("100.00"))
                    .when(new CreditInvoice(INVOICE, "memo-1", LATER, Money.of("10.00", "EUR")))
                    .expectException(CurrencyMismatchException.class)
                    .expectNoEvents();
        }

        @Test
        void the_same_memo_again_changes_nothing() {
            fixture.given(issued("100.00"), credited("memo-1", "10.00"))
                    .when(new CreditInvoice(INVOICE, "memo-1", LATER, usd("10.00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class WriteOff {

        @Test
        void writes_off_the_whole_open_amount_without_an_amount() {
            fixture.given(issued("100.00"), applied("payment-1", "40.00"))
                    .when(new WriteOffInvoice(INVOICE, null, "customer insolvent", LATER, "finance-user"))
                    .expectEvents(writtenOff(LATER, "60.00", "customer insolvent", false, "finance-user"));
        }

        @Test
        void writes_off_part_of_the_open_amount() {
            fixture.given(issued("100.00"))
                    .when(new WriteOffInvoice(INVOICE, new BigDecimal("12.5"), "goodwill", LATER, "finance-user"))
                    .expectEvents(writtenOff(LATER, "12.50", "goodwill", false, "finance-user"));
        }

        @Test
        void never_writes_off_more_than_is_open() {
            fixture.given(issued("100.00"), applied("payment-1", "90.00"))
                    .when(new WriteOffInvoice(INVOICE, new BigDecimal("10.01"), "goodwill", LATER, "finance-user"))
                    .expectException(violates("write-off-exceeds-open-amount"))
                    .expectNoEvents();
        }

        @Test
        void a_settled_invoice_has_nothing_to_write_off() {
            fixture.given(issued("100.00"), applied("payment-1", "100.00"))
                    .when(new WriteOffInvoice(INVOICE, null, "goodwill", LATER, "finance-user"))
                    .expectException(violates("nothing-open"))
                    .expectNoEvents();
        }

        @Test
        void rejects_more_decimals_than_the_currency_has() {
            fixture.given(issued("100.00"))
                    .when(new WriteOffInvoice(INVOICE, new BigDecimal("1.005"), "goodwill", LATER, "finance-user"))
                    .expectException(refusedAt("amount"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Unapply {

        @Test
        void restores_exactly_what_the_payment_applied() {
            fixture.given(issued("100.00"), applied("payment-1", "30.00"), applied("payment-2", "50.00"),
                            applied("payment-1", "5.00"))
                    .when(new UnapplyPayment(INVOICE, "payment-1", LATER, "bounced"))
                    .expectEvents(new PaymentUnapplied(INVOICE, NUMBER, "payment-1", CUSTOMER, LATER,
                            usd("35.00").toContract(), "bounced"))
                    .expectResultMessagePayload(usd("35.00"));
        }

        @Test
        void restores_the_exact_prior_balance_so_the_open_amount_can_be_paid_again() {
            // open before payment-2 was 70.00; after the reversal exactly 70.00 is payable again, not a cent more
            fixture.given(issued("100.00"), applied("payment-1", "30.00"), applied("payment-2", "50.00"),
                            new PaymentUnapplied(INVOICE, NUMBER, "payment-2", CUSTOMER, LATER, usd("50.00").toContract(), "bounced"))
                    .when(new ApplyPayment(INVOICE, "payment-3", LATER, usd("80.00")))
                    .expectEvents(applied("payment-3", LATER, "70.00"))
                    .expectResultMessagePayload(usd("70.00"));
        }

        @Test
        void is_never_dated_before_the_application_it_undoes() {
            fixture.given(issued("100.00"), applied("payment-1", LATER, "30.00"))
                    .when(new UnapplyPayment(INVOICE, "payment-1", PAID, "bounced"))
                    .expectEvents(new PaymentUnapplied(INVOICE, NUMBER, "payment-1", CUSTOMER, LATER,
                            usd("30.00").toContract(), "bounced"));
        }

        @Test
        void a_payment_that_applied_nothing_here_changes_nothing() {
            fixture.given(issued("100.00"), applied("payment-1", "30.00"))
                    .when(new UnapplyPayment(INVOICE, "payment-9", LATER, "bounced"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_second_unapplication_changes_nothing() {
            fixture.given(issued("100.00"), applied("payment-1", "30.00"),
                            new PaymentUnapplied(INVOICE, NUMBER, "payment-1", CUSTOMER, LATER, usd("30.00").toContract(), "bounced"))
                    .when(new UnapplyPayment(INVOICE, "payment-1", LATER, "bounced"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Dispute {

        @Test
        void opens_a_dispute_on_part_of_the_open_amount() {
            fixture.given(issued("100.00"))
                    .when(new OpenDispute(INVOICE, "dispute-1", PAID, new BigDecimal("20"), "short delivery"))
                    .expectEvents(disputed("dispute-1", "20.00"));
        }

        @Test
        void may_dispute_everything_open() {
            fixture.given(issued("100.00"), applied("payment-1", "60.00"))
                    .when(new OpenDispute(INVOICE, "dispute-1", PAID, new BigDecimal("40.00"), "short delivery"))
                    .expectEvents(disputed("dispute-1", "40.00"));
        }

        @Test
        void never_disputes_more_than_is_open() {
            fixture.given(issued("100.00"), applied("payment-1", "60.00"))
                    .when(new OpenDispute(INVOICE, "dispute-1", PAID, new BigDecimal("40.01"), "short delivery"))
                    .expectException(violates("dispute-exceeds-open-amount"))
                    .expectNoEvents();
        }

        @Test
        void open_disputes_together_never_exceed_the_open_amount() {
            fixture.given(issued("100.00"), disputed("dispute-1", "70.00"))
                    .when(new OpenDispute(INVOICE, "dispute-2", PAID, new BigDecimal("30.01"), "wrong price"))
                    .expectException(violates("dispute-exceeds-open-amount"))
                    .expectNoEvents();
        }

        @Test
        void a_resolved_dispute_no_longer_counts() {
            fixture.given(issued("100.00"), disputed("dispute-1", "70.00"),
                            new DisputeResolved("dispute-1", INVOICE, NUMBER, CUSTOMER, LATER, "REJECTED", null))
                    .when(new OpenDispute(INVOICE, "dispute-2", PAID, new BigDecimal("100.00"), "short delivery"))
                    .expectEvents(disputed("dispute-2", "100.00"));
        }
    }

    @Nested
    class Resolve {

        @Test
        void upheld_credits_the_disputed_amount_with_the_credit_memo() {
            fixture.given(issued("100.00"), disputed("dispute-1", "20.00"))
                    .when(new ResolveDispute(INVOICE, "dispute-1", LATER, "UPHELD", "memo-9"))
                    .expectEvents(new DisputeResolved("dispute-1", INVOICE, NUMBER, CUSTOMER, LATER, "UPHELD", "memo-9"),
                            new InvoiceCredited(INVOICE, NUMBER, CUSTOMER, "memo-9", LATER, usd("20.00").toContract()))
                    .expectResultMessagePayload(new DisputeCredit(CUSTOMER, NUMBER, usd("20.00")));
        }

        @Test
        void upheld_credits_no_more_than_is_still_open() {
            fixture.given(issued("100.00"), disputed("dispute-1", "20.00"), applied("payment-1", "90.00"))
                    .when(new ResolveDispute(INVOICE, "dispute-1", LATER, "UPHELD", "memo-9"))
                    .expectEvents(new DisputeResolved("dispute-1", INVOICE, NUMBER, CUSTOMER, LATER, "UPHELD", "memo-9"),
                            new InvoiceCredited(INVOICE, NUMBER, CUSTOMER, "memo-9", LATER, usd("10.00").toContract()));
        }

        @Test
        void rejected_leaves_the_invoice_as_it_is() {
            fixture.given(issued("100.00"), disputed("dispute-1", "20.00"))
                    .when(new ResolveDispute(INVOICE, "dispute-1", LATER, "REJECTED", "memo-9"))
                    .expectEvents(new DisputeResolved("dispute-1", INVOICE, NUMBER, CUSTOMER, LATER, "REJECTED", null))
                    .expectResultMessagePayload(new DisputeCredit(CUSTOMER, NUMBER, usd("0")));
        }

        @Test
        void rejects_a_dispute_that_is_not_open() {
            fixture.given(issued("100.00"), disputed("dispute-1", "20.00"),
                            new DisputeResolved("dispute-1", INVOICE, NUMBER, CUSTOMER, LATER, "REJECTED", null))
                    .when(new ResolveDispute(INVOICE, "dispute-1", LATER, "UPHELD", "memo-9"))
                    .expectException(violates("no-such-open-dispute"))
                    .expectNoEvents();
        }
    }

    /** 0.1 % a day after 5 days of grace, at most 10 % of the invoice: the window after DUE starts on 2013-02-07. */
    private static final LateFeeClause CLAUSE = new LateFeeClause(new BigDecimal("0.001"), 5, new BigDecimal("10"));

    private static InvoiceIssued issuedWithClause(String amount, LateFeeClause clause) {
        return new InvoiceIssued(INVOICE, "K-1/1", NUMBER, CUSTOMER, ISSUED, DUE, usd(amount).toContract(),
                InvoiceIssued.INSTALLMENT, "contract-1", null, clause, null);
    }

    private static AccrueLateFee accrue(LocalDate asOf) {
        return new AccrueLateFee(INVOICE, asOf, "fee-" + asOf, NUMBER + "-LF" + asOf);
    }

    private static LateFeeCharged charged(LocalDate on, String amount, String accruedToDate) {
        return new LateFeeCharged(INVOICE, NUMBER, CUSTOMER, "fee-" + on, NUMBER + "-LF" + on, on,
                usd(amount).toContract(), usd(accruedToDate).toContract());
    }

    private static InvoiceDebited debited(String debit, LocalDate on, String amount) {
        return new InvoiceDebited(INVOICE, NUMBER, CUSTOMER, debit, "ERP-" + debit, on, usd(amount).toContract(), "freight");
    }

    @Nested
    class LateFee {

        private static final LocalDate TEN_DAYS_LATE = LocalDate.of(2013, 2, 16);

        @Test
        void nothing_accrues_within_the_grace_days() {
            fixture.given(issuedWithClause("1000.00", CLAUSE))
                    .when(accrue(DUE.plusDays(5)))
                    .expectNoEvents()
                    .expectResultMessagePayload(usd("0"));
        }

        @Test
        void accrues_the_rate_on_the_open_amount_for_each_day_after_grace() {
            fixture.given(issuedWithClause("1000.00", CLAUSE))
                    .when(accrue(TEN_DAYS_LATE))
                    .expectEvents(charged(TEN_DAYS_LATE, "10.00", "10.00"))
                    .expectResultMessagePayload(usd("10.00"));
        }

        @Test
        void a_partial_payment_lowers_the_accrual_from_the_day_it_was_applied() {
            // 2013-02-07..10 on 1000.00 = 4.00, 2013-02-11..16 on 400.00 = 2.40
            fixture.given(issuedWithClause("1000.00", CLAUSE), applied("payment-1", LocalDate.of(2013, 2, 11), "600.00"))
                    .when(accrue(TEN_DAYS_LATE))
                    .expectEvents(charged(TEN_DAYS_LATE, "6.40", "6.40"));
        }

        @Test
        void the_disputed_part_accrues_nothing_while_the_dispute_is_open() {
            // 300.00 disputed since 2013-01-20, rejected on 2013-02-12: 5 days on 700.00 + 5 days on 1000.00
            fixture.given(issuedWithClause("1000.00", CLAUSE), disputed("dispute-1", "300.00"),
                            new DisputeResolved("dispute-1", INVOICE, NUMBER, CUSTOMER, LocalDate.of(2013, 2, 12), "REJECTED", null))
                    .when(accrue(TEN_DAYS_LATE))
                    .expectEvents(charged(TEN_DAYS_LATE, "8.50", "8.50"));
        }

        @Test
        void all_fees_together_stop_at_the_cap_of_the_issued_amount_plus_debits() {
            LocalDate yearEnd = LocalDate.of(2013, 12, 31);
            fixture.given(issuedWithClause("1000.00", CLAUSE))
                    .when(accrue(yearEnd))
                    .expectEvents(charged(yearEnd, "100.00", "100.00"));
            fixture.given(issuedWithClause("1000.00", CLAUSE), debited("debit-1", DUE, "200.00"), charged(TEN_DAYS_LATE, "12.00", "12.00"))
                    .when(accrue(yearEnd))
                    .expectEvents(charged(yearEnd, "108.00", "120.00"));
        }

        @Test
        void nothing_more_once_the_cap_is_charged() {
            fixture.given(issuedWithClause("1000.00", CLAUSE), charged(LocalDate.of(2013, 12, 31), "100.00", "100.00"))
                    .when(accrue(LocalDate.of(2014, 6, 30)))
                    .expectNoEvents()
                    .expectResultMessagePayload(usd("0"));
        }

        @Test
        void a_repeat_run_for_the_same_date_charges_nothing() {
            fixture.given(issuedWithClause("1000.00", CLAUSE), charged(TEN_DAYS_LATE, "10.00", "10.00"))
                    .when(accrue(TEN_DAYS_LATE))
                    .expectNoEvents()
                    .expectResultMessagePayload(usd("0"));
        }

        @Test
        void a_later_run_charges_only_what_accrued_since() {
            LocalDate twelveDaysLate = TEN_DAYS_LATE.plusDays(2);
            fixture.given(issuedWithClause("1000.00", CLAUSE), charged(TEN_DAYS_LATE, "10.00", "10.00"))
                    .when(accrue(twelveDaysLate))
                    .expectEvents(charged(twelveDaysLate, "2.00", "12.00"));
        }

        @Test
        void a_date_before_an_earlier_charge_charges_nothing() {
            fixture.given(issuedWithClause("1000.00", CLAUSE), charged(TEN_DAYS_LATE, "10.00", "10.00"))
                    .when(accrue(TEN_DAYS_LATE.minusDays(1)))
                    .expectNoEvents();
        }

        @Test
        void an_invoice_without_a_clause_accrues_nothing() {
            fixture.given(issued("1000.00"))
                    .when(accrue(LocalDate.of(2013, 12, 31)))
                    .expectNoEvents()
                    .expectResultMessagePayload(usd("0"));
        }

        @Test
        void a_paid_invoice_accrues_only_until_it_was_paid() {
            // 2013-02-07..09 on 1000.00
            fixture.given(issuedWithClause("1000.00", CLAUSE), applied("payment-1", LocalDate.of(2013, 2, 10), "1000.00"))
                    .when(accrue(LocalDate.of(2013, 12, 31)))
                    .expectEvents(charged(LocalDate.of(2013, 12, 31), "3.00", "3.00"));
        }

        @Test
        void rounds_the_accrual_half_even_to_the_currency() {
            // 1000.00 x 0.000125 for one day = 0.125 -> 0.12
            LateFeeClause eighth = new LateFeeClause(new BigDecimal("0.000125"), 0, new BigDecimal("10"));
            fixture.given(issuedWithClause("1000.00", eighth))
                    .when(accrue(DUE.plusDays(1)))
                    .expectEvents(charged(DUE.plusDays(1), "0.12", "0.12"));
        }
    }

    @Nested
    class Debit {

        @Test
        void raises_the_open_amount_so_payments_may_settle_the_debit_too() {
            fixture.given(issued("100.00"))
                    .when(new DebitInvoice(INVOICE, "debit-1", "ERP-debit-1", LATER, usd("20.00"), "freight"))
                    .expectEvents(debited("debit-1", LATER, "20.00"))
                    .expectResultMessagePayload(usd("20.00"));
            fixture.given(issued("100.00"), debited("debit-1", PAID, "20.00"))
                    .when(new ApplyPayment(INVOICE, "payment-1", PAID, usd("150.00")))
                    .expectEvents(applied("payment-1", "120.00"));
        }

        @Test
        void write_off_may_take_the_issued_amount_plus_debits() {
            fixture.given(issued("100.00"), debited("debit-1", PAID, "20.00"))
                    .when(new WriteOffInvoice(INVOICE, null, "uncollectible", LATER, "finance-1"))
                    .expectEvents(writtenOff(LATER, "120.00", "uncollectible", false, "finance-1"));
        }

        @Test
        void a_repeat_of_the_same_debit_changes_nothing() {
            fixture.given(issued("100.00"), debited("debit-1", LATER, "20.00"))
                    .when(new DebitInvoice(INVOICE, "debit-1", "ERP-debit-1", LATER, usd("20.00"), "freight"))
                    .expectNoEvents()
                    .expectResultMessagePayload(usd("0"));
        }

        @Test
        void rejects_another_currency() {
            fixture.given(issued("100.00"))
                    .when(new DebitInvoice(INVOICE, "debit-1", "ERP-debit-1", LATER, Money.of("20.00", "EUR"), "freight"))
                    .expectException(CurrencyMismatchException.class)
                    .expectNoEvents();
        }

        @Test
        void rejects_an_amount_that_is_not_positive() {
            fixture.given(issued("100.00"))
                    .when(new DebitInvoice(INVOICE, "debit-1", "ERP-debit-1", LATER, usd("0"), "freight"))
                    .expectException(refusedAt("amount"))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_debit_dated_before_the_invoice_was_issued() {
            fixture.given(issued("100.00"))
                    .when(new DebitInvoice(INVOICE, "debit-1", "ERP-debit-1", ISSUED.minusDays(1), usd("20.00"), "freight"))
                    .expectException(refusedAt("debitedOn"))
                    .expectNoEvents();
        }
    }
}
