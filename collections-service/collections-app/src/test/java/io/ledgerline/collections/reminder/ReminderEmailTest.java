package io.ledgerline.collections.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.api.v1.ReminderEmailSent;
import io.ledgerline.collections.api.v1.ReminderNotSent;
import io.ledgerline.collections.reminder.ReminderCommand.RecordReminderNotSent;
import io.ledgerline.collections.reminder.ReminderCommand.RecordReminderSent;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReminderEmailTest {

    private static final String CUSTOMER = "CL-REM-FIXTURE";
    private static final String INVOICE = "inv-1";
    private static final String STEP = "first-overdue-email";
    private static final String ID = ReminderEmail.reminderId(CUSTOMER, INVOICE, STEP);
    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);
    private static final String MESSAGE_ID = "<7c9e6679-7425-40de-944b-e07fc1f90ae7@ledgerline>";

    private AggregateTestFixture<ReminderEmail> fixture;

    private static final ReminderEmailSent SENT = new ReminderEmailSent(CUSTOMER, INVOICE, STEP, "li.na@acme.example.cn", "zh",
            "逾期提醒：发票 INV-1 已逾期 1 天", MESSAGE_ID, DAY);
    private static final ReminderNotSent NOT_SENT = new ReminderNotSent(CUSTOMER, INVOICE, STEP,
            ReminderNotSent.NO_FINANCE_CONTACT_EMAIL, "no finance contact", DAY);

    private static RecordReminderSent send() {
        return new RecordReminderSent(ID, CUSTOMER, INVOICE, STEP, "li.na@acme.example.cn", "zh", "逾期提醒：发票 INV-1 已逾期 1 天",
                MESSAGE_ID, DAY);
    }

    private static RecordReminderNotSent notSend() {
        return new RecordReminderNotSent(ID, CUSTOMER, INVOICE, STEP, ReminderNotSent.NO_FINANCE_CONTACT_EMAIL, "no finance contact", DAY);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReminderEmail.class);
    }

    @Test
    void the_id_is_named_after_customer_item_and_step() {
        assertThat(ReminderEmail.reminderId(CUSTOMER, INVOICE, STEP)).isEqualTo(ID);
        assertThat(ReminderEmail.reminderId(CUSTOMER, INVOICE, "second-overdue-email")).isNotEqualTo(ID);
        assertThat(ReminderEmail.reminderId(CUSTOMER, "inv-2", STEP)).isNotEqualTo(ID);
    }

    @Nested
    class RecordSent {

        @Test
        void records_the_sending_with_its_message_id() {
            fixture.givenNoPriorActivity().when(send()).expectEvents(SENT).expectResultMessagePayload(true);
        }

        @Test
        void records_nothing_when_already_sent() {
            fixture.given(SENT).when(send()).expectNoEvents().expectResultMessagePayload(false);
        }

        @Test
        void records_nothing_when_already_decided_not_to_send() {
            fixture.given(NOT_SENT).when(send()).expectNoEvents().expectResultMessagePayload(false);
        }
    }

    @Nested
    class RecordNotSent {

        @Test
        void records_the_reason() {
            fixture.givenNoPriorActivity().when(notSend()).expectEvents(NOT_SENT).expectResultMessagePayload(true);
        }

        @Test
        void records_nothing_when_already_sent() {
            fixture.given(SENT).when(notSend()).expectNoEvents().expectResultMessagePayload(false);
        }
    }
}
