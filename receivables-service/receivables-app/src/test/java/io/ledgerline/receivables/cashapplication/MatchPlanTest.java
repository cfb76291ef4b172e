package io.ledgerline.receivables.cashapplication;

import static io.ledgerline.receivables.api.v1.PaymentApplied.ALLOCATION;
import static io.ledgerline.receivables.api.v1.PaymentApplied.EXACT_AMOUNT;
import static io.ledgerline.receivables.api.v1.PaymentApplied.OLDEST_FIRST;
import static io.ledgerline.receivables.api.v1.PaymentApplied.REMITTANCE_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.position.ReceivableItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The order in which a payment's cash finds invoices, without a database: items in, matches out. */
class MatchPlanTest {

    private static final LocalDate JAN = LocalDate.of(2013, 1, 2);

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static ReceivableItem item(String number, String open, int dueInDays) {
        return item(number, usd(open), usd("0"), dueInDays);
    }

    private static ReceivableItem item(String number, Money open, Money disputed, int dueInDays) {
        return new ReceivableItem("id-" + number, number, JAN, JAN.plusDays(dueInDays), open, disputed);
    }

    private static MatchPlan plan(String payment, List<Allocation> allocations, String reference, List<ReceivableItem> numbered,
                                  List<ReceivableItem> open) {
        return MatchPlan.of(usd(payment), allocations, reference, numbered, open);
    }

    private static List<String> summary(MatchPlan plan) {
        List<String> lines = new ArrayList<>();
        plan.matches().forEach(m -> lines.add(m.invoiceNumber() + " " + m.amount().amount().toPlainString() + " " + m.method()
                + (m.waits() ? " waits" : "")));
        return lines;
    }

    /** Whatever the plan, the payment's cash is split exactly into matches and leftover. */
    private static void assertNothingCreatedOrLost(MatchPlan plan, String payment) {
        Money total = plan.leftover();
        for (MatchPlan.Match match : plan.matches()) {
            total = total.plus(match.amount());
        }
        assertThat(total).isEqualTo(usd(payment));
        assertThat(plan.leftover().amount().signum()).isGreaterThanOrEqualTo(0);
    }

    @Nested
    class Allocations {

        @Test
        void come_first_and_the_undirected_rest_goes_on_to_oldest_first() {
            ReceivableItem older = item("A-1", "100.00", 10);
            ReceivableItem named = item("A-2", "50.00", 40);
            MatchPlan plan = plan("80.00", List.of(new Allocation("A-2", usd("50.00"))), null,
                    List.of(named), List.of(older, named));
            assertThat(summary(plan)).containsExactly("A-2 50.00 ALLOCATION", "A-1 30.00 OLDEST_FIRST");
            assertThat(plan.leftover()).isEqualTo(usd("0.00"));
            assertNothingCreatedOrLost(plan, "80.00");
        }

        @Test
        void what_a_named_invoice_cannot_take_stays_credit_balance() {
            ReceivableItem named = item("A-1", "60.00", 10);
            ReceivableItem other = item("A-2", "100.00", 5);
            MatchPlan plan = plan("80.00", List.of(new Allocation("A-1", usd("80.00"))), null, List.of(named), List.of(other, named));
            assertThat(summary(plan)).containsExactly("A-1 60.00 ALLOCATION");
            assertThat(plan.leftover()).isEqualTo(usd("20.00"));
            assertNothingCreatedOrLost(plan, "80.00");
        }

        @Test
        void an_invoice_not_received_yet_waits_for_its_share() {
            MatchPlan plan = plan("30.00", List.of(new Allocation("LATE-1", usd("30.00"))), null, List.of(), List.of(item("A-1", "99.00", 1)));
            assertThat(summary(plan)).containsExactly("LATE-1 30.00 ALLOCATION waits");
            assertNothingCreatedOrLost(plan, "30.00");
        }

        @Test
        void an_invoice_in_another_currency_takes_nothing() {
            ReceivableItem euro = new ReceivableItem("id-E", "E-1", JAN, JAN, Money.of("30.00", "EUR"), Money.of("0", "EUR"));
            MatchPlan plan = plan("30.00", List.of(new Allocation("E-1", usd("30.00"))), null, List.of(euro), List.of());
            assertThat(summary(plan)).containsExactly("E-1 0.00 ALLOCATION");
            assertThat(plan.leftover()).isEqualTo(usd("30.00"));
        }
    }

    @Nested
    class RemittanceReference {

        @Test
        void invoice_numbers_in_the_reference_are_paid_in_the_order_they_appear() {
            ReceivableItem first = item("0000611365", "40.00", 30);
            ReceivableItem second = item("0000611366", "70.00", 20);
            ReceivableItem oldest = item("0000611300", "100.00", 1);
            MatchPlan plan = plan("100.00", List.of(), "Invoices 0000611365, 0000611366. Thanks!",
                    List.of(first, second), List.of(oldest, second, first));
            assertThat(summary(plan)).containsExactly("0000611365 40.00 REMITTANCE_REFERENCE", "0000611366 60.00 REMITTANCE_REFERENCE");
            assertNothingCreatedOrLost(plan, "100.00");
        }

        @Test
        void a_number_not_received_yet_keeps_the_cash_waiting_instead_of_matching_by_age() {
            MatchPlan plan = plan("25.00", List.of(), "payment for INV-2013-77, 2013-01-05, 25.00", List.of(),
                    List.of(item("A-1", "25.00", 1)));
            assertThat(summary(plan)).containsExactly("INV-2013-77 25.00 REMITTANCE_REFERENCE waits");
            assertNothingCreatedOrLost(plan, "25.00");
        }

