package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** An amount in an ISO 4217 currency; the amount travels as a decimal string, e.g. {@code "55000.00"}. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
}
