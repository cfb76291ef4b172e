package io.ledgerline.reporting.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credit-service's events as the credit read model reads them, by field name, from the JSON credit-api freezes. */
class CreditEventsTest {

    private static final Path GOLDEN = Path.of("../../credit-service/credit-api/src/test/resources/golden/v1");
    private static final Instant RECORDED = Instant.parse("2013-03-15T10:00:00Z");

    @Test
    void an_assessment_is_a_grade_in_force_from_its_day() {
        GradeAssessment assessment = GradeAssessment.from(golden("ledgerline.credit.CustomerAssessed.v1", 7)).orElseThrow();

        assertThat(assessment).isEqualTo(new GradeAssessment("0379-NEVHP", "9b2e7c1a-0000-4000-8000-000000000002",
                LocalDate.of(2013, 3, 1), "C", 72, true, 2, 1, "manual", 7, RECORDED));
    }

    @Test
    void an_assessment_recorded_before_triggers_were_kept_has_none() {
        GradeAssessment assessment = GradeAssessment.from(envelope("ledgerline.credit.CustomerAssessed.v1", 1, """
                {"customerId":"0901-OLDER","assessmentId":"a-1","assessedOn":"2012-05-02","assessedBy":"credit-analyst-user",
                 "score":91,"grade":"A","tradeAllowed":true,"scorecardVersion":1,"policyVersion":1}""")).orElseThrow();

        assertThat(assessment.trigger()).isNull();
        assertThat(assessment.grade()).isEqualTo("A");
        assertThat(assessment.score()).isEqualTo(91);
    }

    @Test
    void a_check_decision_keeps_its_order_amount_day_reason_codes_and_the_grade_it_read() {
        CheckOutcome held = CheckOutcome.from(golden("ledgerline.credit.CreditCheckHeld.v1", 0)).orElseThrow();

        assertThat(held).isEqualTo(new CheckOutcome("0379-NEVHP", "SO-2013-0042", new Money(new BigDecimal("18000.00"), "CNY"),
                LocalDate.of(2013, 3, 15), CheckOutcome.Status.HOLD, List.of("over-limit", "above-auto-approval"), true, "C",
                "9b2e7c1a-0000-4000-8000-000000000002"));
        assertThat(CheckOutcome.from(golden("ledgerline.credit.CreditCheckApproved.v1", 0)).orElseThrow())
                .extracting(CheckOutcome::status, CheckOutcome::reasonCodes).containsExactly(CheckOutcome.Status.APPROVED, List.of());
        assertThat(CheckOutcome.from(golden("ledgerline.credit.CreditCheckRejected.v1", 0)).orElseThrow())
                .extracting(CheckOutcome::status, CheckOutcome::reasonCodes)
                .containsExactly(CheckOutcome.Status.REJECTED, List.of("grade-d"));
    }

    @Test
    void a_check_of_a_customer_never_assessed_read_no_grade_and_one_without_inputs_read_nothing() {
        CheckOutcome notAssessed = CheckOutcome.from(envelope("ledgerline.credit.CreditCheckHeld.v1", 0, """
                {"customerId":"0902-NOGRD","orderId":"SO-1","amount":{"amount":"10.00","currency":"EUR"},"checkedOn":"2013-03-15",
                 "reasons":[{"code":"not-assessed","detail":"never assessed","releasableBy":["credit-manager"]}],
                 "inputs":{"assessmentId":null,"score":null,"grade":null,"policyVersion":null,"oldestOverdueDays":0}}"""))
                .orElseThrow();
        CheckOutcome withoutInputs = CheckOutcome.from(envelope("ledgerline.credit.CreditCheckApproved.v1", 0, """
                {"customerId":"0902-NOGRD","orderId":"SO-2","amount":{"amount":"10.00","currency":"EUR"},"checkedOn":"2013-03-15"}"""))
                .orElseThrow();

        assertThat(notAssessed.inputsRead()).isTrue();
        assertThat(notAssessed.gradeAtCheck()).isNull();
        assertThat(withoutInputs.inputsRead()).isFalse();
        assertThat(withoutInputs.reasonCodes()).isEmpty();
    }

    @Test
    void a_release_and_a_cancellation_name_their_order_and_day() {
        assertThat(CheckRelease.from(golden("ledgerline.credit.CreditCheckReleased.v1", 1)).orElseThrow())
                .isEqualTo(new CheckRelease("0379-NEVHP", "SO-2013-0042", new Money(new BigDecimal("18000.00"), "CNY"),
                        LocalDate.of(2013, 3, 16), "credit-manager"));
        assertThat(CheckCancellation.from(golden("ledgerline.credit.CreditCheckCancelled.v1", 2)).orElseThrow())
                .isEqualTo(new CheckCancellation("0379-NEVHP", "SO-2013-0042", new Money(new BigDecimal("18000.00"), "CNY"),
                        LocalDate.of(2013, 3, 18), true));
    }

