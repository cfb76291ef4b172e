package io.ledgerline.receivables.latefee;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.refusal.RequestFields;
import java.time.Clock;
import java.time.LocalDate;

/** The business date a run is asked for: today by the business clock unless stated, never after today. */
public final class RunDate {

    private RunDate() {
    }

    /** {@code asOf} (null or absent: the clock's today); a date after today is refused with 422 {@code as-of-in-the-future}. */
    public static LocalDate of(String asOf, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (asOf == null) {
            return today;
        }
        LocalDate date = RequestFields.date("asOf", asOf);
        if (date.isAfter(today)) {
            throw ProblemException.ruleViolated("as-of-in-the-future",
                    "asOf " + date + " is after today's business date " + today, "asOf");
        }
        return date;
    }

    /** A run's request body: {@code {"asOf":"2013-03-01"}}, or none for today. */
    public record Request(String asOf) {
    }
}
