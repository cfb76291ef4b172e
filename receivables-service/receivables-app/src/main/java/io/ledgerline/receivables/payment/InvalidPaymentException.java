package io.ledgerline.receivables.payment;

/** A command a payment refuses; {@link #field()} names the offending part of the command. */
public class InvalidPaymentException extends RuntimeException {

    private final String field;

    public InvalidPaymentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
