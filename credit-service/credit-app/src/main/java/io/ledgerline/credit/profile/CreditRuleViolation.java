package io.ledgerline.credit.profile;

/** A command a credit profile refuses by a business rule; {@link #slug()} names the rule, {@link #field()} the part at fault. */
public class CreditRuleViolation extends RuntimeException {

    private final String slug;
    private final String field;

    public CreditRuleViolation(String slug, String field, String message) {
        super(message);
        this.slug = slug;
        this.field = field;
    }

    public String slug() {
        return slug;
    }

    public String field() {
        return field;
    }
}
