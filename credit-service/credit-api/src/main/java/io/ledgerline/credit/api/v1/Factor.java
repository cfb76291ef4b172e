package io.ledgerline.credit.api.v1;

import java.util.List;
import java.util.Map;

/**
 * One scored factor: which {@code input} it reads, its {@code weight} (the weights of a scorecard sum
 * to 100) and how the input earns 0-100 points: by numeric {@code bands}, or for a categorical input
 * by {@code categories} with {@code otherwise} for any value not listed.
 */
public record Factor(
        String id,
        String group,
        String input,
        int weight,
        List<Band> bands,
        Map<String, Integer> categories,
        Integer otherwise) {

    public Factor {
        bands = bands == null ? List.of() : List.copyOf(bands);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }
}
