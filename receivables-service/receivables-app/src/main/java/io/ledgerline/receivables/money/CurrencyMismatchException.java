package io.ledgerline.receivables.money;

import java.util.Currency;

/** Two amounts in different currencies met in one operation; the ledger never converts. */
public class CurrencyMismatchException extends RuntimeException {

    private final Currency expected;
    private final Currency actual;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("expected an amount in " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
