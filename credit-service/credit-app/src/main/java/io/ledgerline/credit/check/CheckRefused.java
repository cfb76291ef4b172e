package io.ledgerline.credit.check;

/** A command on a credit check refused by a rule: {@link #slug()} names it; FORBIDDEN for who asks, CONFLICT for the check's state. */
public class CheckRefused extends RuntimeException {

    /** Whether the refusal is about who asks or about the check's state. */
    public enum Kind { FORBIDDEN, CONFLICT }

    private final String slug;
    private final Kind kind;

    public CheckRefused(String slug, Kind kind, String message) {
        super(message);
        this.slug = slug;
        this.kind = kind;
    }

    public String slug() {
        return slug;
    }

    public Kind kind() {
        return kind;
    }
}
