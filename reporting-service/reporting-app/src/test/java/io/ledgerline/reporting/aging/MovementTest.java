package io.ledgerline.reporting.aging;

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
import org.junit.jupiter.api.Test;

/** Each ledger fact becomes a movement signed by its effect on the open amount, dated by its own business date. */
class MovementTest {

    @Test
    void a_payment_applied_lowers_the_open_amount_on_its_applied_date() {
        Movement movement = Movement.from(envelope("ledgerline.receivables.PaymentApplied.v1", """
                {"invoiceId":"inv-1","invoiceNumber":"0000000001","paymentId":"pay-1","customerId":"C",
                 "appliedOn":"2014-02-01","amount":{"amount":"40.00","currency":"USD"}}""")).orElseThrow();

        assertThat(movement.kind()).isEqualTo(Movement.Kind.APPLIED);
        assertThat(movement.invoiceId()).isEqualTo("inv-1");
        assertThat(movement.effectiveOn()).isEqualTo(LocalDate.of(2014, 2, 1));
        assertThat(movement.amount()).isEqualByComparingTo("-40.00");
        assertThat(movement.currency()).isEqualTo("USD");
        assertThat(movement.reference()).isEqualTo("pay-1");
    }

    @Test
    void a_payment_unapplied_raises_it_again() {
        Movement movement = Movement.from(envelope("ledgerline.receivables.PaymentUnapplied.v1", """
                {"invoiceId":"inv-1","invoiceNumber":"0000000001","paymentId":"pay-1","customerId":"C",
                 "unappliedOn":"2014-02-20","amount":{"amount":"40.00","currency":"USD"},"reason":"bounced"}""")).orElseThrow();

        assertThat(movement.kind()).isEqualTo(Movement.Kind.UNAPPLIED);
        assertThat(movement.effectiveOn()).isEqualTo(LocalDate.of(2014, 2, 20));
        assertThat(movement.amount()).isEqualByComparingTo("40.00");
    }

    @Test
    void a_credit_and_a_write_off_lower_it() {
        Movement credited = Movement.from(envelope("ledgerline.receivables.InvoiceCredited.v1", """
                {"invoiceId":"inv-1","invoiceNumber":"0000000001","customerId":"C","creditMemoId":"cm-1",
                 "creditedOn":"2014-02-10","amount":{"amount":"30.00","currency":"EUR"}}""")).orElseThrow();
        Movement writtenOff = Movement.from(envelope("ledgerline.receivables.InvoiceWrittenOff.v1", """
                {"invoiceId":"inv-1","invoiceNumber":"0000000001","customerId":"C","writtenOffOn":"2014-02-05",
                 "amount":{"amount":"0.50","currency":"EUR"},"reason":"residual","automatic":true,"writtenOffBy":"system"}""")).orElseThrow();

        assertThat(credited.amount()).isEqualByComparingTo("-30.00");
        assertThat(credited.reference()).isEqualTo("cm-1");
        assertThat(writtenOff.kind()).isEqualTo(Movement.Kind.WRITTEN_OFF);
        assertThat(writtenOff.effectiveOn()).isEqualTo(LocalDate.of(2014, 2, 5));
        assertThat(writtenOff.amount()).isEqualByComparingTo(new BigDecimal("-0.50"));
        assertThat(writtenOff.reference()).isNull();
    }

    @Test
    void a_debit_adjustment_raises_the_open_amount_on_its_debit_date() {
        Movement movement = Movement.from(envelope("ledgerline.receivables.InvoiceDebited.v1", """
                {"invoiceId":"inv-1","invoiceNumber":"0000000001","customerId":"C","debitId":"db-1","externalId":"DA-1",
                 "debitedOn":"2014-02-12","amount":{"amount":"4.10","currency":"USD"},"reason":"freight undercharged"}""")).orElseThrow();

        assertThat(movement.kind()).isEqualTo(Movement.Kind.DEBITED);
        assertThat(movement.effectiveOn()).isEqualTo(LocalDate.of(2014, 2, 12));
        assertThat(movement.amount()).isEqualByComparingTo("4.10");
        assertThat(movement.reference()).isEqualTo("db-1");
    }

    @Test
    void a_payment_applied_with_a_method_reads_as_before() {
        Movement movement = Movement.from(envelope("ledgerline.receivables.PaymentApplied.v1", """
                {"invoiceId":"inv-1","invoiceNumber":"0000000001","paymentId":"pay-1","customerId":"C",
                 "appliedOn":"2014-02-01","amount":{"amount":"40.00","currency":"USD"},"method":"REMITTANCE_REFERENCE"}""")).orElseThrow();

        assertThat(movement.amount()).isEqualByComparingTo("-40.00");
    }

