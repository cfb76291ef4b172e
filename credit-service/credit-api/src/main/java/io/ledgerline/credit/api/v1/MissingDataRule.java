package io.ledgerline.credit.api.v1;

/**
 * What a factor without its input does to the score. {@code NEUTRAL_POINTS}: the factor keeps its
 * weight and earns {@code neutralPoints}. {@code RENORMALISE}: the factor drops out and the score is
 * taken over the weights of the factors that have data. Either way the missing input is listed.
 */
public record MissingDataRule(String rule, Integer neutralPoints) {

    public static final String NEUTRAL_POINTS = "NEUTRAL_POINTS";
    public static final String RENORMALISE = "RENORMALISE";
}
