package io.ledgerline.collections.ladder;

/** A step an item already reached: each (item, step) is reached at most once, whatever ladder or policy version. */
public record TakenStep(String invoiceId, String stepId) {
}
