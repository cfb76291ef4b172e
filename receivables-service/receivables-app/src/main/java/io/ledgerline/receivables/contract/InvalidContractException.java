package io.ledgerline.receivables.contract;

/** Contract terms a contract refuses; {@link #field()} names the offending part of the request. */
public class InvalidContractException extends RuntimeException {

    private final String field;

    public InvalidContractException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
