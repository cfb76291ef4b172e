package io.ledgerline.collections.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.collections.api.v1.DunningLadder;
import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.api.v1.DunningStep;
import io.ledgerline.collections.api.v1.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private static final DunningPolicyDefinition SHIPPED = PolicyText.shipped(PolicyText.DEFAULT_POLICY);

    private static String rows(DunningLadder ladder) {
        return String.join(" | ", ladder.steps().stream().map(s -> s.dayOffset() + " " + s.id() + " " + s.action() + " " + s.owner()).toList());
    }

    @Nested
    class ShippedDefault {

        @Test
        void the_standard_ladder_is_the_issues_for_grades_a_b_and_the_ungraded() {
            DunningLadder standard = SHIPPED.ladders().get(0);
            assertThat(standard.grades()).containsExactly("A", "B", DunningPolicyDefinition.UNGRADED);
            assertThat(rows(standard)).isEqualTo("-7 reminder REMINDER_TASK_SALES SALES | -3 courtesy-email COURTESY_EMAIL SALES"
                    + " | 1 first-overdue-email OVERDUE_EMAIL SALES | 7 second-overdue-email OVERDUE_EMAIL SALES"
                    + " | 15 phone-call PHONE_TASK_SALES SALES | 30 finance ESCALATE_FINANCE FINANCE | 60 legal ESCALATE_LEGAL LEGAL");
        }

        @Test
        void grades_c_and_d_start_earlier_without_courtesy_steps() {
            DunningLadder shorter = SHIPPED.ladders().get(1);
            assertThat(shorter.grades()).containsExactly("C", "D");
            assertThat(rows(shorter)).isEqualTo("-10 reminder REMINDER_TASK_SALES SALES | 1 first-overdue-email OVERDUE_EMAIL SALES"
                    + " | 7 phone-call PHONE_TASK_SALES SALES | 15 finance ESCALATE_FINANCE FINANCE | 45 legal ESCALATE_LEGAL LEGAL");
        }

        @Test
        void minimum_balances_per_currency() {
            assertThat(SHIPPED.minimumBalances()).extracting(m -> m.amount().toPlainString() + " " + m.currency())
                    .containsExactly("100.00 CNY", "20.00 USD", "20.00 EUR");
        }
    }

    @Nested
    class Refusals {

        private void refused(UnaryOperator<DunningPolicyDefinition> change, String field, String message) {
            assertThatThrownBy(() -> PolicyRules.validate(change.apply(SHIPPED))).isInstanceOf(InvalidPolicy.class)
                    .hasMessageContaining(message).extracting(e -> ((InvalidPolicy) e).field()).isEqualTo(field);
        }

        private DunningPolicyDefinition withLadder(DunningPolicyDefinition p, int i, DunningLadder ladder) {
            List<DunningLadder> ladders = new ArrayList<>(p.ladders());
            ladders.set(i, ladder);
            return new DunningPolicyDefinition(p.name(), ladders, p.minimumBalances());
        }

        private DunningPolicyDefinition withStep(DunningPolicyDefinition p, int i, int j, DunningStep step) {
            DunningLadder ladder = p.ladders().get(i);
            List<DunningStep> steps = new ArrayList<>(ladder.steps());
            steps.set(j, step);
            return withLadder(p, i, new DunningLadder(ladder.name(), ladder.grades(), steps));
        }

        @Test
        void a_missing_name() {
            refused(p -> new DunningPolicyDefinition(" ", p.ladders(), p.minimumBalances()), "name", "name is required");
        }

        @Test
        void no_ladder() {
            refused(p -> new DunningPolicyDefinition(p.name(), List.of(), p.minimumBalances()), "ladders", "at least one ladder");
        }

        @Test
        void no_ladder_for_customers_without_a_grade() {
            refused(p -> withLadder(p, 0, new DunningLadder("standard", List.of("A", "B"), p.ladders().get(0).steps())), "ladders",
                    "UNGRADED");
        }

        @Test
        void a_grade_in_two_ladders() {
            refused(p -> withLadder(p, 1, new DunningLadder("short", List.of("C", "B"), p.ladders().get(1).steps())),
                    "ladders[1].grades[1]", "grade B already has ladder standard");
        }

        @Test
        void a_ladder_without_steps() {
            refused(p -> withLadder(p, 1, new DunningLadder("short", List.of("C", "D"), List.of())), "ladders[1].steps", "at least one step");
        }

        @Test
        void two_ladders_of_one_name() {
            refused(p -> withLadder(p, 1, new DunningLadder("standard", List.of("C", "D"), p.ladders().get(1).steps())),
                    "ladders[1].name", "appears twice");
        }

        @Test
        void a_step_id_that_is_not_lower_case_letters_digits_and_dashes() {
            refused(p -> withStep(p, 0, 2, new DunningStep("First Email", 1, "OVERDUE_EMAIL", "SALES")), "ladders[0].steps[2].id",
                    "lower-case");
        }

        @Test
        void a_step_id_twice_in_a_ladder() {
            refused(p -> withStep(p, 0, 2, new DunningStep("reminder", 1, "REMINDER_TASK_SALES", "SALES")), "ladders[0].steps[2].id",
                    "appears twice");
        }

        @Test
        void steps_out_of_day_order_or_two_on_one_day() {
            refused(p -> withStep(p, 0, 2, new DunningStep("first-overdue-email", -3, "OVERDUE_EMAIL", "SALES")),
                    "ladders[0].steps[2].dayOffset", "ascending dayOffset");
        }

        @Test
        void a_missing_day_or_one_beyond_the_range() {
            refused(p -> withStep(p, 0, 0, new DunningStep("reminder", null, "REMINDER_TASK_SALES", "SALES")),
                    "ladders[0].steps[0].dayOffset", "dayOffset is required");
            refused(p -> withStep(p, 0, 6, new DunningStep("legal", 3651, "ESCALATE_LEGAL", "LEGAL")),
                    "ladders[0].steps[6].dayOffset", "-365 to 3650");
        }

        @Test
        void an_unknown_action_or_owner() {
            refused(p -> withStep(p, 0, 2, new DunningStep("first-overdue-email", 1, "SMS", "SALES")), "ladders[0].steps[2].action",
                    "action must be one of");
            refused(p -> withStep(p, 0, 2, new DunningStep("first-overdue-email", 1, "OVERDUE_EMAIL", "BOSS")),
                    "ladders[0].steps[2].owner", "owner must be one of");
        }

        @Test
        void an_escalation_owned_by_another_level() {
            refused(p -> withStep(p, 0, 5, new DunningStep("finance", 30, "ESCALATE_FINANCE", "LEGAL")), "ladders[0].steps[5].owner",
                    "ESCALATE_FINANCE is owned by FINANCE");
        }

        @Test
        void an_owner_below_an_earlier_steps() {
            refused(p -> withStep(p, 0, 6, new DunningStep("legal", 60, "OVERDUE_EMAIL", "SALES")), "ladders[0].steps[6].owner",
                    "only escalates");
        }

        @Test
        void a_step_id_meaning_another_action_in_another_ladder() {
            refused(p -> withStep(p, 1, 2, new DunningStep("phone-call", 7, "OVERDUE_EMAIL", "SALES")), "ladders[1].steps[2].action",
                    "is PHONE_TASK_SALES in another ladder");
        }

        @Test
        void a_bad_currency_a_currency_twice_or_a_negative_minimum() {
            refused(p -> new DunningPolicyDefinition(p.name(), p.ladders(), List.of(new Money(BigDecimal.ONE, "cny"))),
                    "minimumBalances[0].currency", "ISO 4217");
            refused(p -> new DunningPolicyDefinition(p.name(), p.ladders(), List.of(new Money(BigDecimal.ONE, "CNY"),
                    new Money(BigDecimal.TEN, "CNY"))), "minimumBalances[1].currency", "already");
            refused(p -> new DunningPolicyDefinition(p.name(), p.ladders(), List.of(new Money(new BigDecimal("-0.01"), "CNY"))),
                    "minimumBalances[0].amount", "must not be negative");
        }
    }

    @Nested
    class Reading {

        @Test
        void a_misspelt_key_is_refused_with_its_path() {
            assertThatThrownBy(() -> PolicyText.json("{\"name\":\"x\",\"ladders\":[{\"name\":\"s\",\"grades\":[\"UNGRADED\"],"
                    + "\"steps\":[{\"id\":\"a\",\"dayOfset\":1,\"action\":\"OVERDUE_EMAIL\",\"owner\":\"SALES\"}]}]}"))
                    .isInstanceOf(InvalidPolicy.class).extracting(e -> ((InvalidPolicy) e).field())
                    .isEqualTo("ladders[0].steps[0].dayOfset");
        }

        @Test
        void a_fraction_of_a_day_is_refused() {
            assertThatThrownBy(() -> PolicyText.json("{\"name\":\"x\",\"ladders\":[{\"name\":\"s\",\"grades\":[\"UNGRADED\"],"
                    + "\"steps\":[{\"id\":\"a\",\"dayOffset\":1.5,\"action\":\"OVERDUE_EMAIL\",\"owner\":\"SALES\"}]}]}"))
                    .isInstanceOf(InvalidPolicy.class).extracting(e -> ((InvalidPolicy) e).field())
                    .isEqualTo("ladders[0].steps[0].dayOffset");
        }

        @Test
        void a_key_named_twice_is_refused() {
            assertThatThrownBy(() -> PolicyText.json("{\"name\":\"x\",\"name\":\"y\",\"ladders\":[]}")).isInstanceOf(InvalidPolicy.class)
                    .hasMessageContaining("name");
        }

        @Test
        void a_policy_read_back_equals_the_one_written() {
            DunningPolicyDefinition read = PolicyRules.validate(PolicyText.json("{\"name\":\"x\",\"ladders\":[{\"name\":\"s\","
                    + "\"grades\":[\"UNGRADED\"],\"steps\":[{\"id\":\"a\",\"dayOffset\":1,\"action\":\"OVERDUE_EMAIL\",\"owner\":\"SALES\"}]}],"
                    + "\"minimumBalances\":[{\"amount\":\"5.00\",\"currency\":\"USD\"}]}"));
            assertThat(read).isEqualTo(new DunningPolicyDefinition("x", List.of(new DunningLadder("s", List.of("UNGRADED"),
                    List.of(new DunningStep("a", 1, "OVERDUE_EMAIL", "SALES")))), List.of(new Money(new BigDecimal("5.00"), "USD"))));
        }
    }
}
