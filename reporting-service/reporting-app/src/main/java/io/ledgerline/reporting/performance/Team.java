package io.ledgerline.reporting.performance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A sales team as reports name it. */
@JsonPropertyOrder({"teamId", "name"})
public record Team(String teamId, String name) {
}
