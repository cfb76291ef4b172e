package io.ledgerline.reporting.credit;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of a credit-service event's JSON by name (reporting reads credit-service's published language, not its
 * classes). A known event without a field the read model cannot do without is unreadable: the projection stops and
 * retries rather than drop a ledger fact. Every other field may be absent.
 */
final class EventFields {

    private final EventEnvelope event;
    private final JsonNode data;

    private EventFields(EventEnvelope event, JsonNode data) {
        this.event = event;
        this.data = data;
    }

    static EventFields of(EventEnvelope event) {
        return new EventFields(event, event.data());
    }

    /** The fields of a nested object ({@code inputs}); absent when it is. */
    EventFields object(String field) {
        JsonNode value = data.get(field);
        return value == null || !value.isObject() ? null : new EventFields(event, value);
    }

    /** The event's {@code customerId}, else the envelope's (its Kafka key). */
    String customerId() {
        String customerId = text("customerId");
        if (customerId == null) {
            customerId = event.customerId();
        }
        if (customerId == null) {
            throw missing("customerId");
        }
        return customerId;
    }

    String required(String field) {
        String value = text(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    Integer integer(String field) {
        String value = text(field);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw unreadable(field, value, e);
        }
    }

    int requiredInteger(String field) {
        Integer value = integer(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    Boolean bool(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    LocalDate requiredDate(String field) {
        String value = required(field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw unreadable(field, value, e);
        }
    }

    /** A {@code {"amount":"18000.00","currency":"CNY"}} object; absent when it is. */
    Money money(String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return money(field, value);
    }

    Money requiredMoney(String field) {
        Money money = money(field);
        if (money == null) {
            throw missing(field);
        }
        return money;
    }

    /** A list of money objects; empty when absent. */
    List<Money> moneyList(String field) {
        List<Money> list = new ArrayList<>();
        JsonNode value = data.get(field);
        if (value != null && value.isArray()) {
            value.forEach(element -> list.add(money(field, element)));
        }
        return List.copyOf(list);
    }

    /** {@code field} of every object in a list ({@code reasons[].code}); empty when absent. */
    List<String> texts(String list, String field) {
        List<String> values = new ArrayList<>();
        JsonNode value = data.get(list);
        if (value != null && value.isArray()) {
            value.forEach(element -> {
                JsonNode text = element.get(field);
                if (text != null && !text.isNull() && !text.asText().isBlank()) {
                    values.add(text.asText().trim());
                }
            });
        }
        return List.copyOf(values);
    }

    Instant time() {
        if (event.time() == null) {
            throw missing("time");
        }
        return event.time();
    }

    private Money money(String field, JsonNode value) {
        JsonNode amount = value.get("amount");
        JsonNode currency = value.get("currency");
        if (amount == null || amount.isNull() || currency == null || currency.asText().isBlank()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no amount and currency in " + field);
        }
        try {
            return new Money(new BigDecimal(amount.asText()), currency.asText().trim());
        } catch (NumberFormatException e) {
            throw unreadable(field, amount.asText(), e);
        }
    }

    private IllegalArgumentException missing(String field) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has no " + field);
    }

    private IllegalArgumentException unreadable(String field, String value, RuntimeException cause) {
        return new IllegalArgumentException(event.type() + " " + event.id() + " has an unreadable " + field + ": " + value, cause);
    }
}
