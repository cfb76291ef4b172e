package io.ledgerline.credit.scoring;

/** A scorecard or credit policy that cannot take effect; {@link #field()} names the part at fault, e.g. {@code factors[2].weight}. */
public class InvalidDefinition extends RuntimeException {

    private final String field;

    public InvalidDefinition(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
