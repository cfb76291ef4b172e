package io.ledgerline.credit.scoring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads scorecards and credit policies written as YAML (the shipped defaults) and validates them;
 * an unknown key is an error, so a misspelt {@code weigth} never passes as a missing weight.
 */
public final class DefinitionYaml {

    public static final String DEFAULT_SCORECARD = "/scorecards/default.yaml";
    public static final String DEFAULT_POLICY = "/credit-policies/default.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DefinitionYaml() {
    }

    public static ScorecardDefinition scorecard(String resource) {
        return ScorecardRules.validate(read(resource, ScorecardDefinition.class));
    }

    public static CreditPolicyDefinition policy(String resource) {
        return PolicyRules.validate(read(resource, CreditPolicyDefinition.class));
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DefinitionYaml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
