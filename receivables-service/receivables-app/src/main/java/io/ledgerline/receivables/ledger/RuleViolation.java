package io.ledgerline.receivables.ledger;

/**
 * A well-formed command the ledger refuses because of its state, e.g. a credit above the open
 * amount. {@link #rule()} is the stable slug clients see; {@link #field()} the command part at fault.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public RuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
