package io.ledgerline.collections.arrangement;

/** A promise or plan {@link Arrangements} refuses: {@code slug} names the rule, {@code field} the part of the request at fault. */
public class ArrangementRefused extends RuntimeException {

    private final String slug;
    private final String field;

    public ArrangementRefused(String slug, String detail, String field) {
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
