package io.ledgerline.collections.receivables;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import io.ledgerline.receivables.api.v1.DisputeOpened;
import io.ledgerline.receivables.api.v1.DisputeResolved;
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
 * A receivables fact about one item other than its issue: a movement of its open amount as of its own business date,
 * signed by its effect (open amount = amount + movements), or a dispute opened or resolved. A known type missing a field
 * is refused: the projection stops and retries (its lag shows) rather than drop a fact.
 */
sealed interface ItemFact {

    String customerId();

    String invoiceId();

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

    record Movement(String eventId, String invoiceId, String customerId, Kind kind, LocalDate effectiveOn, BigDecimal amount,
                    String currency) implements ItemFact {
    }

    record DisputeOpening(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
                          LocalDate openedOn) implements ItemFact {
    }

    record DisputeResolution(String disputeId, String invoiceId, String customerId, LocalDate resolvedOn) implements ItemFact {
    }

    String OPENED = typeOf(DisputeOpened.class);
    String RESOLVED = typeOf(DisputeResolved.class);

    /** The fact an envelope carries; empty for InvoiceIssued (folded on its own) and every type that changes no item. */
    static Optional<ItemFact> from(EventEnvelope event) {
        JsonNode data = event.data();
        if (OPENED.equals(event.type())) {
            JsonNode money = data.path("amount");
            return Optional.of(new DisputeOpening(text(event, data, "disputeId"), text(event, data, "invoiceId"),
                    text(event, data, "customerId"), decimal(event, money, "amount"), text(event, money, "currency"),
                    date(event, data, "openedOn")));
        }
        if (RESOLVED.equals(event.type())) {
            return Optional.of(new DisputeResolution(text(event, data, "disputeId"), text(event, data, "invoiceId"),
                    text(event, data, "customerId"), date(event, data, "resolvedOn")));
        }
        return Kind.of(event.type()).map(kind -> {
            JsonNode money = data.path("amount");
            return new Movement(event.id(), text(event, data, "invoiceId"), text(event, data, "customerId"), kind,
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

    private static IllegalArgumentException malformed(EventEnvelope event, String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no valid '" + field + "'");
    }

    /** The contract's type name, read from the published class so the two cannot drift. */
    static String typeOf(Class<?> event) {
        return event.getAnnotation(JsonTypeName.class).value();
    }
}
