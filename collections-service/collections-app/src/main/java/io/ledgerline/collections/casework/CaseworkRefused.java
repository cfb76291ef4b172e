package io.ledgerline.collections.casework;

/**
 * A command {@link Casework} or {@code Arrangements} (promises and plans) refuses: {@code slug} names the rule,
 * {@code field} the part of the request at fault.
 */
public class CaseworkRefused extends RuntimeException {

    private final String slug;
    private final String field;

    public CaseworkRefused(String slug, String detail, String field) {
        super(detail);
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
