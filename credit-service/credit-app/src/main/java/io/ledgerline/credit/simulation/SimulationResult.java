package io.ledgerline.credit.simulation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy simulation as POST answers it and GET reads it again: who ran it when, the candidate it replayed the
 * history under, the decisions it was limited to and what it found ({@link Replayed}).
 */
public record SimulationResult(
        String simulationId,
        String requestedBy,
        LocalDate requestedOn,
        Candidates candidate,
        LocalDate from,
        LocalDate to,
        List<String> customerIds,
        @JsonUnwrapped Replayed figures) {

    public static final String RECORDED = "RECORDED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String INLINE = "INLINE";

    /** The candidate scorecard and policy. */
    public record Candidates(Used scorecard, Used policy) {
    }

    /**
     * {@code source} {@code RECORDED} (the version each decision recorded; no version, name or definition),
     * {@code PUBLISHED} (a published {@code version} and its name) or {@code INLINE} (its name and the whole definition).
     */
    public record Used(String source, Integer version, String name, Object definition) {
    }
}
