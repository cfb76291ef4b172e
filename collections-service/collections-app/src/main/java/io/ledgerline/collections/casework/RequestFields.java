package io.ledgerline.collections.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.Set;

/** A JSON request body read strictly: an object of known fields, each refused with 400 naming it. */
public final class RequestFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 2000;

    private final JsonNode body;

    private RequestFields(JsonNode body) {
        this.body = body;
    }

    public static RequestFields of(String text, Set<String> known, String shape) {
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidField(null, "the body is not JSON: it must be " + shape);
        }
        if (body == null || !body.isObject()) {
            throw ProblemException.invalidField(null, "the body must be an object " + shape);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ProblemException.invalidField(name, "unknown field '" + name + "': the body is " + shape);
            }
        }
        return new RequestFields(body);
    }

    /** The field's text, trimmed; null when absent and optional. */
    public String text(String field, boolean required) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw ProblemException.invalidField(field, field + " is required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw ProblemException.invalidField(field, field + " must be non-empty text");
        }
        if (node.asText().length() > MAX_TEXT) {
            throw ProblemException.invalidField(field, field + " must be at most " + MAX_TEXT + " characters");
        }
        return node.asText().trim();
    }

    /** An owner: a user name of letters, digits, dots, dashes, underscores and @, at most 150 characters. */
    public String owner(String field) {
        String owner = text(field, true);
        if (!owner.matches("[A-Za-z0-9._@-]{1,150}")) {
            throw ProblemException.invalidField(field, field + " must be a user name (letters, digits, '.', '_', '-', '@'), got '"
                    + owner + "'");
        }
        return owner;
    }

    public LocalDate date(String field, LocalDate notAfter) {
        LocalDate day = day(field);
        if (day.isAfter(notAfter)) {
            throw ProblemException.invalidField(field, field + " " + day + " has not come yet: the business date today is " + notAfter);
        }
        return day;
    }

    private LocalDate day(String field) {
        String text = text(field, true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date such as 2026-03-15, got '" + text + "'");
        }
    }

    public String oneOf(String field, Set<String> allowed) {
        String value = text(field, true);
        if (!allowed.contains(value)) {
            throw ProblemException.invalidField(field, field + " must be one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }

    /** A day on or after {@code notBefore} and at most {@code maxAhead} days after it. */
    public LocalDate dayAhead(String field, LocalDate notBefore, int maxAhead) {
        LocalDate day = day(field);
        if (day.isBefore(notBefore) || day.isAfter(notBefore.plusDays(maxAhead))) {
            throw ProblemException.invalidField(field, field + " must be from " + notBefore + " (today) to " + notBefore.plusDays(maxAhead)
                    + ", got " + day);
        }
        return day;
    }

    /** A positive amount given as a decimal string with at most two decimals, e.g. "5000.00". */
    public BigDecimal amount(String field) {
        String text = text(field, true);
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string such as \"5000.00\", got '" + text + "'");
        }
        if (amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 18) {
            throw ProblemException.invalidField(field, field + " must be positive, with at most two decimals, got " + text);
        }
        return amount;
    }

    /** An ISO 4217 code: three capital letters. */
    public String currency(String field) {
        String currency = text(field, true);
        if (!currency.matches("[A-Z]{3}")) {
            throw ProblemException.invalidField(field, field + " must be an ISO 4217 code such as USD, got '" + currency + "'");
        }
        return currency;
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when the field is absent. */
    public int whole(String field, int min, int max, int absent) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return absent;
        }
        if (!node.isInt() || node.asInt() < min || node.asInt() > max) {
            throw ProblemException.invalidField(field, field + " must be a whole number from " + min + " to " + max + ", got " + node);
        }
        return node.asInt();
    }

    /** A non-empty array of distinct non-empty texts; empty when the field is absent. */
    public List<String> texts(String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.isTextual() && !n.asText().isBlank() ? n.asText().trim() : null));
        }
        if (!node.isArray() || texts.isEmpty() || texts.contains(null) || texts.stream().distinct().count() != texts.size()) {
            throw ProblemException.invalidField(field, field + " must be a non-empty array of distinct texts, got " + node);
        }
        return texts;
    }

    /** The field's array of objects, each read strictly like a body with {@code known} fields. */
    public List<RequestFields> objects(String field, Set<String> known, String shape, int max) {
        JsonNode node = body.path(field);
        if (!node.isArray() || node.isEmpty() || node.size() > max) {
            throw ProblemException.invalidField(field, field + " must be an array of 1 to " + max + " objects " + shape);
        }
        List<RequestFields> objects = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isObject()) {
                throw ProblemException.invalidField(field, field + " must hold objects " + shape + ", got " + element);
            }
            for (Iterator<String> names = element.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw ProblemException.invalidField(field, "unknown field '" + name + "' in " + field + ": each is " + shape);
                }
            }
            objects.add(new RequestFields(element));
        }
        return objects;
    }
}