    @Test
    void contracts_and_late_fee_charges_move_nothing_by_themselves() throws IOException {
        for (String type : new String[] {"ledgerline.receivables.ContractSigned.v1",
                "ledgerline.receivables.ContractInstallmentInvoiced.v1", "ledgerline.receivables.LateFeeCharged.v1"}) {
            assertThat(Movement.from(envelope(type, golden(type)))).as(type).isEmpty();
            assertThat(DisputeChange.from(envelope(type, golden(type)))).as(type).isEmpty();
        }
    }

    @Test
    void other_events_move_nothing() {
        assertThat(Movement.from(envelope("ledgerline.receivables.PaymentReversed.v1", """
                {"paymentId":"pay-1","customerId":"C","reversedOn":"2014-02-20","amount":{"amount":"40.00","currency":"USD"}}""")))
                .isEmpty();
        assertThat(Movement.from(envelope("ledgerline.receivables.PaymentApplied.v2", "{}"))).isEmpty();
    }

    @Test
    void a_known_fact_it_cannot_read_is_refused_not_dropped() {
        assertThatThrownBy(() -> Movement.from(envelope("ledgerline.receivables.InvoiceCredited.v1", """
                {"invoiceId":"inv-1","creditedOn":"2014-02-31","amount":{"amount":"30.00","currency":"EUR"}}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("creditedOn");
        assertThatThrownBy(() -> Movement.from(envelope("ledgerline.receivables.InvoiceCredited.v1", """
                {"invoiceId":"inv-1","creditedOn":"2014-02-10"}""")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    }

    /** What receivables-api freezes as its published JSON is what this read model reads. */
    @Test
    void reads_the_published_golden_json_of_every_fact_it_folds() throws IOException {
        for (Movement.Kind kind : Movement.Kind.values()) {
            Movement movement = Movement.from(envelope(kind.type(), golden(kind.type()))).orElseThrow();
            assertThat(movement.invoiceId()).as(kind.type()).isNotBlank();
            assertThat(movement.effectiveOn()).as(kind.type()).isNotNull();
            assertThat(movement.amount().signum()).as(kind.type()).isNotZero();
        }
        DisputeChange opened = DisputeChange.from(envelope(DisputeChange.OPENED, golden(DisputeChange.OPENED))).orElseThrow();
        DisputeChange resolved = DisputeChange.from(envelope(DisputeChange.RESOLVED, golden(DisputeChange.RESOLVED))).orElseThrow();
        assertThat(opened.opened()).isTrue();
        assertThat(opened.amount()).isPositive();
        assertThat(resolved.opened()).isFalse();
        assertThat(resolved.disputeId()).isEqualTo(opened.disputeId());
        assertThat(resolved.outcome()).isEqualTo("UPHELD");
    }

    @Test
    void a_dispute_is_opened_with_its_amount_and_resolved_with_its_date() {
        DisputeChange opened = DisputeChange.from(envelope(DisputeChange.OPENED, """
                {"disputeId":"d-1","invoiceId":"inv-1","invoiceNumber":"0000000001","customerId":"C","openedOn":"2014-02-03",
                 "amount":{"amount":"60.00","currency":"USD"},"reason":"damaged goods"}""")).orElseThrow();
        DisputeChange resolved = DisputeChange.from(envelope(DisputeChange.RESOLVED, """
                {"disputeId":"d-1","invoiceId":"inv-1","invoiceNumber":"0000000001","customerId":"C","resolvedOn":"2014-02-20",
                 "outcome":"REJECTED","creditMemoId":null}""")).orElseThrow();

        assertThat(opened).isEqualTo(new DisputeChange("d-1", "inv-1", new BigDecimal("60.00"), "USD",
                LocalDate.of(2014, 2, 3), null, null));
        assertThat(resolved).isEqualTo(new DisputeChange("d-1", "inv-1", null, null, null, LocalDate.of(2014, 2, 20), "REJECTED"));
        assertThat(Movement.from(envelope(DisputeChange.OPENED, "{}"))).as("a dispute moves no open amount").isEmpty();
    }

    private static String golden(String type) throws IOException {
        return Files.readString(Path.of("../../receivables-service/receivables-api/src/test/resources/golden/v1", type + ".json"));
    }

    private static EventEnvelope envelope(String type, String data) {
        return new EventEnvelope("evt-1", "ledgerline/receivables", type, "inv-1", Instant.parse("2014-02-01T09:00:00Z"),
                "C", 0, "1", json(data));
    }

    private static JsonNode json(String text) {
        try {
            return EnvelopeCodec.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
