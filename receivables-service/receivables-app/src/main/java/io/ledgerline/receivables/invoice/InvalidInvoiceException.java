package io.ledgerline.receivables.invoice;

/** A command an invoice refuses; {@link #field()} names the offending part of the command. */
public class InvalidInvoiceException extends RuntimeException {

    private final String field;

    public InvalidInvoiceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
