package io.ledgerline.receivables.contract;

import io.ledgerline.receivables.api.v1.ContractInstallmentInvoiced;
import io.ledgerline.receivables.api.v1.ContractSigned;
import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.contract.ContractCommand.InvoiceInstallment;
import io.ledgerline.receivables.contract.ContractCommand.SignContract;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
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

class ContractTest {

    private static final String CONTRACT = "contract-1";
    private static final String CUSTOMER = "0379-NEVHP";
    private static final LocalDate SIGNED = LocalDate.of(2013, 1, 2);
    private static final LateFeeClause CLAUSE = new LateFeeClause(new BigDecimal("0.0005"), 5, new BigDecimal("10"));

    private FixtureConfiguration<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    private static SignContract sign(String amount, String share, List<PaymentTerms.Term> terms, LateFeeClause clause) {
        return new SignContract(CONTRACT, "K-2013-7", "K-7", CUSTOMER, SIGNED, Money.of(amount, "USD"), 30,
                share == null ? null : new BigDecimal(share), terms, clause);
    }

    private static ContractSigned signed(String amount, String share, List<ScheduledInstallment> schedule, LateFeeClause clause) {
        return new ContractSigned(CONTRACT, "K-2013-7", "K-7", CUSTOMER, SIGNED, Money.of(amount, "USD").toContract(), 30,
                new BigDecimal(share), schedule, clause);
    }

    private static PaymentTerms.Term percent(String dueDate, String percent) {
        return new PaymentTerms.Term(LocalDate.parse(dueDate), new BigDecimal(percent), null, null);
    }

    private static PaymentTerms.Term amount(String dueDate, String amount) {
        return new PaymentTerms.Term(LocalDate.parse(dueDate), null, new BigDecimal(amount), null);
    }

    private static ScheduledInstallment installment(int sequence, String invoiceOn, String dueDate, String amount, boolean prepayment) {
        return new ScheduledInstallment(sequence, LocalDate.parse(invoiceOn), LocalDate.parse(dueDate), new BigDecimal(amount), prepayment);
    }

    private static Matcher<InvalidContractException> refusedAt(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "refused field", "field") {
            @Override
            protected String featureValueOf(InvalidContractException e) {
                return e.field();
            }
        };
    }

    @Nested
    class Sign {

        @Test
        void resolves_percentages_and_the_prepayment_into_exact_amounts() {
            fixture.givenNoPriorActivity()
                    .when(sign("1000.00", "10", List.of(percent("2013-03-01", "45"), percent("2013-06-01", "45")), CLAUSE))
                    .expectEvents(signed("1000.00", "10", List.of(
                            installment(0, "2013-01-02", "2013-01-02", "100.00", true),
                            installment(1, "2013-01-30", "2013-03-01", "450.00", false),
                            installment(2, "2013-05-02", "2013-06-01", "450.00", false)), CLAUSE));
        }

        @Test
        void gives_the_remainder_cent_to_the_last_installment() {
            fixture.givenNoPriorActivity()
                    .when(sign("100.00", null, List.of(percent("2013-02-01", "33.333"), percent("2013-03-01", "33.333"),
                            percent("2013-04-01", "33.334")), null))
                    .expectEvents(signed("100.00", "0", List.of(
                            installment(1, "2013-01-02", "2013-02-01", "33.33", false),
                            installment(2, "2013-01-30", "2013-03-01", "33.33", false),
                            installment(3, "2013-03-02", "2013-04-01", "33.34", false)), null));
        }

        @Test
        void takes_amounts_that_add_up_to_the_contract() {
            fixture.givenNoPriorActivity()
                    .when(sign("1000.00", null, List.of(amount("2013-02-01", "400.00"), amount("2013-03-01", "600.00")), null))
                    .expectEvents(signed("1000.00", "0", List.of(
                            installment(1, "2013-01-02", "2013-02-01", "400.00", false),
                            installment(2, "2013-01-30", "2013-03-01", "600.00", false)), null));
        }

        @Test
        void without_installments_the_rest_is_due_net_days_after_signing() {
            fixture.givenNoPriorActivity()
                    .when(sign("1000.00", "30", List.of(), null))
                    .expectEvents(signed("1000.00", "30", List.of(
                            installment(0, "2013-01-02", "2013-01-02", "300.00", true),
                            installment(1, "2013-01-02", "2013-02-01", "700.00", false)), null));
        }

        @Test
        void rejects_amounts_that_do_not_add_up() {
            fixture.givenNoPriorActivity()
                    .when(sign("1000.00", null, List.of(amount("2013-02-01", "400.00"), amount("2013-03-01", "500.00")), null))
                    .expectException(refusedAt("installments"))
                    .expectNoEvents();
        }

        @Test
        void rejects_a_late_fee_cap_above_one_hundred_percent() {
            fixture.givenNoPriorActivity()
                    .when(sign("1000.00", null, List.of(), new LateFeeClause(new BigDecimal("0.0005"), 5, new BigDecimal("101"))))
                    .expectException(refusedAt("lateFee.capPercent"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Invoicing {

        private final ContractSigned twoInstallments = signed("1000.00", "0", List.of(
                installment(1, "2013-01-02", "2013-02-01", "400.00", false),
                installment(2, "2013-01-30", "2013-03-01", "600.00", false)), null);

        @Test
        void records_the_invoice_an_installment_became() {
            fixture.given(twoInstallments)
                    .when(new InvoiceInstallment(CONTRACT, 2, "invoice-2", "K-7-2"))
                    .expectEvents(new ContractInstallmentInvoiced(CONTRACT, CUSTOMER, 2, "invoice-2", "K-7-2",
                            LocalDate.of(2013, 1, 30), Money.of("600.00", "USD").toContract()))
                    .expectResultMessagePayload(true);
        }

        @Test
        void invoices_an_installment_at_most_once() {
            fixture.given(twoInstallments, new ContractInstallmentInvoiced(CONTRACT, CUSTOMER, 2, "invoice-2", "K-7-2",
                            LocalDate.of(2013, 1, 30), Money.of("600.00", "USD").toContract()))
                    .when(new InvoiceInstallment(CONTRACT, 2, "invoice-2", "K-7-2"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void rejects_an_installment_the_schedule_does_not_have() {
            fixture.given(twoInstallments)
                    .when(new InvoiceInstallment(CONTRACT, 3, "invoice-3", "K-7-3"))
                    .expectException(new FeatureMatcher<RuleViolation, String>(Matchers.equalTo("no-such-installment"), "rule", "rule") {
                        @Override
                        protected String featureValueOf(RuleViolation e) {
                            return e.rule();
                        }
                    })
                    .expectNoEvents();
        }
    }
}
