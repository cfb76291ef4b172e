package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * The points (0-100) a factor earns while its input lies in {@code [from, to)}; {@code from} null
 * means no lower bound (first band only), {@code to} null no upper bound (last band only).
 */
public record Band(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal from,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal to,
        int points) {
}
