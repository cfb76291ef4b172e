package io.ledgerline.collections.ladder;

/** Where an item stands on its ladder on a business date. */
public enum ItemStatus {
    /** Open and dunnable: its steps fire as their days come. */
    DUNNING,
    /** Everything open on it is disputed: its ladder waits until the dispute is resolved. */
    PAUSED_DISPUTED,
    /** A promise to pay covers it: its ladder waits until the promise's date plus tolerance, or until it is broken. */
    PAUSED_PROMISE,
    /** An agreed payment plan covers it and is being met: its ladder waits until an installment is missed. */
    PAUSED_PLAN,
    /** What is open and undisputed is below the currency's minimum balance: not dunned. */
    BELOW_MINIMUM,
    /** Nothing is open on it: its ladder stops. */
    SETTLED,
    /** Every step of its ladder was reached. */
    LADDER_COMPLETE
}
