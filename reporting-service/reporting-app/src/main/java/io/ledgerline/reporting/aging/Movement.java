package io.ledgerline.reporting.aging;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * One ledger fact that moves an invoice's open amount as of its own business date, signed by its
 * effect: open amount as of D = invoice amount + the movements effective on or before D.
 */
record Movement(String eventId, String invoiceId, Kind kind, LocalDate effectiveOn, BigDecimal amount, String currency,
                String reference) {

    /** The receivables events that move an open amount: their type, business date field and sign. */
    enum Kind {
        APPLIED(typeOf(PaymentApplied.class), "appliedOn", -1, "paymentId"),
        UNAPPLIED("ledgerline.receivables.PaymentUnapplied.v1", "unappliedOn", 1, "paymentId"),
        CREDITED("ledgerline.receivables.InvoiceCredited.v1", "creditedOn", -1, "creditMemoId"),
        WRITTEN_OFF("ledgerline.receivables.InvoiceWrittenOff.v1", "writtenOffOn", -1, null),
        DEBITED(typeOf(InvoiceDebited.class), "debitedOn", 1, "debitId");

        private final String type;
        private final String dateField;
        private final int sign;
        private final String referenceField;

        Kind(String type, String dateField, int sign, String referenceField) {
            this.type = type;
            this.dateField = dateField;
            this.sign = sign;
            this.referenceField = referenceField;
        }

        String type() {
            return type;
        }

        static Optional<Kind> of(String type) {
            return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
        }
    }

    /** The movement an envelope carries; empty for every other type. A known type missing a field is refused. */
    static Optional<Movement> from(EventEnvelope event) {
        return Kind.of(event.type()).map(kind -> {
            JsonNode data = event.data();
            JsonNode money = required(event, data, "amount");
            return new Movement(event.id(),
                    text(event, data, "invoiceId"),
                    kind,
                    date(event, data, kind.dateField),
                    decimal(event, money, "amount").multiply(BigDecimal.valueOf(kind.sign)),
                    text(event, money, "currency"),
                    kind.referenceField == null ? null : data.path(kind.referenceField).asText(null));
        });
    }

    static String text(EventEnvelope event, JsonNode node, String field) {
        JsonNode value = required(event, node, field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw malformed(event, field);
        }
        return value.asText();
    }

    static LocalDate date(EventEnvelope event, JsonNode node, String field) {
        try {
            return LocalDate.parse(text(event, node, field));
        } catch (DateTimeParseException e) {
            throw malformed(event, field);
        }
    }

    static BigDecimal decimal(EventEnvelope event, JsonNode node, String field) {
        try {
            return new BigDecimal(text(event, node, field));
        } catch (NumberFormatException e) {
            throw malformed(event, field);
        }
    }

    private static JsonNode required(EventEnvelope event, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw malformed(event, field);
        }
        return value;
    }

    /**
     * A fact the ledger published but this read model cannot read must stop the projection (it
     * retries from its checkpoint and its lag shows) rather than be dropped: aging would be wrong.
     */
    private static IllegalArgumentException malformed(EventEnvelope event, String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no valid '" + field + "'");
    }

    /** The contract's type name, read from the published class so the two cannot drift. */
    static String typeOf(Class<?> event) {
        return event.getAnnotation(JsonTypeName.class).value();
    }
}
