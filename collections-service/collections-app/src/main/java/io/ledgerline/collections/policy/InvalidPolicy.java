package io.ledgerline.collections.policy;

/** A dunning policy that cannot take effect; {@link #field()} names the part at fault, e.g. {@code ladders[0].steps[2].dayOffset}. */
public class InvalidPolicy extends RuntimeException {

    private final String field;

    public InvalidPolicy(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
