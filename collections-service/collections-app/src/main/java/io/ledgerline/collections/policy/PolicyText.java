package io.ledgerline.collections.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads dunning policies written as YAML (the shipped default) or JSON (a request body), strictly: an unknown or doubled
 * key, a fraction where days are counted, or a missing number is an error naming its field, so a misspelt
 * {@code dayOfset} never passes as day 0.
 */
public final class PolicyText {

    public static final String DEFAULT_POLICY = "/dunning-policies/default.yaml";

    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = strict(new ObjectMapper(new JsonFactory()));

    private PolicyText() {
    }

    /** The shipped policy resource, validated. */
    public static DunningPolicyDefinition shipped(String resource) {
        try (InputStream in = PolicyText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return PolicyRules.validate(YAML.readValue(in, DunningPolicyDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A policy sent as JSON, not yet validated; refused with the field at fault when it does not read. */
    public static DunningPolicyDefinition json(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidPolicy(null, "the body must be a dunning policy");
        }
        try {
            return JSON.readValue(body, DunningPolicyDefinition.class);
        } catch (JsonMappingException e) {
            throw new InvalidPolicy(path(e), "the policy does not read at " + (path(e) == null ? "its top" : path(e)) + ": "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidPolicy(null, "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
