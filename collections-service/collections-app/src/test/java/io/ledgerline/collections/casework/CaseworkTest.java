package io.ledgerline.collections.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.collections.api.v1.ActivityLogged;
import io.ledgerline.collections.api.v1.CaseClosed;
import io.ledgerline.collections.api.v1.CaseOpened;
import io.ledgerline.collections.api.v1.CaseReassigned;
import io.ledgerline.collections.api.v1.DunningStepReached;
import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.TaskCompleted;
import io.ledgerline.collections.api.v1.TaskCreated;
import io.ledgerline.collections.api.v1.TaskReassigned;
import io.ledgerline.collections.api.v1.TradingRestrictionRequested;
import io.ledgerline.collections.casework.CaseworkCommand.CompleteTask;
import io.ledgerline.collections.casework.CaseworkCommand.CreateTask;
import io.ledgerline.collections.casework.CaseworkCommand.EscalateCase;
import io.ledgerline.collections.casework.CaseworkCommand.FollowSteps;
import io.ledgerline.collections.casework.CaseworkCommand.LogActivity;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignCase;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignTask;
import io.ledgerline.collections.casework.CaseworkCommand.RequestRestriction;
import io.ledgerline.collections.casework.CaseworkCommand.ReviewDowngrade;
import io.ledgerline.collections.ladder.LadderPolicy;
import io.ledgerline.collections.ladder.OpenItem;
import io.ledgerline.collections.policy.PolicyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A customer's cases and tasks under the default ladder. Invoice N-1 is due 2026-02-01: reminder 01-25, first overdue
 * email 02-02, phone call 02-16, finance 03-03, legal 04-02. Sales owner sales.li, finance finance.zhao, legal legal.sun.
 */
class CaseworkTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final String ID = Casework.idOf(CUSTOMER);
    private static final CaseOwners OWNERS = new CaseOwners("sales.li", "finance.zhao", "legal.sun");
    private static final LocalDate DUE = LocalDate.of(2026, 2, 1);
    private static final String CASE_1 = CaseFile.caseId(CUSTOMER, 1);
    private static final String CASE_2 = CaseFile.caseId(CUSTOMER, 2);

    private FixtureConfiguration<Casework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Casework.class);
    }

    private static DunningStepReached step(String invoice, String stepId, String action, int offset, String owner) {
        return new DunningStepReached(CUSTOMER, invoice, "N-" + invoice, stepId, action, offset, owner, DUE, DUE.plusDays(offset), false,
                new Money(new BigDecimal("1000.00"), "CNY"), 1, "B");
    }

    private static final DunningStepReached REMINDER = step("1", "reminder", DunningStepReached.REMINDER_TASK_SALES, -7, "SALES");
    private static final DunningStepReached COURTESY = step("1", "courtesy-email", DunningStepReached.COURTESY_EMAIL, -3, "SALES");
    private static final DunningStepReached FIRST_EMAIL = step("1", "first-overdue-email", DunningStepReached.OVERDUE_EMAIL, 1, "SALES");
    private static final DunningStepReached CALL = step("1", "phone-call", DunningStepReached.PHONE_TASK_SALES, 15, "SALES");
    private static final DunningStepReached FINANCE = step("1", "finance", DunningStepReached.ESCALATE_FINANCE, 30, "FINANCE");
    private static final DunningStepReached LEGAL = step("1", "legal", DunningStepReached.ESCALATE_LEGAL, 60, "LEGAL");

    private static FollowSteps follow(LocalDate on, boolean overdueLeft, DunningStepReached... steps) {
        return new FollowSteps(ID, CUSTOMER, on, List.of(steps), overdueLeft, Set.of("1", "2"), OWNERS);
    }

    private static final LocalDate OPENED = LocalDate.of(2026, 2, 2);
    private static final CaseOpened CASE_OPENED = new CaseOpened(CUSTOMER, CASE_1, 1, OPENED, "sales.li", "SALES", "1",
            "first-overdue-email");
    private static final String CALL_TASK = CaseFile.taskId(CUSTOMER, "1", "phone-call");
    private static final TaskCreated CALL_CREATED = new TaskCreated(CUSTOMER, CASE_1, CALL_TASK, TaskCreated.CALL, "sales.li",
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16), "1", "N-1", "phone-call");

    @Nested
    class FollowingSteps {

        @Test
        void a_reminder_before_the_due_date_makes_a_task_for_the_sales_owner_and_opens_no_case() {
            fixture.givenNoPriorActivity()
                    .when(follow(LocalDate.of(2026, 1, 25), true, REMINDER))
                    .expectEvents(new TaskCreated(CUSTOMER, null, CaseFile.taskId(CUSTOMER, "1", "reminder"), TaskCreated.REMINDER, "sales.li",
                            LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 25), "1", "N-1", "reminder"));
        }

        @Test
        void a_courtesy_email_records_nothing() {
            fixture.given(CASE_OPENED)
                    .when(follow(OPENED, true, COURTESY))
                    .expectNoEvents();
        }

        @Test
        void the_first_step_after_the_due_date_opens_the_case_for_the_sales_owner() {
            fixture.givenNoPriorActivity()
                    .when(follow(OPENED, true, FIRST_EMAIL))
                    .expectEvents(CASE_OPENED);
        }

        @Test
        void the_phone_step_makes_a_call_task_for_the_sales_owner_due_on_the_steps_day() {
            fixture.given(CASE_OPENED)
                    .when(follow(LocalDate.of(2026, 2, 16), true, CALL))
                    .expectEvents(CALL_CREATED);
        }

        @Test
        void the_finance_step_reassigns_the_case_to_finance_with_a_review_task() {
            LocalDate on = LocalDate.of(2026, 3, 3);
            fixture.given(CASE_OPENED)
                    .when(follow(on, true, FINANCE))
                    .expectEvents(new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", on, CaseFile.SERVICE,
                                    "invoice N-1 reached step finance (ESCALATE_FINANCE)", "finance"),
                            new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "1", "finance"), TaskCreated.REVIEW, "finance.zhao",
                                    on, on, "1", "N-1", "finance"));
        }

        @Test
        void the_legal_step_reassigns_the_case_to_legal_with_a_legal_review() {
            LocalDate on = LocalDate.of(2026, 4, 2);
            fixture.given(CASE_OPENED, new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", LocalDate.of(2026, 3, 3),
                            CaseFile.SERVICE, "finance", "finance"))
                    .when(follow(on, true, LEGAL))
                    .expectEvents(new CaseReassigned(CUSTOMER, CASE_1, "finance.zhao", "legal.sun", "LEGAL", on, CaseFile.SERVICE,
                                    "invoice N-1 reached step legal (ESCALATE_LEGAL)", "legal"),
                            new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "1", "legal"), TaskCreated.LEGAL_REVIEW, "legal.sun",
                                    on, on, "1", "N-1", "legal"));
        }

        @Test
        void a_second_item_reaching_finance_does_not_reassign_the_case_again_but_gets_its_review() {
            LocalDate on = LocalDate.of(2026, 3, 10);
            DunningStepReached second = step("2", "finance", DunningStepReached.ESCALATE_FINANCE, 30, "FINANCE");
            fixture.given(CASE_OPENED, new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", LocalDate.of(2026, 3, 3),
                            CaseFile.SERVICE, "finance", "finance"))
                    .when(follow(on, true, second))
                    .expectEvents(new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "2", "finance"), TaskCreated.REVIEW,
                            "finance.zhao", DUE.plusDays(30), on, "2", "N-2", "finance"));
        }

        @Test
        void a_finance_step_never_brings_a_legal_case_back_to_finance_nor_makes_a_review_below_it() {
            LocalDate on = LocalDate.of(2026, 4, 10);
            DunningStepReached second = step("2", "finance", DunningStepReached.ESCALATE_FINANCE, 30, "FINANCE");
            fixture.given(CASE_OPENED, new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "legal.sun", "LEGAL", LocalDate.of(2026, 4, 2),
                            CaseFile.SERVICE, "legal", "legal"))
                    .when(follow(on, true, second))
                    .expectNoEvents();
        }

        @Test
        void a_call_step_on_a_case_at_finance_makes_no_call_for_sales() {
            LocalDate on = LocalDate.of(2026, 3, 10);
            DunningStepReached secondCall = step("2", "phone-call", DunningStepReached.PHONE_TASK_SALES, 15, "SALES");
            fixture.given(CASE_OPENED, new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", LocalDate.of(2026, 3, 3),
                            CaseFile.SERVICE, "finance", "finance"))
                    .when(follow(on, true, secondCall))
                    .expectNoEvents();
        }

        @Test
        void steps_after_a_gap_open_and_escalate_in_ladder_order() {
            LocalDate on = LocalDate.of(2026, 3, 5);
            fixture.givenNoPriorActivity()
                    .when(follow(on, true, FIRST_EMAIL, CALL, FINANCE))
                    .expectEvents(new CaseOpened(CUSTOMER, CASE_1, 1, on, "sales.li", "SALES", "1", "first-overdue-email"),
                            new TaskCreated(CUSTOMER, CASE_1, CALL_TASK, TaskCreated.CALL, "sales.li", LocalDate.of(2026, 2, 16), on, "1", "N-1",
                                    "phone-call"),
                            new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", on, CaseFile.SERVICE,
                                    "invoice N-1 reached step finance (ESCALATE_FINANCE)", "finance"),
                            new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.CANCELLED, "superseded: the case went to FINANCE", on,
                                    CaseFile.SERVICE),
                            new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "1", "finance"), TaskCreated.REVIEW, "finance.zhao",
                                    DUE.plusDays(30), on, "1", "N-1", "finance"));
        }

        @Test
        void a_reminder_whose_invoice_was_settled_before_any_case_is_cancelled() {
            String reminder = CaseFile.taskId(CUSTOMER, "1", "reminder");
            LocalDate on = DUE.minusDays(2);
            fixture.given(new TaskCreated(CUSTOMER, null, reminder, TaskCreated.REMINDER, "sales.li", DUE.minusDays(7), DUE.minusDays(7), "1",
                            "N-1", "reminder"))
                    .when(new FollowSteps(ID, CUSTOMER, on, List.of(), false, Set.of("2"), OWNERS))
                    .expectEvents(new TaskCompleted(CUSTOMER, reminder, TaskCompleted.CANCELLED, "the invoice has nothing open left: settled "
                            + "before any case", on, CaseFile.SERVICE));
        }

        @Test
        void nothing_overdue_left_closes_the_case_and_cancels_its_open_tasks() {
            LocalDate on = LocalDate.of(2026, 2, 20);
            fixture.given(CASE_OPENED, CALL_CREATED)
                    .when(follow(on, false))
                    .expectEvents(new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.CANCELLED, "case closed", on, CaseFile.SERVICE),
                            new CaseClosed(CUSTOMER, CASE_1, on, "no overdue item left that is not disputed"));
        }

        @Test
        void a_run_as_of_a_day_before_the_case_opened_does_not_close_it() {
            fixture.given(CASE_OPENED)
                    .when(follow(OPENED.minusDays(1), false))
                    .expectNoEvents();
        }

        @Test
        void a_closed_case_is_not_closed_again() {
            LocalDate on = LocalDate.of(2026, 2, 21);
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, LocalDate.of(2026, 2, 20), "paid"))
                    .when(follow(on, false))
                    .expectNoEvents();
        }

        @Test
        void an_overdue_step_after_closing_opens_a_new_case_with_the_next_number() {
            LocalDate on = LocalDate.of(2026, 3, 10);
            DunningStepReached other = step("2", "first-overdue-email", DunningStepReached.OVERDUE_EMAIL, 1, "SALES");
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, LocalDate.of(2026, 2, 20), "paid"))
                    .when(follow(on, true, other))
                    .expectEvents(new CaseOpened(CUSTOMER, CASE_2, 2, on, "sales.li", "SALES", "2", "first-overdue-email"));
        }
    }

    @Nested
    class ReassigningTheCase {

        private final LocalDate on = LocalDate.of(2026, 2, 10);

        @Test
        void passes_the_open_case_to_another_owner_at_the_same_level() {
            fixture.given(CASE_OPENED)
                    .when(new ReassignCase(ID, CASE_1, "sales.wu", "sales.li is on leave", "collector-user", on))
                    .expectEvents(new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "sales.wu", "SALES", on, "collector-user",
                            "sales.li is on leave", null));
        }

        @Test
        void refuses_a_closed_case() {
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, LocalDate.of(2026, 2, 5), "paid"))
                    .when(new ReassignCase(ID, CASE_1, "sales.wu", "why", "collector-user", on))
                    .expectException(CaseworkRefused.class).expectExceptionMessage(org.hamcrest.Matchers.containsString("closed"))
                    .expectNoEvents();
        }

        @Test
        void refuses_the_owner_it_already_has() {
            fixture.given(CASE_OPENED)
                    .when(new ReassignCase(ID, CASE_1, "sales.li", "why", "collector-user", on))
                    .expectException(CaseworkRefused.class).expectNoEvents();
        }
    }

    @Nested
    class Tasks {

        private final LocalDate on = LocalDate.of(2026, 2, 17);

        @Test
        void completing_an_open_task_records_its_outcome() {
            fixture.given(CASE_OPENED, CALL_CREATED)
                    .when(new CompleteTask(ID, CALL_TASK, "promised to pay by 03-01", "sales-user", on))
                    .expectEvents(new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.DONE, "promised to pay by 03-01", on, "sales-user"));
        }

        @Test
        void a_task_is_completed_once() {
            fixture.given(CASE_OPENED, CALL_CREATED, new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.DONE, "done", on, "sales-user"))
                    .when(new CompleteTask(ID, CALL_TASK, "again", "sales-user", on))
                    .expectException(CaseworkRefused.class).expectNoEvents();
        }

        @Test
        void reassigning_an_open_task_records_from_and_to() {
            fixture.given(CASE_OPENED, CALL_CREATED)
                    .when(new ReassignTask(ID, CALL_TASK, "sales.wu", "on leave", "collector-user", on))
                    .expectEvents(new TaskReassigned(CUSTOMER, CALL_TASK, "sales.li", "sales.wu", on, "collector-user", "on leave"));
        }

        @Test
        void a_cancelled_task_cannot_be_reassigned() {
            fixture.given(CASE_OPENED, CALL_CREATED, new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.CANCELLED, "case closed", on,
                            CaseFile.SERVICE))
                    .when(new ReassignTask(ID, CALL_TASK, "sales.wu", "on leave", "collector-user", on))
                    .expectException(CaseworkRefused.class).expectNoEvents();
        }

        @Test
        void a_reminder_made_before_the_case_is_taken_by_it_and_cancelled_when_it_closes() {
            String reminder = CaseFile.taskId(CUSTOMER, "1", "reminder");
            LocalDate closed = LocalDate.of(2026, 2, 20);
            fixture.given(new TaskCreated(CUSTOMER, null, reminder, TaskCreated.REMINDER, "sales.li", LocalDate.of(2026, 1, 25),
                            LocalDate.of(2026, 1, 25), "1", "N-1", "reminder"), CASE_OPENED)
                    .when(follow(closed, false))
                    .expectEvents(new TaskCompleted(CUSTOMER, reminder, TaskCompleted.CANCELLED, "case closed", closed, CaseFile.SERVICE),
                            new CaseClosed(CUSTOMER, CASE_1, closed, "no overdue item left that is not disputed"));
        }
    }

    @Nested
    class Activities {

        @Test
        void an_activity_is_logged_on_a_case_of_the_customer_even_closed() {
            LocalDate on = LocalDate.of(2026, 2, 25);
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, LocalDate.of(2026, 2, 20), "paid"))
                    .when(new LogActivity(ID, CASE_1, "a-1", "NOTE", on, "thanked them", null, "collector-user", on))
                    .expectEvents(new ActivityLogged(CUSTOMER, CASE_1, "a-1", "NOTE", on, "thanked them", null, "collector-user", on));
        }

        @Test
        void an_activity_on_another_customers_case_is_refused() {
            LocalDate on = LocalDate.of(2026, 2, 25);
            fixture.given(CASE_OPENED)
                    .when(new LogActivity(ID, "someone-elses", "a-1", "NOTE", on, "x", null, "collector-user", on))
                    .expectException(CaseworkRefused.class).expectNoEvents();
        }
    }

    /** A broken promise, and the ladder's own escalations, pass the case up and retire the tasks of the levels below. */
    @Nested
    class Escalations {

        private static final LocalDate ON = LocalDate.of(2026, 2, 25);
        private static final String PROMISE = "promise-1";
        private static final List<Money> OVERDUE = List.of(new Money(new BigDecimal("1000.00"), "CNY"));
        private static final String REVIEW_TASK = CaseFile.taskId(CUSTOMER, "1", "finance");
        private static final TaskCreated REVIEW_CREATED = new TaskCreated(CUSTOMER, CASE_1, REVIEW_TASK, TaskCreated.REVIEW, "finance.zhao",
                DUE.plusDays(30), DUE.plusDays(30), "1", "N-1", "finance");
        private static final CaseReassigned TO_FINANCE = new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE",
                DUE.plusDays(30), CaseFile.SERVICE, "invoice N-1 reached step finance (ESCALATE_FINANCE)", "finance");

        private EscalateCase broken(LocalDate on) {
            return new EscalateCase(ID, CUSTOMER, on, PROMISE, "1", "N-1", "promise to pay 1000.00 CNY by 2026-02-20 is broken", OVERDUE,
                    OWNERS);
        }

        @Test
        void the_finance_step_cancels_the_open_reminders_and_calls_of_sales() {
            LocalDate on = DUE.plusDays(30);
            String reminder = CaseFile.taskId(CUSTOMER, "1", "reminder");
            fixture.given(new TaskCreated(CUSTOMER, null, reminder, TaskCreated.REMINDER, "sales.li", DUE.minusDays(7), DUE.minusDays(7), "1",
                            "N-1", "reminder"), CASE_OPENED, CALL_CREATED)
                    .when(follow(on, true, FINANCE))
                    .expectEvents(TO_FINANCE,
                            new TaskCompleted(CUSTOMER, reminder, TaskCompleted.CANCELLED, "superseded: the case went to FINANCE", on,
                                    CaseFile.SERVICE),
                            new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.CANCELLED, "superseded: the case went to FINANCE", on,
                                    CaseFile.SERVICE),
                            REVIEW_CREATED);
        }

        @Test
        void a_broken_promise_passes_a_sales_case_to_finance_with_a_review_and_retires_the_call() {
            fixture.given(CASE_OPENED, CALL_CREATED)
                    .when(broken(ON))
                    .expectEvents(new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", ON, CaseFile.SERVICE,
                                    "promise to pay 1000.00 CNY by 2026-02-20 is broken", null),
                            new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.CANCELLED, "superseded: the case went to FINANCE", ON,
                                    CaseFile.SERVICE),
                            new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "1", PROMISE), TaskCreated.REVIEW, "finance.zhao",
                                    ON, ON, "1", "N-1", PROMISE));
        }

        @Test
        void a_broken_promise_passes_a_finance_case_to_legal_and_requests_a_trading_restriction() {
            LocalDate on = DUE.plusDays(40);
            fixture.given(CASE_OPENED, TO_FINANCE, REVIEW_CREATED)
                    .when(broken(on))
                    .expectEvents(new CaseReassigned(CUSTOMER, CASE_1, "finance.zhao", "legal.sun", "LEGAL", on, CaseFile.SERVICE,
                                    "promise to pay 1000.00 CNY by 2026-02-20 is broken", null),
                            new TaskCompleted(CUSTOMER, REVIEW_TASK, TaskCompleted.CANCELLED, "superseded: the case went to LEGAL", on,
                                    CaseFile.SERVICE),
                            new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "1", PROMISE), TaskCreated.LEGAL_REVIEW, "legal.sun",
                                    on, on, "1", "N-1", PROMISE),
                            new TradingRestrictionRequested(CUSTOMER, CaseFile.requestId(CUSTOMER, PROMISE), CASE_1, on, CaseFile.SERVICE,
                                    TradingRestrictionRequested.LEGAL, "promise to pay 1000.00 CNY by 2026-02-20 is broken; legal action is "
                                    + "proposed", OVERDUE));
        }

        @Test
        void a_case_at_legal_goes_no_higher() {
            fixture.given(CASE_OPENED, new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "legal.sun", "LEGAL", ON, CaseFile.SERVICE,
                            "invoice N-1 reached step legal (ESCALATE_LEGAL)", "legal"))
                    .when(broken(ON.plusDays(1)))
                    .expectNoEvents();
        }

        @Test
        void a_closed_case_is_not_escalated() {
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, ON, "no overdue item left that is not disputed"))
                    .when(broken(ON.plusDays(1)))
                    .expectNoEvents();
        }
    }

    /** A collector's own tasks: on the open case only, never retired by an escalation. */
    @Nested
    class CollectorTasks {

        private static final LocalDate ON = LocalDate.of(2026, 2, 20);

        @Test
        void a_visit_goes_on_the_open_case_with_its_note_and_no_invoice() {
            fixture.given(CASE_OPENED)
                    .when(new CreateTask(ID, CASE_1, "t-1", TaskCreated.VISIT, "sales.wu", ON.plusDays(3), "collect the cheque", "sales-user", ON))
                    .expectEvents(new TaskCreated(CUSTOMER, CASE_1, "t-1", TaskCreated.VISIT, "sales.wu", ON.plusDays(3), ON, null, null,
                            TaskCreated.MANUAL, "collect the cheque"));
        }

        @Test
        void not_on_a_closed_case() {
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, ON, "no overdue item left that is not disputed"))
                    .when(new CreateTask(ID, CASE_1, "t-1", TaskCreated.CALL, "sales.wu", ON, null, "sales-user", ON))
                    .expectException(CaseworkRefused.class);
        }

        @Test
        void an_escalation_leaves_a_collectors_call_open() {
            LocalDate on = DUE.plusDays(30);
            fixture.given(CASE_OPENED, CALL_CREATED, new TaskCreated(CUSTOMER, CASE_1, "t-1", TaskCreated.CALL, "sales.wu", ON, ON, null, null,
                            TaskCreated.MANUAL, "call the CFO"))
                    .when(follow(on, true, FINANCE))
                    .expectEvents(new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", on, CaseFile.SERVICE,
                                    "invoice N-1 reached step finance (ESCALATE_FINANCE)", "finance"),
                            new TaskCompleted(CUSTOMER, CALL_TASK, TaskCompleted.CANCELLED, "superseded: the case went to FINANCE", on,
                                    CaseFile.SERVICE),
                            new TaskCreated(CUSTOMER, CASE_1, CaseFile.taskId(CUSTOMER, "1", "finance"), TaskCreated.REVIEW, "finance.zhao",
                                    on, on, "1", "N-1", "finance"));
        }
    }

    /** A credit downgrade gives the open case's owner a review, once. */
    @Nested
    class GradeReviews {

        private static final LocalDate ON = LocalDate.of(2026, 2, 20);
        private static final String REVIEW = CaseFile.taskId(CUSTOMER, "assessment-7", CaseFile.DOWNGRADE_STEP);

        private ReviewDowngrade review(LocalDate on) {
            return new ReviewDowngrade(ID, CUSTOMER, on, "assessment-7");
        }

        @Test
        void the_owner_of_the_open_case_reviews_the_downgrade() {
            fixture.given(CASE_OPENED, new CaseReassigned(CUSTOMER, CASE_1, "sales.li", "finance.zhao", "FINANCE", ON.minusDays(5),
                            CaseFile.SERVICE, "finance", "finance"))
                    .when(review(ON))
                    .expectEvents(new TaskCreated(CUSTOMER, CASE_1, REVIEW, TaskCreated.GRADE_REVIEW, "finance.zhao", ON, ON, null, null,
                            CaseFile.DOWNGRADE_STEP));
        }

        @Test
        void once_per_downgrade() {
            fixture.given(CASE_OPENED, new TaskCreated(CUSTOMER, CASE_1, REVIEW, TaskCreated.GRADE_REVIEW, "sales.li", ON, ON, null, null,
                            CaseFile.DOWNGRADE_STEP))
                    .when(review(ON.plusDays(1)))
                    .expectNoEvents();
        }

        @Test
        void no_open_case_no_review() {
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, ON.minusDays(1), "no overdue item left that is not disputed"))
                    .when(review(ON))
                    .expectNoEvents();
        }
    }

    @Nested
    class TradingRestrictions {

        private static final List<Money> OVERDUE = List.of(new Money(new BigDecimal("1000.00"), "CNY"));

        private RequestRestriction request(String caseId, String requestId) {
            return new RequestRestriction(ID, caseId, requestId, "stopped answering", OVERDUE, "collector-user", LocalDate.of(2026, 2, 20));
        }

        @Test
        void a_collector_asks_for_a_restriction_on_the_open_case() {
            fixture.given(CASE_OPENED)
                    .when(request(CASE_1, "r-1"))
                    .expectEvents(new TradingRestrictionRequested(CUSTOMER, "r-1", CASE_1, LocalDate.of(2026, 2, 20), "collector-user",
                            TradingRestrictionRequested.MANUAL, "stopped answering", OVERDUE));
        }

        @Test
        void only_once_per_case() {
            fixture.given(CASE_OPENED, new TradingRestrictionRequested(CUSTOMER, "r-1", CASE_1, LocalDate.of(2026, 2, 20), "collector-user",
                            TradingRestrictionRequested.MANUAL, "stopped answering", OVERDUE))
                    .when(request(CASE_1, "r-2"))
                    .expectException(CaseworkRefused.class)
                    .expectExceptionMessage("a trading restriction was already requested on case " + CASE_1);
        }

        @Test
        void not_on_a_closed_case() {
            fixture.given(CASE_OPENED, new CaseClosed(CUSTOMER, CASE_1, OPENED.plusDays(3), "no overdue item left that is not disputed"))
                    .when(request(CASE_1, "r-1"))
                    .expectException(CaseworkRefused.class);
        }
    }

    /** What keeps a case open: an overdue item with at least its currency's minimum balance undisputed (CNY 100.00). */
    @Nested
    class OverdueLeft {

        private static final LadderPolicy POLICY = new LadderPolicy(1, PolicyText.shipped(PolicyText.DEFAULT_POLICY));
        private static final LocalDate ON = DUE.plusDays(10);

        private static OpenItem item(String open, String disputed, LocalDate due) {
            return new OpenItem("1", "N-1", due, "CNY", new BigDecimal(open), new BigDecimal(disputed));
        }

        @Test
        void a_residual_below_the_minimum_balance_keeps_no_case_open() {
            assertThat(CaseFile.overdueLeft(List.of(item("99.99", "0", DUE)), ON, POLICY)).isFalse();
            assertThat(CaseFile.overdueLeft(List.of(item("100.00", "0", DUE)), ON, POLICY)).isTrue();
        }

        @Test
        void disputed_amounts_and_items_not_yet_overdue_keep_no_case_open() {
            assertThat(CaseFile.overdueLeft(List.of(item("500.00", "450.00", DUE)), ON, POLICY)).isFalse();
            assertThat(CaseFile.overdueLeft(List.of(item("500.00", "0", ON)), ON, POLICY)).isFalse();
        }
    }
}
