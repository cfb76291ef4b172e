package io.ledgerline.collections.api.v1;

/**
 * One step of a dunning ladder: {@code id} names it across ladders and versions (a step taken under one is not taken
 * again under another), {@code dayOffset} is its day relative to the item's due date (negative: before it),
 * {@code action} one of {@link DunningStepReached}'s actions and {@code owner} the level that owns it
 * ({@code SALES}, {@code FINANCE}, {@code LEGAL}). Every field is required ({@code dayOffset} is boxed only so that a
 * missing one is refused, not read as 0).
 */
public record DunningStep(String id, Integer dayOffset, String action, String owner) {
}
