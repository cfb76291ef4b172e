package io.ledgerline.customer.customer;

/** A command the customer refuses by a business rule; {@link #slug()} names the rule, {@link #field()} the part at fault. */
public class CustomerRuleViolation extends RuntimeException {

    private final String slug;
    private final String field;

    public CustomerRuleViolation(String slug, String field, String message) {
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
