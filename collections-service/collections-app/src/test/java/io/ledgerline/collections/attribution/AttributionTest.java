package io.ledgerline.collections.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentAttributed;
import io.ledgerline.collections.attribution.AttributionCommand.AttributePayments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A customer's payments attributed to the touches before them, window 30 days. Payment P-1 of 5000.00 USD took invoice
 * INV-1 on 2026-04-02, asked on 2026-04-03: its window is 2026-03-03 to 2026-04-02, both included.
 */
class AttributionTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final String ID = Attribution.idOf(CUSTOMER);
    private static final LocalDate PAID = LocalDate.of(2026, 4, 2);
    private static final LocalDate ASKED = LocalDate.of(2026, 4, 3);
    private static final Payment P1 = new Payment("P-1", "I-1", "INV-1", new BigDecimal("5000.0000"), "USD", PAID);

    private FixtureConfiguration<Attribution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Attribution.class);
    }

    private static Touch touch(String kind, String id, String on) {
        return new Touch(kind, id, LocalDate.parse(on), "sales.li", kind + " " + id);
    }

    private static PaymentAttributed.Touch attributed(String kind, String id, String on, int daysBefore) {
        return new PaymentAttributed.Touch(kind, id, LocalDate.parse(on), daysBefore, "sales.li", kind + " " + id);
    }

    private static AttributePayments attribute(LocalDate on, List<Payment> payments, Touch... touches) {
        return new AttributePayments(ID, CUSTOMER, on, 30, payments, List.of(touches));
    }

    private static PaymentAttributed p1(List<PaymentAttributed.Touch> touches, String lastTouch) {
        return new PaymentAttributed(CUSTOMER, "P-1", "I-1", "INV-1", new Money(new BigDecimal("5000.00"), "USD"), PAID, ASKED, 30,
                touches, lastTouch);
    }

    @Nested
    class AttributingPayments {

        @Test
        void a_payment_is_attributed_to_the_touches_of_its_window_oldest_first_the_latest_being_its_last_touch() {
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(P1),
                            touch(PaymentAttributed.CALL, "call-1", "2026-04-01"),
                            touch(PaymentAttributed.REMINDER_EMAIL, "mail-1", "2026-03-30")))
                    .expectEvents(p1(List.of(attributed(PaymentAttributed.REMINDER_EMAIL, "mail-1", "2026-03-30", 3),
                            attributed(PaymentAttributed.CALL, "call-1", "2026-04-01", 1)), PaymentAttributed.CALL));
        }

        @Test
        void the_window_takes_the_day_30_days_before_and_the_day_paid_and_nothing_outside() {
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(P1),
                            touch(PaymentAttributed.EMAIL, "too-early", "2026-03-02"),
                            touch(PaymentAttributed.EMAIL, "first-day", "2026-03-03"),
                            touch(PaymentAttributed.VISIT, "same-day", "2026-04-02"),
                            touch(PaymentAttributed.CALL, "after", "2026-04-03")))
                    .expectEvents(p1(List.of(attributed(PaymentAttributed.EMAIL, "first-day", "2026-03-03", 30),
                            attributed(PaymentAttributed.VISIT, "same-day", "2026-04-02", 0)), PaymentAttributed.VISIT));
        }

        @Test
        void a_payment_without_any_touch_in_its_window_is_attributed_to_none() {
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(P1), touch(PaymentAttributed.CALL, "old", "2026-02-01")))
                    .expectEvents(p1(List.of(), null));
        }

        @Test
        void touches_of_one_day_go_reminder_email_email_call_visit_then_promise_whatever_order_they_come_in() {
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(P1),
                            touch(PaymentAttributed.PROMISE, "promise-1", "2026-03-31"),
                            touch(PaymentAttributed.VISIT, "visit-1", "2026-03-31"),
                            touch(PaymentAttributed.CALL, "call-2", "2026-03-31"),
                            touch(PaymentAttributed.CALL, "call-1", "2026-03-31"),
                            touch(PaymentAttributed.EMAIL, "email-1", "2026-03-31"),
                            touch(PaymentAttributed.REMINDER_EMAIL, "mail-1", "2026-03-31")))
                    .expectEvents(p1(List.of(attributed(PaymentAttributed.REMINDER_EMAIL, "mail-1", "2026-03-31", 2),
                            attributed(PaymentAttributed.EMAIL, "email-1", "2026-03-31", 2),
                            attributed(PaymentAttributed.CALL, "call-1", "2026-03-31", 2),
                            attributed(PaymentAttributed.CALL, "call-2", "2026-03-31", 2),
                            attributed(PaymentAttributed.VISIT, "visit-1", "2026-03-31", 2),
                            attributed(PaymentAttributed.PROMISE, "promise-1", "2026-03-31", 2)), PaymentAttributed.PROMISE));
        }

        @Test
        void several_payments_are_attributed_in_the_order_paid_each_to_its_own_window() {
            Payment earlier = new Payment("P-0", "I-0", "INV-0", new BigDecimal("120.5"), "CNY", LocalDate.of(2026, 3, 1));
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(P1, earlier),
                            touch(PaymentAttributed.CALL, "call-feb", "2026-02-20"),
                            touch(PaymentAttributed.CALL, "call-mar", "2026-03-20")))
                    .expectEvents(
                            new PaymentAttributed(CUSTOMER, "P-0", "I-0", "INV-0", new Money(new BigDecimal("120.50"), "CNY"),
                                    LocalDate.of(2026, 3, 1), ASKED, 30,
                                    List.of(attributed(PaymentAttributed.CALL, "call-feb", "2026-02-20", 9)), PaymentAttributed.CALL),
                            p1(List.of(attributed(PaymentAttributed.CALL, "call-mar", "2026-03-20", 13)), PaymentAttributed.CALL));
        }

        @Test
        void a_payment_is_attributed_once_whatever_is_known_later() {
            fixture.given(p1(List.of(), null))
                    .when(attribute(ASKED.plusDays(5), List.of(P1), touch(PaymentAttributed.CALL, "logged-late", "2026-04-01")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_payment_of_the_day_asked_waits_for_the_day_after_and_an_earlier_one_goes_on() {
            Payment today = new Payment("P-2", "I-1", "INV-1", new BigDecimal("10.00"), "USD", ASKED);
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(today, P1)))
                    .expectEvents(p1(List.of(), null));
        }

        @Test
        void the_amount_is_what_the_payment_took_off_the_item_positive_with_two_decimals_at_least() {
            Payment signed = new Payment("P-1", "I-1", "INV-1", new BigDecimal("-5000"), "USD", PAID);
            fixture.givenNoPriorActivity()
                    .when(attribute(ASKED, List.of(signed)))
                    .expectEvents(p1(List.of(), null));
        }
    }

    @Test
    void a_negative_window_is_refused() {
        assertThatThrownBy(() -> new AttributionBook(CUSTOMER).attribute(new AttributePayments(ID, CUSTOMER, ASKED, -1, List.of(P1),
                List.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 days");
    }

    @Test
    void the_log_says_what_was_paid_and_which_touches_it_followed_in_business_terms() {
        PaymentAttributed followed = p1(List.of(attributed(PaymentAttributed.REMINDER_EMAIL, "mail-1", "2026-03-30", 3),
                attributed(PaymentAttributed.CALL, "call-1", "2026-04-01", 1), attributed(PaymentAttributed.PROMISE, "p", "2026-04-02", 0)),
                PaymentAttributed.PROMISE);
        assertThat(Attributions.describe(followed)).isEqualTo("customer 0379-NEVHP: payment of 5,000.00 USD on invoice INV-1 on 2026-04-02 "
                + "followed 3 touches: reminder email (3 days before), call (1 day before), promise (the same day)");
        assertThat(Attributions.describe(p1(List.of(), null))).isEqualTo("customer 0379-NEVHP: payment of 5,000.00 USD on invoice INV-1 "
                + "on 2026-04-02 followed no touch in the 30 days before");
    }
}
