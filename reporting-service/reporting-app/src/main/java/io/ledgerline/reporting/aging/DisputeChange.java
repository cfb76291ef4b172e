package io.ledgerline.reporting.aging;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A dispute opened (amount, currency and {@code openedOn} set) or resolved ({@code resolvedOn} and
 * {@code outcome} set). The amount counts as disputed from its opening date to its resolution date.
 */
record DisputeChange(String disputeId, String invoiceId, BigDecimal amount, String currency, LocalDate openedOn,
                     LocalDate resolvedOn, String outcome) {

    static final String OPENED = "ledgerline.receivables.DisputeOpened.v1";
    static final String RESOLVED = "ledgerline.receivables.DisputeResolved.v1";

    boolean opened() {
        return openedOn != null;
    }

    /** The change an envelope carries; empty for every other type. A known type missing a field is refused. */
    static Optional<DisputeChange> from(EventEnvelope event) {
        JsonNode data = event.data();
        if (OPENED.equals(event.type())) {
            JsonNode money = data.path("amount");
            return Optional.of(new DisputeChange(Movement.text(event, data, "disputeId"), Movement.text(event, data, "invoiceId"),
                    Movement.decimal(event, money, "amount"), Movement.text(event, money, "currency"),
                    Movement.date(event, data, "openedOn"), null, null));
        }
        if (RESOLVED.equals(event.type())) {
            return Optional.of(new DisputeChange(Movement.text(event, data, "disputeId"), Movement.text(event, data, "invoiceId"),
                    null, null, null, Movement.date(event, data, "resolvedOn"), data.path("outcome").asText(null)));
        }
        return Optional.empty();
    }
}
