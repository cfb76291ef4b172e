package io.ledgerline.credit.receivables;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * One receivables fact that moves an invoice's open amount as of its own business date, signed by its
 * effect (as reporting's aging reads them): open amount as of D = amount + the movements effective on or before D.
 */
record ItemMovement(String eventId, String invoiceId, String customerId, Kind kind, LocalDate effectiveOn, BigDecimal amount,
                    String currency) {

    /** The receivables events that move an open amount: their type, business date field and sign. */
    enum Kind {
        APPLIED(PaymentApplied.class, "appliedOn", -1),
        UNAPPLIED(PaymentUnapplied.class, "unappliedOn", 1),
        CREDITED(InvoiceCredited.class, "creditedOn", -1),
        WRITTEN_OFF(InvoiceWrittenOff.class, "writtenOffOn", -1),
        DEBITED(InvoiceDebited.class, "debitedOn", 1);

        private final String type;
        private final String dateField;
        private final int sign;

        Kind(Class<?> event, String dateField, int sign) {
            this.type = typeOf(event);
            this.dateField = dateField;
            this.sign = sign;
        }

        static Optional<Kind> of(String type) {
            return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
        }
    }

    /** The movement an envelope carries; empty for every other type. A known type missing a field is refused. */
    static Optional<ItemMovement> from(EventEnvelope event) {
        return Kind.of(event.type()).map(kind -> {
            JsonNode data = event.data();
            JsonNode money = data.path("amount");
            return new ItemMovement(event.id(), text(event, data, "invoiceId"), text(event, data, "customerId"), kind,
                    date(event, data, kind.dateField), decimal(event, money, "amount").multiply(BigDecimal.valueOf(kind.sign)),
                    text(event, money, "currency"));
        });
    }

    static String text(EventEnvelope event, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull() || value.asText().isBlank()) {
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

    /** A fact credit-service cannot read stops the projection (it retries and its lag shows) rather than be dropped. */
    private static IllegalArgumentException malformed(EventEnvelope event, String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no valid '" + field + "'");
    }

    /** The contract's type name, read from the published class so the two cannot drift. */
    static String typeOf(Class<?> event) {
        return event.getAnnotation(JsonTypeName.class).value();
    }
}
