package io.ledgerline.credit.block;

/** A block or unblock refused by the customer's block state: {@link #slug()} names the rule (a 409). */
public class BlockRefused extends RuntimeException {

    private final String slug;

    public BlockRefused(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
