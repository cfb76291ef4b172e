package io.ledgerline.credit.reassessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What a sweep as of {@code asOf} marked due ({@code marked}; customers already due are not listed again), the rules it
 * applied ({@code overdueDays}, {@code everyDays}), whether it only looked ({@code dryRun}) and how many customers are
 * due after it ({@code due}).
 */
public record Sweep(LocalDate asOf, boolean dryRun, int overdueDays, int everyDays, List<Marked> marked, long due) {

    /** A customer the sweep marked due: why, and since when. */
    public record Marked(String customerId, String trigger, String cause, LocalDate since) {

        static Marked of(Due due) {
            return new Marked(due.customerId(), due.trigger(), due.cause(), due.since());
        }
    }
}
