package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The steps dunned for customers of the listed credit {@code grades}, in ascending day order; the grade
 * {@link DunningPolicyDefinition#UNGRADED} stands for customers without a grade and grades no ladder lists.
 */
public record DunningLadder(String name, List<String> grades, List<DunningStep> steps) {

    @JsonCreator
    public DunningLadder {
        grades = grades == null ? null : List.copyOf(grades);
        steps = steps == null ? null : List.copyOf(steps);
    }
}
