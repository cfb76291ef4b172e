package io.ledgerline.receivables.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    private static final LocalDate SIGNED = LocalDate.of(2013, 1, 2);

    private static PaymentTerms.Term percent(String dueDate, String percent) {
        return new PaymentTerms.Term(LocalDate.parse(dueDate), new BigDecimal(percent), null, null);
    }

    private static PaymentTerms.Term amount(String dueDate, String amount) {
        return new PaymentTerms.Term(LocalDate.parse(dueDate), null, new BigDecimal(amount), null);
    }

    private static List<ScheduledInstallment> resolve(String amount, int netDays, String share, List<PaymentTerms.Term> terms) {
        return PaymentTerms.resolve(SIGNED, Money.of(amount, "USD"), netDays, share == null ? null : new BigDecimal(share), terms);
    }

    private static ScheduledInstallment installment(int sequence, String invoiceOn, String dueDate, String amount, boolean prepayment) {
        return new ScheduledInstallment(sequence, LocalDate.parse(invoiceOn), LocalDate.parse(dueDate), new BigDecimal(amount), prepayment);
    }

    private static BigDecimal total(List<ScheduledInstallment> schedule) {
        return schedule.stream().map(ScheduledInstallment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void without_installments_everything_is_due_net_days_after_signing() {
        assertThat(resolve("1000.00", 30, null, List.of()))
                .containsExactly(installment(1, "2013-01-02", "2013-02-01", "1000.00", false));
    }

    @Test
    void the_prepayment_share_is_installment_zero_due_on_signing() {
        assertThat(resolve("1000.00", 30, "25", List.of())).containsExactly(
                installment(0, "2013-01-02", "2013-01-02", "250.00", true),
                installment(1, "2013-01-02", "2013-02-01", "750.00", false));
    }

    @Test
    void percentages_are_invoiced_net_days_before_they_fall_due() {
        assertThat(resolve("1000.00", 30, "10", List.of(percent("2013-03-01", "45"), percent("2013-06-01", "45")))).containsExactly(
                installment(0, "2013-01-02", "2013-01-02", "100.00", true),
                installment(1, "2013-01-30", "2013-03-01", "450.00", false),
                installment(2, "2013-05-02", "2013-06-01", "450.00", false));
    }

    @Test
    void the_remainder_cent_goes_to_the_last_installment() {
        List<ScheduledInstallment> schedule = resolve("100.00", 0, null,
                List.of(percent("2013-02-01", "33.33"), percent("2013-03-01", "33.33"), percent("2013-04-01", "33.34")));
        assertThat(schedule).extracting(i -> i.amount().toPlainString()).containsExactly("33.33", "33.33", "33.34");
        assertThat(resolve("10.00", 0, null, List.of(percent("2013-02-01", "33.335"), percent("2013-03-01", "66.665"))))
                .extracting(i -> i.amount().toPlainString()).containsExactly("3.33", "6.67");
        assertThat(total(resolve("0.10", 0, "33.3", List.of(percent("2013-02-01", "33.3"), percent("2013-03-01", "33.4")))))
                .isEqualByComparingTo("0.10");
    }

    @Test
    void amounts_must_add_up_to_the_contract_with_the_prepayment() {
        assertThat(resolve("1000.00", 10, "20", List.of(amount("2013-02-01", "300.00"), amount("2013-03-01", "500.00"))))
                .extracting(i -> i.amount().toPlainString()).containsExactly("200.00", "300.00", "500.00");
        assertThatThrownBy(() -> resolve("1000.00", 10, null, List.of(amount("2013-02-01", "300.00"), amount("2013-03-01", "500.00"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments");
    }

    @Test
    void percentages_and_the_prepayment_must_add_up_to_one_hundred() {
        assertThatThrownBy(() -> resolve("1000.00", 10, "10", List.of(percent("2013-02-01", "50"), percent("2013-03-01", "50"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments");
    }

    @Test
    void refuses_mixed_installments_and_dates_out_of_order() {
        assertThatThrownBy(() -> resolve("1000.00", 10, null, List.of(percent("2013-02-01", "50"), amount("2013-03-01", "500.00"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments[1]");
        assertThatThrownBy(() -> resolve("1000.00", 10, null, List.of(percent("2013-03-01", "50"), percent("2013-02-01", "50"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments[1].dueDate");
        assertThatThrownBy(() -> resolve("1000.00", 10, null, List.of(percent("2012-12-31", "100"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments[0].dueDate");
    }

    @Test
    void refuses_shares_outside_zero_to_one_hundred_and_installments_that_round_to_nothing() {
        assertThatThrownBy(() -> resolve("1000.00", 10, "101", List.of()))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("prepaymentShare");
        assertThatThrownBy(() -> resolve("1.00", 10, null, List.of(percent("2013-02-01", "0.1"), percent("2013-03-01", "99.9"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments[0].percent");
    }

    @Test
    void amounts_keep_the_currency_scale() {
        assertThat(PaymentTerms.resolve(SIGNED, Money.of("1000", "JPY"), 0, null,
                List.of(percent("2013-02-01", "33.33"), percent("2013-03-01", "66.67"))))
                .extracting(i -> i.amount().toPlainString()).containsExactly("333", "667");
        assertThatThrownBy(() -> resolve("1000.00", 10, null, List.of(amount("2013-02-01", "999.999"), amount("2013-03-01", "0.001"))))
                .isInstanceOf(InvalidContractException.class).extracting("field").isEqualTo("installments[0].amount");
    }
}
