package io.ledgerline.collections.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/** A JSON request body read strictly: an object of known fields, each refused with 400 naming it. */
final class RequestFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 2000;

    private final JsonNode body;

    private RequestFields(JsonNode body) {
        this.body = body;
    }

    static RequestFields of(String text, Set<String> known, String shape) {
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
    String text(String field, boolean required) {
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
    String owner(String field) {
        String owner = text(field, true);
        if (!owner.matches("[A-Za-z0-9._@-]{1,150}")) {
            throw ProblemException.invalidField(field, field + " must be a user name (letters, digits, '.', '_', '-', '@'), got '"
                    + owner + "'");
        }
        return owner;
    }

    LocalDate date(String field, LocalDate notAfter) {
        String text = text(field, true);
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, field + " must be an ISO date such as 2026-03-15, got '" + text + "'");
        }
        if (day.isAfter(notAfter)) {
            throw ProblemException.invalidField(field, field + " " + day + " has not come yet: the business date today is " + notAfter);
        }
        return day;
    }

    String oneOf(String field, Set<String> allowed) {
        String value = text(field, true);
        if (!allowed.contains(value)) {
            throw ProblemException.invalidField(field, field + " must be one of " + allowed + ", got '" + value + "'");
        }
        return value;
    }
}
