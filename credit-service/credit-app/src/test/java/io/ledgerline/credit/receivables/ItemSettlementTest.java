package io.ledgerline.credit.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.receivables.ItemMovement.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemSettlementTest {

    private static final LocalDate ISSUED = LocalDate.parse("2012-06-01");

    private static ItemMovement move(Kind kind, String signedAmount, String on) {
        return new ItemMovement(UUID.randomUUID().toString(), "I", "C", kind, LocalDate.parse(on), new BigDecimal(signedAmount), "CNY");
    }

    private static ItemSettlement settle(String amount, ItemMovement... movements) {
        return ItemSettlement.of(new BigDecimal(amount), ISSUED, List.of(movements));
    }

    @Test
    void an_invoice_nothing_moved_is_open_for_its_amount_and_not_settled() {
        ItemSettlement s = settle("1000.00");
        assertThat(s.openAmount()).isEqualByComparingTo("1000.00");
        assertThat(s.settledOn()).isNull();
        assertThat(s.paid()).isZero();
        assertThat(s.writtenOff()).isZero();
    }

    @Test
    void paid_in_two_parts_it_is_settled_on_the_second() {
        ItemSettlement s = settle("1000.00", move(Kind.APPLIED, "-400.00", "2012-06-10"), move(Kind.APPLIED, "-600.00", "2012-07-03"));
        assertThat(s.openAmount()).isZero();
        assertThat(s.settledOn()).isEqualTo("2012-07-03");
        assertThat(s.paid()).isEqualByComparingTo("1000.00");
    }

    @Test
    void a_backdated_payment_arriving_last_settles_by_business_date() {
        ItemSettlement s = settle("1000.00", move(Kind.APPLIED, "-600.00", "2012-07-03"), move(Kind.APPLIED, "-400.00", "2012-06-10"));
        assertThat(s.settledOn()).isEqualTo("2012-07-03");
    }

    @Test
    void an_unapplied_payment_reopens_it_until_it_is_paid_again() {
        ItemSettlement reopened = settle("1000.00", move(Kind.APPLIED, "-1000.00", "2012-06-10"),
                move(Kind.UNAPPLIED, "1000.00", "2012-06-15"));
        assertThat(reopened.openAmount()).isEqualByComparingTo("1000.00");
        assertThat(reopened.settledOn()).isNull();
        assertThat(reopened.paid()).isZero();

        ItemSettlement repaid = settle("1000.00", move(Kind.APPLIED, "-1000.00", "2012-06-10"),
                move(Kind.UNAPPLIED, "1000.00", "2012-06-15"), move(Kind.APPLIED, "-1000.00", "2012-06-28"));
        assertThat(repaid.settledOn()).isEqualTo("2012-06-28");
        assertThat(repaid.paid()).isEqualByComparingTo("1000.00");
    }

    @Test
    void a_debit_raises_what_must_be_paid_before_it_is_settled() {
        ItemSettlement s = settle("1000.00", move(Kind.DEBITED, "200.00", "2012-06-05"), move(Kind.APPLIED, "-1000.00", "2012-06-10"));
        assertThat(s.openAmount()).isEqualByComparingTo("200.00");
        assertThat(s.settledOn()).isNull();
    }

    @Test
    void credits_and_write_offs_settle_without_payment_and_the_write_off_is_kept() {
        ItemSettlement s = settle("1000.00", move(Kind.CREDITED, "-700.00", "2012-06-05"), move(Kind.WRITTEN_OFF, "-300.00", "2012-08-01"));
        assertThat(s.openAmount()).isZero();
        assertThat(s.settledOn()).isEqualTo("2012-08-01");
        assertThat(s.paid()).isZero();
        assertThat(s.writtenOff()).isEqualByComparingTo("300.00");
    }
}
