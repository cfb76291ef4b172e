package io.ledgerline.credit.application;

/**
 * A command on a credit application refused by a rule: {@link #slug()} names it; {@link Kind#FORBIDDEN}
 * when the user may not do it (maker-checker), {@link Kind#CONFLICT} when the application's state forbids it.
 */
public class ApplicationRefused extends RuntimeException {

    /** Whether the refusal is about who asks or about the application's state. */
    public enum Kind { FORBIDDEN, CONFLICT }

    private final String slug;
    private final Kind kind;

    public ApplicationRefused(String slug, Kind kind, String message) {
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
