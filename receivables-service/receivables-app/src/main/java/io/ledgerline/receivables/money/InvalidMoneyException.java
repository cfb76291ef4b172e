package io.ledgerline.receivables.money;

/** An amount or currency that cannot be money: unknown currency, too many decimals, not a number. */
public class InvalidMoneyException extends IllegalArgumentException {

    public InvalidMoneyException(String message) {
        super(message);
    }
}
