package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Promise {@code promiseId} judged on {@code resolvedOn} against the payments on its items since it was made:
 * {@code KEPT} when {@code paid} reached the promised amount by the promised date plus tolerance (judged as soon as it
 * did), {@code PARTIALLY_KEPT} when something but not all of it was paid by then, {@code BROKEN} when nothing was; a
 * broken promise escalates the customer's case one level.
 */
@JsonTypeName("ledgerline.collections.PromiseToPayResolved.v1")
public record PromiseToPayResolved(
        String customerId,
        String promiseId,
        String outcome,
        Money promised,
        Money paid,
        LocalDate resolvedOn,
        String reason) implements CollectionsEvent {

    public static final String KEPT = "KEPT";
    public static final String PARTIALLY_KEPT = "PARTIALLY_KEPT";
    public static final String BROKEN = "BROKEN";
}