    @Test
    void a_downgrade_ends_in_its_to_grade_and_score() {
        CreditAlert alert = CreditAlert.from(envelope(AlertKind.DOWNGRADE.type(), 9, """
                {"customerId":"0379-NEVHP","assessmentId":"7c4a9e2f-0000-4000-8000-000000000005","assessedOn":"2013-03-15",
                 "fromGrade":"C","toGrade":"D","fromScore":61,"toScore":48,"trigger":"risk-signal"}""")).orElseThrow();

        assertThat(alert).isEqualTo(new CreditAlert("evt-9", AlertKind.DOWNGRADE, "0379-NEVHP",
                "7c4a9e2f-0000-4000-8000-000000000005", LocalDate.of(2013, 3, 15), RECORDED, "D", 48, "C", 61, "risk-signal",
                null, List.of()));
    }

    @Test
    void a_referral_keeps_its_threshold_and_the_exposure_to_cover_per_currency() {
        CreditAlert alert = CreditAlert.from(envelope(AlertKind.INSURANCE_REFERRAL.type(), 10, """
                {"customerId":"0379-NEVHP","assessmentId":"7c4a9e2f-0000-4000-8000-000000000005","raisedOn":"2013-03-15",
                 "score":48,"belowScore":60,"grade":"D",
                 "exposureToCover":[{"amount":"32500.00","currency":"CNY"},{"amount":"1800.00","currency":"USD"}]}"""))
                .orElseThrow();

        assertThat(alert).isEqualTo(new CreditAlert("evt-10", AlertKind.INSURANCE_REFERRAL, "0379-NEVHP",
                "7c4a9e2f-0000-4000-8000-000000000005", LocalDate.of(2013, 3, 15), RECORDED, "D", 48, null, null, null, 60,
                List.of(new Money(new BigDecimal("32500.00"), "CNY"), new Money(new BigDecimal("1800.00"), "USD"))));
    }

    @Test
    void an_alert_needs_only_its_day_and_the_customer_from_the_envelope() {
        CreditAlert downgrade = CreditAlert.from(envelope(AlertKind.DOWNGRADE.type(), 11, """
                {"assessedOn":"2013-03-15"}""")).orElseThrow();
        CreditAlert referral = CreditAlert.from(envelope(AlertKind.INSURANCE_REFERRAL.type(), 12, """
                {"raisedOn":"2013-03-15"}""")).orElseThrow();

        assertThat(downgrade.customerId()).isEqualTo("0379-NEVHP");
        assertThat(downgrade.grade()).isNull();
        assertThat(downgrade.fromGrade()).isNull();
        assertThat(referral.exposureToCover()).isEmpty();
        assertThat(referral.belowScore()).isNull();
    }

    @Test
    void a_known_event_without_what_the_read_model_cannot_do_without_is_unreadable() {
        assertThatThrownBy(() -> CreditAlert.from(envelope(AlertKind.DOWNGRADE.type(), 13, """
                {"customerId":"0379-NEVHP","toGrade":"D"}"""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assessedOn");
        assertThatThrownBy(() -> CheckOutcome.from(envelope("ledgerline.credit.CreditCheckApproved.v1", 14, """
                {"customerId":"0379-NEVHP","orderId":"SO-3","amount":{"amount":"ten","currency":"EUR"},"checkedOn":"2013-03-15"}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> GradeAssessment.from(envelope("ledgerline.credit.CustomerAssessed.v1", 15, """
                {"customerId":"0379-NEVHP","assessmentId":"a-2","assessedOn":"2013-03-15","grade":"B"}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
    }

    @Test
    void other_credit_events_are_none_of_these() {
        EventEnvelope blocked = golden("ledgerline.credit.CustomerCreditBlocked.v1", 0);

        assertThat(GradeAssessment.from(blocked)).isEmpty();
        assertThat(CheckOutcome.from(blocked)).isEmpty();
        assertThat(CheckRelease.from(blocked)).isEmpty();
        assertThat(CheckCancellation.from(blocked)).isEmpty();
        assertThat(CreditAlert.from(blocked)).isEmpty();
    }

    /** Once credit-api freezes the alert events, their golden JSON must read as the inline copies above do. */
    @ParameterizedTest
    @ValueSource(strings = {"ledgerline.credit.CreditGradeDowngraded.v1", "ledgerline.credit.CreditInsuranceReferralRaised.v1"})
    void reads_the_golden_json_of_the_alert_events_once_credit_api_has_it(String type) {
        Assumptions.assumeTrue(Files.exists(GOLDEN.resolve(type + ".json")), type + " is not frozen in credit-api yet");
        CreditAlert alert = CreditAlert.from(golden(type, 0)).orElseThrow();

        assertThat(alert.customerId()).isNotBlank();
        assertThat(alert.assessmentId()).isNotBlank();
        assertThat(alert.grade()).isNotBlank();
        assertThat(alert.score()).isNotNull();
        if (alert.kind() == AlertKind.DOWNGRADE) {
            assertThat(alert.fromGrade()).isNotBlank();
            assertThat(alert.trigger()).isNotBlank();
        } else {
            assertThat(alert.belowScore()).isNotNull();
            assertThat(alert.exposureToCover()).isNotEmpty();
        }
    }

    private static EventEnvelope golden(String type, long sequence) {
        try {
            return envelope(type, sequence, Files.readString(GOLDEN.resolve(type + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventEnvelope envelope(String type, long sequence, String data) {
        return new EventEnvelope("evt-" + sequence, "ledgerline/credit", type, "0379-NEVHP", RECORDED, "0379-NEVHP", sequence, "1",
                json(data));
    }

    private static JsonNode json(String text) {
        try {
            return EnvelopeCodec.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