        @Test
        void words_dates_and_amounts_are_not_invoice_numbers() {
            assertThat(MatchPlan.tokens("Paying  INV-7 (thanks); 2013-01-05 12.50 #88")).containsExactly(
                    "Paying", "INV-7", "thanks", "2013-01-05", "12.50", "88");
            assertThat(MatchPlan.looksLikeDocumentNumber("INV-7")).isTrue();
            assertThat(MatchPlan.looksLikeDocumentNumber("0000611365")).isTrue();
            assertThat(MatchPlan.looksLikeDocumentNumber("thanks")).isFalse();
            assertThat(MatchPlan.looksLikeDocumentNumber("2013-01-05")).isFalse();
            assertThat(MatchPlan.looksLikeDocumentNumber("12.50")).isFalse();
            assertThat(MatchPlan.looksLikeDocumentNumber("1,250.00")).isFalse();
            assertThat(MatchPlan.looksLikeDocumentNumber("88")).isFalse();
        }

        @Test
        void a_reference_without_anything_like_a_number_falls_through_to_the_amount() {
            MatchPlan plan = plan("25.00", List.of(), "thank you", List.of(), List.of(item("A-1", "30.00", 1), item("A-2", "25.00", 9)));
            assertThat(summary(plan)).containsExactly("A-2 25.00 EXACT_AMOUNT");
        }

        @Test
        void what_the_named_invoices_leave_goes_on_to_oldest_first() {
            ReceivableItem named = item("N-1", "10.00", 30);
            MatchPlan plan = plan("50.00", List.of(), "N-1", List.of(named), List.of(item("A-1", "100.00", 1), named));
            assertThat(summary(plan)).containsExactly("N-1 10.00 REMITTANCE_REFERENCE", "A-1 40.00 OLDEST_FIRST");
        }
    }

    @Nested
    class ExactAmount {

        @Test
        void is_preferred_over_oldest_first() {
            MatchPlan plan = plan("55.94", List.of(), null, List.of(),
                    List.of(item("OLD", "100.00", 1), item("EXACT", "55.94", 20), item("EXACT-LATER", "55.94", 30)));
            assertThat(summary(plan)).containsExactly("EXACT 55.94 EXACT_AMOUNT");
            assertThat(plan.leftover()).isEqualTo(usd("0.00"));
        }

        @Test
        void compares_the_undisputed_open_amount() {
            ReceivableItem disputed = item("D-1", usd("80.00"), usd("24.06"), 1);
            MatchPlan plan = plan("55.94", List.of(), null, List.of(), List.of(item("OLD", "10.00", 0), disputed));
            assertThat(summary(plan)).containsExactly("D-1 55.94 EXACT_AMOUNT");
        }
    }

    @Nested
    class OldestFirst {

        @Test
        void settles_by_due_date_then_issue_date_then_number_and_keeps_the_rest_as_credit_balance() {
            MatchPlan plan = plan("200.00", List.of(), null, List.of(),
                    List.of(item("A-1", "50.00", 1), item("A-2", "60.00", 2), item("A-3", "40.00", 3)));
            assertThat(summary(plan)).containsExactly("A-1 50.00 OLDEST_FIRST", "A-2 60.00 OLDEST_FIRST", "A-3 40.00 OLDEST_FIRST");
            assertThat(plan.leftover()).isEqualTo(usd("50.00"));
            assertNothingCreatedOrLost(plan, "200.00");
        }

        @Test
        void skips_disputed_amounts() {
            ReceivableItem partlyDisputed = item("D-1", usd("100.00"), usd("30.00"), 1);
            ReceivableItem whollyDisputed = item("D-2", usd("40.00"), usd("40.00"), 2);
            MatchPlan plan = plan("120.00", List.of(), null, List.of(),
                    List.of(partlyDisputed, whollyDisputed, item("A-3", "45.00", 3)));
            assertThat(summary(plan)).containsExactly("D-1 70.00 OLDEST_FIRST", "A-3 45.00 OLDEST_FIRST");
            assertThat(plan.leftover()).isEqualTo(usd("5.00"));
        }

        @Test
        void never_mixes_currencies() {
            ReceivableItem euro = new ReceivableItem("id-E", "E-1", JAN, JAN, Money.of("30.00", "EUR"), Money.of("0", "EUR"));
            MatchPlan plan = plan("30.00", List.of(), "E-1", List.of(euro), List.of(euro, item("A-1", "10.00", 5)));
            assertThat(summary(plan)).containsExactly("A-1 10.00 OLDEST_FIRST");
            assertThat(plan.leftover()).isEqualTo(usd("20.00"));
        }

        @Test
        void never_applies_more_than_an_item_has_open_after_earlier_steps() {
            ReceivableItem shared = item("S-1", "50.00", 1);
            MatchPlan plan = plan("100.00", List.of(new Allocation("S-1", usd("30.00"))), null, List.of(shared), List.of(shared));
            assertThat(summary(plan)).containsExactly("S-1 30.00 ALLOCATION", "S-1 20.00 OLDEST_FIRST");
            assertThat(plan.leftover()).isEqualTo(usd("50.00"));
            assertNothingCreatedOrLost(plan, "100.00");
        }

        @Test
        void without_open_items_everything_is_credit_balance() {
            MatchPlan plan = plan("42.00", List.of(), null, List.of(), List.of());
            assertThat(plan.matches()).isEmpty();
            assertThat(plan.leftover()).isEqualTo(usd("42.00"));
        }
    }
}
