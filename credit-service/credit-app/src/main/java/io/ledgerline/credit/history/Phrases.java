package io.ledgerline.credit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/** How the history words figures: money with its currency, score points with their sign, recorded JSON without its ids. */
final class Phrases {

    /** Written in place of a value an event does not carry. */
    static final String UNKNOWN = "unknown";

    private Phrases() {
    }

    /** {@code 18000.00 CNY}; {@code none} for no amount. */
    static String money(Money money) {
        return money == null || money.amount() == null ? "none" : money.amount().toPlainString() + " " + money.currency();
    }

    /** {@code 18000.00 CNY} from recorded JSON {@code {"amount":"18000.00","currency":"CNY"}}. */
    static String money(JsonNode money) {
        String amount = text(money, "amount");
        return amount == null ? UNKNOWN : amount + " " + (text(money, "currency") == null ? "" : text(money, "currency")).strip();
    }

    /** Score points to 2 decimals with their sign: {@code +3.00}, {@code -10.00}, {@code 0.00}. */
    static String signed(BigDecimal points) {
        BigDecimal scaled = points.setScale(2, RoundingMode.HALF_UP);
        return (scaled.signum() > 0 ? "+" : "") + scaled.toPlainString();
    }

    /** Points to 2 decimals: {@code 20.00}. */
    static String points(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The field's text, null when absent, JSON null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank() ? null : value.asText();
    }

    /** The field as a date, null when absent or not an ISO date. */
    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String textOr(JsonNode node, String field, String otherwise) {
        String text = text(node, field);
        return text == null ? otherwise : text;
    }

    /** A copy of an event's data without the fields an entry shows on its own (ids, dates, who, versions). */
    static ObjectNode without(JsonNode data, String... shownElsewhere) {
        ObjectNode copy = EnvelopeCodec.mapper().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (Arrays.stream(shownElsewhere).noneMatch(field.getKey()::equals)) {
                copy.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return copy;
    }
}
