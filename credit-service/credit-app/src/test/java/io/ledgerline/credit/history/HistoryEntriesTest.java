package io.ledgerline.credit.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.CustomerAssessed;
import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each kind of decision explained from its event as recorded (the shapes of credit-api's golden JSON). */
class HistoryEntriesTest {

    static final String ASSESSED = """
            {"customerId":"0379-NEVHP","assessmentId":"a-2","assessedOn":"2013-03-01","assessedBy":"credit-analyst-user",
             "score":72,"grade":"C","tradeAllowed":true,"coverage":"60.00","missingDataRule":"NEUTRAL_POINTS",
             "scorecardVersion":2,"policyVersion":1,"trigger":"overdue",
             "contributions":[
               {"factor":"years-since-founding","group":"company-basics","weight":60,"points":100,"contribution":"60.00",
                "inputs":{"yearsSinceFounding":"3","foundingDate":"2009-06-15"},"missingInputs":[]},
               {"factor":"ownership-type","group":"company-basics","weight":40,"points":null,"contribution":"20.00",
                "inputs":{},"missingInputs":["ownershipType"]}],
             "missingData":[{"factor":"ownership-type","input":"ownershipType","reason":"the customer's ownership type is not known"}]}""";

    static final String CHECK_INPUTS = """
            "inputs":{"assessmentId":"a-2","score":72,"grade":"C","policyVersion":1,
              "creditLimit":{"amount":"400000.00","currency":"CNY"},"openReceivables":{"amount":"380000.00","currency":"CNY"},
              "reservedOrders":{"amount":"20000.00","currency":"CNY"},"prepayments":{"amount":"0.00","currency":"CNY"},
              "exposureWithOrder":{"amount":"418000.00","currency":"CNY"},"oldestOverdueDays":0,"overdueToleranceDays":0}""";

    static JsonNode json(String text) {
        try {
            return EnvelopeCodec.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(JsonNode data, Class<T> type) {
        try {
            return EnvelopeCodec.mapper().treeToValue(data, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Assessments {

        @Test
        void an_assessment_states_the_sum_the_grade_the_coverage_and_each_factor_with_its_inputs_or_why_it_had_none() {
            JsonNode data = json(ASSESSED);
            Entry e = AssessmentEntries.assessed(read(data, CustomerAssessed.class), data);

            assertThat(e.kind()).isEqualTo(EntryKind.ASSESSMENT);
            assertThat(e.summary()).isEqualTo("score 72, grade C by scorecard v2 and credit policy v1 (trigger: overdue)");
            // 60.00 + 20.00 = 80.00: the golden event's score (72) is not their sum, and the entry says what was recorded
            assertThat(e.explanation()).containsExactly(
                    "assessed on trigger overdue",
                    "score 72: the 2 factors' contributions sum to 80.00, rounded half up",
                    "grade C by credit policy v1, which trades with the customer",
                    "coverage 60.00% of the scorecard's weight had data; missing data by the rule NEUTRAL_POINTS",
                    "years-since-founding adds 60.00 of its weight 60: 100 points; foundingDate 2009-06-15, yearsSinceFounding 3",
                    "ownership-type adds 20.00 of its weight 40 without data: ownershipType missing (the customer's ownership type "
                            + "is not known)");
            assertThat(e.at()).isEqualTo(LocalDate.parse("2013-03-01"));
            assertThat(e.decidedBy()).isEqualTo("credit-analyst-user");
            assertThat(e.versions()).isEqualTo(new Versions(2, 1));
            assertThat(e.assessmentId()).isEqualTo("a-2");
            assertThat(e.inputs().path("trigger").asText()).isEqualTo("overdue");
            assertThat(e.inputs().path("contributions")).hasSize(2);
            assertThat(e.inputs().has("customerId")).isFalse();
            assertThat(e.inputs().has("assessedBy")).isFalse();
        }

        @Test
        void an_assessment_without_trigger_below_the_minimum_says_it_is_not_traded_with() {
            JsonNode data = json(ASSESSED.replace("\"trigger\":\"overdue\",", "").replace("\"tradeAllowed\":true", "\"tradeAllowed\":false"));
            Entry e = AssessmentEntries.assessed(read(data, CustomerAssessed.class), data);

            assertThat(e.summary()).isEqualTo("score 72, grade C, not traded with by scorecard v2 and credit policy v1");
            assertThat(e.explanation().get(0)).isEqualTo("score 72: the 2 factors' contributions sum to 80.00, rounded half up");
            assertThat(e.explanation().get(1)).isEqualTo("grade C by credit policy v1; the score is below the policy's minimum to trade, "
                    + "so it is not traded with");
        }

        @Test
        void a_statement_is_dated_the_day_it_was_recorded() {
            JsonNode data = json("""
                    {"customerId":"0379-NEVHP","statementId":"s-2","periodEnd":"2012-12-31","currency":"CNY",
                     "workingCapital":"1200000.00","retainedEarnings":"800000.00","ebit":"450000.00","bookEquity":"2500000.00",
                     "totalAssets":"6000000.00","totalLiabilities":"3500000.00","sales":"9000000.00","submittedBy":"credit-analyst-user",
                     "submittedOn":"2013-02-20"}""");
            Entry e = AssessmentEntries.statement(read(data, FinancialStatementSubmitted.class), data);
            assertThat(e.at()).isEqualTo(java.time.LocalDate.of(2013, 2, 20));
            assertThat(e.inputs().has("submittedOn")).isFalse();
        }

        @Test
        void a_statement_recorded_before_its_date_was_kept_lists_its_figures_and_has_no_business_date() {
            JsonNode data = json("""
                    {"customerId":"0379-NEVHP","statementId":"s-1","periodEnd":"2012-12-31","currency":"CNY",
                     "workingCapital":"1200000.00","retainedEarnings":"800000.00","ebit":"450000.00","bookEquity":"2500000.00",
                     "totalAssets":"6000000.00","totalLiabilities":"3500000.00","sales":"9000000.00","submittedBy":"credit-analyst-user"}""");
            Entry e = AssessmentEntries.statement(read(data, FinancialStatementSubmitted.class), data);

            assertThat(e.summary()).isEqualTo("financial statement for the period ending 2012-12-31 recorded");
            assertThat(e.explanation().get(0)).isEqualTo("period ending 2012-12-31 in CNY: working capital 1200000.00, retained earnings "
                    + "800000.00, EBIT 450000.00, book equity 2500000.00, total assets 6000000.00, total liabilities 3500000.00, "
                    + "sales 9000000.00");
            assertThat(e.at()).isNull();
            assertThat(e.decidedBy()).isEqualTo("credit-analyst-user");
            assertThat(e.versions()).isNull();
            assertThat(e.inputs().path("statementId").asText()).isEqualTo("s-1");
        }
    }

    @Nested
    class Applications {

        static final String EVALUATION = """
                "evaluation":{"policyVersion":3,"assessmentId":"a-2","assessedOn":"2013-03-01","score":72,"grade":"C",
                  "scorecardVersion":2,"assessmentPolicyVersion":1,"withinPolicy":false,"checks":[
                   {"rule":"minimum-score-to-trade","passed":true,"detail":"score 72 reaches the minimum of 40"},
                   {"rule":"limit-range","passed":false,"detail":"400000.00 CNY is above grade C's maximum of 300000.00 CNY"}]}""";

        @Test
        void a_submission_outside_the_policy_names_the_failed_rules_and_lists_every_check_with_its_figures() {
            JsonNode data = json("""
                    {"customerId":"0379-NEVHP","applicationId":"app-3","requestedLimit":{"amount":"400000.00","currency":"CNY"},
                     "paymentTermsDays":45,"prepaymentShare":"0.10","requestedBy":"sales-user","submittedOn":"2013-03-02",""" + EVALUATION + "}");
            Entry e = ApplicationEntries.submitted(read(data, CreditApplicationSubmitted.class), data);

            assertThat(e.summary()).isEqualTo("applied for a limit of 400000.00 CNY on 45 days, prepayment share 0.10: outside credit "
                    + "policy v3 (limit-range)");
            assertThat(e.explanation()).containsExactly(
                    "requested by sales-user on 2013-03-02",
                    "held against assessment a-2 of 2013-03-01: score 72, grade C (scorecard v2, credit policy v1), under credit policy v3",
                    "passed minimum-score-to-trade: score 72 reaches the minimum of 40",
                    "failed limit-range: 400000.00 CNY is above grade C's maximum of 300000.00 CNY",
                    "it waits for a credit manager other than its requester to approve or reject it");
            assertThat(e.versions()).isEqualTo(new Versions(2, 3));
            assertThat(e.applicationId()).isEqualTo("app-3");
            assertThat(e.assessmentId()).isEqualTo("a-2");
            assertThat(e.at()).isEqualTo(LocalDate.parse("2013-03-02"));
            assertThat(e.inputs().path("requestedLimit").path("amount").asText()).isEqualTo("400000.00");
        }

        @Test
        void a_manager_approval_outside_the_policy_says_who_and_why() {
            JsonNode data = json("""
                    {"customerId":"0379-NEVHP","applicationId":"app-3","automatic":false,"decidedBy":"credit-manager-user",
                     "decidedOn":"2013-03-04","reason":"ten years without a late payment",""" + EVALUATION + "}");
            Entry e = ApplicationEntries.granted(read(data, CreditApplicationGranted.class), data);

            assertThat(e.summary()).isEqualTo("application granted by credit-manager-user outside credit policy v3: ten years without a "
                    + "late payment");
            assertThat(e.explanation().get(0)).isEqualTo("approved by credit-manager-user: ten years without a late payment");
            assertThat(e.decidedBy()).isEqualTo("credit-manager-user");
        }

        @Test
        void an_assigned_limit_states_its_terms_and_policy() {
            JsonNode data = json("""
                    {"customerId":"0379-NEVHP","applicationId":"app-3","limit":{"amount":"200000.00","currency":"CNY"},
                     "paymentTermsDays":30,"prepaymentShare":"0.30","assignedOn":"2013-03-02","assignedBy":"credit-service","policyVersion":1}""");
            Entry e = ApplicationEntries.limitAssigned(read(data, CreditLimitAssigned.class), data);

            assertThat(e.summary()).isEqualTo("credit limit 200000.00 CNY on 30 days, prepayment share 0.30 assigned");
            assertThat(e.explanation()).containsExactly(
                    "assigned by credit-service on 2013-03-02 for application app-3 under credit policy v1",
                    "order credit checks hold orders whose exposure would exceed 200000.00 CNY");
            assertThat(e.versions()).isEqualTo(new Versions(null, 1));
        }
    }

    @Nested
    class Checks {

        @Test
        void a_hold_gives_each_reason_with_who_may_release_it_and_the_exposure_sum() {
            JsonNode data = json("""
                    {"customerId":"0379-NEVHP","orderId":"SO-2013-0042","amount":{"amount":"18000.00","currency":"CNY"},
                     "checkedOn":"2013-03-15","requestedBy":"sales-user","reasons":[
                      {"code":"over-limit","detail":"exposure with this order 418000.00 CNY is above the credit limit of 400000.00 CNY",
                       "releasableBy":["credit-manager"]},
                      {"code":"above-auto-approval","detail":"grade C orders are not approved automatically",
                       "releasableBy":["credit-analyst","credit-manager"]}],""" + CHECK_INPUTS + "}");
            Entry e = CheckEntries.held(read(data, CreditCheckHeld.class), data, 2);

            assertThat(e.summary()).isEqualTo("order SO-2013-0042 for 18000.00 CNY held: over-limit, above-auto-approval");
            // 380000.00 + 20000.00 - 0.00 + 18000.00 = 418000.00
            assertThat(e.explanation()).containsExactly(
                    "over-limit: exposure with this order 418000.00 CNY is above the credit limit of 400000.00 CNY (released by "
                            + "credit-manager)",
                    "above-auto-approval: grade C orders are not approved automatically (released by credit-analyst or credit-manager)",
                    "assessment a-2: score 72, grade C by credit policy v1",
                    "credit limit 400000.00 CNY",
                    "exposure with this order 418000.00 CNY = open receivables 380000.00 + reserved orders 20000.00 - prepayments 0.00 "
                            + "+ the order 18000.00",
                    "the oldest overdue item is 0 days past due; grade C tolerates 0 days",
                    "requested by sales-user on 2013-03-15");
            assertThat(e.decidedBy()).isEqualTo("credit-service");
            assertThat(e.versions()).isEqualTo(new Versions(2, 1));
            assertThat(e.orderId()).isEqualTo("SO-2013-0042");
            assertThat(e.assessmentId()).isEqualTo("a-2");
            assertThat(e.inputs().path("exposureWithOrder").path("amount").asText()).isEqualTo("418000.00");
            assertThat(e.inputs().path("amount").path("amount").asText()).isEqualTo("18000.00");
            assertThat(e.inputs().path("reasons")).hasSize(2);
            assertThat(e.inputs().path("requestedBy").asText()).isEqualTo("sales-user");
            assertThat(e.inputs().has("inputs")).isFalse();
        }

        @Test
        void an_approval_states_the_exposure_within_the_limit_and_a_rejection_its_reason() {
            JsonNode approved = json("""
                    {"customerId":"0379-NEVHP","orderId":"SO-1","amount":{"amount":"18000.00","currency":"CNY"},
                     "checkedOn":"2013-03-15","requestedBy":"sales-user",""" + CHECK_INPUTS + "}");
            assertThat(CheckEntries.approved(read(approved, CreditCheckApproved.class), approved, null).summary())
                    .isEqualTo("order SO-1 for 18000.00 CNY approved and reserved: exposure with it 418000.00 CNY within the credit "
                            + "limit of 400000.00 CNY");

            JsonNode rejected = json("""
                    {"customerId":"0379-NEVHP","orderId":"SO-2","amount":{"amount":"500.00","currency":"CNY"},
                     "checkedOn":"2013-03-15","requestedBy":"sales-user","reasons":[
                      {"code":"grade-d","detail":"grade D trades on prepayment only","releasableBy":[]}],""" + CHECK_INPUTS + "}");
            Entry e = CheckEntries.rejected(read(rejected, CreditCheckRejected.class), rejected, null);
            assertThat(e.summary()).isEqualTo("order SO-2 for 500.00 CNY rejected: grade-d");
            assertThat(e.explanation().get(0)).isEqualTo("grade-d: grade D trades on prepayment only");
            assertThat(e.versions()).isEqualTo(new Versions(null, 1));
        }

        @Test
        void a_check_on_a_customer_never_assessed_says_so_and_knows_no_versions() {
            JsonNode data = json("""
                    {"customerId":"X","orderId":"SO-3","amount":{"amount":"1000.00","currency":"CNY"},"checkedOn":"2013-03-15",
                     "requestedBy":"sales-user","reasons":[{"code":"not-assessed","detail":"the customer has not been assessed",
                     "releasableBy":["credit-manager"]}],"inputs":{"assessmentId":null,"score":null,"grade":null,"policyVersion":null,
                     "creditLimit":null,"openReceivables":{"amount":"0.00","currency":"CNY"},"reservedOrders":{"amount":"0.00","currency":"CNY"},
                     "prepayments":{"amount":"0.00","currency":"CNY"},"exposureWithOrder":{"amount":"1000.00","currency":"CNY"},
                     "oldestOverdueDays":0,"overdueToleranceDays":null}}""");
            Entry e = CheckEntries.held(read(data, CreditCheckHeld.class), data, 7);

            assertThat(e.explanation()).contains("the customer was never assessed", "no credit limit assigned",
                    "the oldest overdue item is 0 days past due");
            assertThat(e.versions()).isNull();
        }

        @Test
        void a_release_and_a_cancellation_say_who_why_and_what_it_did_to_the_reservation() {
            JsonNode released = json("""
                    {"customerId":"C","orderId":"SO-1","amount":{"amount":"18000.00","currency":"CNY"},"releasedBy":"credit-manager-user",
                     "role":"credit-manager","releasedOn":"2013-03-16","reason":"letter of credit"}""");
            Entry r = CheckEntries.released(read(released, CreditCheckReleased.class), released);
            assertThat(r.summary()).isEqualTo("order SO-1 (18000.00 CNY) released by credit-manager-user as credit-manager: letter of credit");
            assertThat(r.explanation().get(1)).isEqualTo("releasing overrides the hold: the exposure is not checked again, and 18000.00 CNY "
                    + "is now reserved");
            assertThat(r.at()).isEqualTo(LocalDate.parse("2013-03-16"));

            JsonNode cancelled = json("""
                    {"customerId":"C","orderId":"SO-1","amount":{"amount":"18000.00","currency":"CNY"},"cancelledBy":"sales-user",
                     "cancelledOn":"2013-03-17","reason":"order withdrawn","reservationFreed":true}""");
            Entry c = CheckEntries.cancelled(read(cancelled, CreditCheckCancelled.class), cancelled);
            assertThat(c.explanation()).containsExactly("cancelled by sales-user on 2013-03-17: order withdrawn",
                    "its reservation of 18000.00 CNY is freed");
            assertThat(c.inputs().path("reservationFreed").asBoolean()).isTrue();
        }

    }

    @Nested
    class Blocks {

        @Test
        void a_block_names_who_when_why_and_what_it_does() {
            JsonNode data = json("""
                    {"customerId":"C","blockId":"b-1","reason":"disputed invoices under review","blockedBy":"collector-user",
                     "blockedOn":"2013-03-15","source":"MANUAL"}""");
            Entry e = BlockEntries.blocked(read(data, CustomerCreditBlocked.class), data);
            assertThat(e.summary()).isEqualTo("credit blocked by collector-user: disputed invoices under review");
            assertThat(e.explanation().get(0)).isEqualTo("blocked by collector-user on 2013-03-15 (MANUAL): disputed invoices under review");
            assertThat(e.inputs().path("blockId").asText()).isEqualTo("b-1");
        }

        @Test
        void lifting_a_block_says_held_orders_stay_held() {
            JsonNode data = json("""
                    {"customerId":"C","reason":"dispute settled","unblockedBy":"credit-manager-user","unblockedOn":"2013-03-18"}""");
            Entry e = BlockEntries.unblocked(read(data, CustomerCreditUnblocked.class), data);
            assertThat(e.summary()).isEqualTo("credit block lifted by credit-manager-user: dispute settled");
            assertThat(e.explanation()).containsExactly("lifted by credit-manager-user on 2013-03-18: dispute settled",
                    "orders held while it stood stay held until a credit manager releases them one by one");
            assertThat(e.at()).isEqualTo(LocalDate.parse("2013-03-18"));
        }
    }

    @Nested
    class Alerts {

        private final Assessment latest = new Assessment("a-9", LocalDate.parse("2013-03-15"), "credit-service", 64, "C", true, 3, 2,
                List.of());

        @Test
        void a_downgrade_alert_names_the_grades_scores_trigger_and_the_versions_of_its_assessment() {
            Entry e = AlertEntries.downgraded(json("""
                    {"customerId":"C","assessmentId":"a-9","assessedOn":"2013-03-15","fromGrade":"B","toGrade":"C","fromScore":82,
                     "toScore":64,"trigger":"risk-signal"}"""), latest);

            assertThat(e.kind()).isEqualTo(EntryKind.DOWNGRADE_ALERT);
            assertThat(e.summary()).isEqualTo("downgrade alert: grade B -> C, score 82 -> 64 (trigger: risk-signal)");
            assertThat(e.explanation()).containsExactly("assessment a-9 of 2013-03-15 graded the customer C, below its previous grade B",
                    "score 82 -> 64", "assessed on trigger risk-signal");
            assertThat(e.versions()).isEqualTo(new Versions(3, 2));
            assertThat(e.at()).isEqualTo(LocalDate.parse("2013-03-15"));
            assertThat(e.decidedBy()).isEqualTo("credit-service");
        }

        @Test
        void a_downgrade_alert_missing_fields_reads_unknown_and_of_another_assessment_has_no_versions() {
            Entry e = AlertEntries.downgraded(json("{\"customerId\":\"C\",\"assessmentId\":\"a-1\",\"toGrade\":\"D\"}"), latest);

            assertThat(e.summary()).isEqualTo("downgrade alert: grade unknown -> D, score unknown -> unknown");
            assertThat(e.at()).isNull();
            assertThat(e.versions()).isNull();
        }

        @Test
        void an_insurance_referral_names_the_score_the_threshold_and_each_currency_to_cover() {
            Entry e = AlertEntries.referred(json("""
                    {"customerId":"C","assessmentId":"a-9","raisedOn":"2013-03-15","score":52,"belowScore":55,"grade":"D",
                     "exposureToCover":[{"amount":"32500.00","currency":"CNY"},{"amount":"1200.00","currency":"USD"}]}"""), latest);

            assertThat(e.summary()).isEqualTo("referred to credit insurance: score 52 below 55 (grade D), exposure to cover 32500.00 CNY, "
                    + "1200.00 USD");
            assertThat(e.explanation()).containsExactly("score 52 of assessment a-9 is below the referral threshold of 55", "grade D",
                    "exposure to cover 32500.00 CNY, 1200.00 USD");
            assertThat(e.inputs().path("exposureToCover")).hasSize(2);

            assertThat(AlertEntries.referred(json("{\"customerId\":\"C\"}"), null).summary())
                    .isEqualTo("referred to credit insurance: score unknown below unknown (grade unknown), no exposure to cover");
        }
    }
}
