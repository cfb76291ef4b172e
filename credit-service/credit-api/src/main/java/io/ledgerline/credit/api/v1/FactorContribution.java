package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one factor added to a score: the {@code points} (0-100) it earned, or null when its input was
 * missing; its {@code weight} in the scorecard; its {@code contribution} in score points; the
 * {@code inputs} it read (as text, e.g. {@code "yearsSinceFounding": "3"}) and the inputs it missed.
 */
public record FactorContribution(
        String factor,
        String group,
        int weight,
        Integer points,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal contribution,
        Map<String, String> inputs,
        List<String> missingInputs) {

    public FactorContribution {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        missingInputs = missingInputs == null ? List.of() : List.copyOf(missingInputs);
    }
}
