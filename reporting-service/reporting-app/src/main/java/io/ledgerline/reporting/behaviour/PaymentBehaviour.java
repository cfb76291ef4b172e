package io.ledgerline.reporting.behaviour;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How one customer paid the invoices it settled from {@code since} (the first day of the month eleven months before
 * {@code asOf}'s) to {@code asOf}: counts and days per invoice, a PAYDEX-style index per currency, and a trend by month
 * of payment. Days have two decimals, shares are fractions with four; {@code null} where nothing was paid.
 */
@JsonPropertyOrder({"customerId", "asOf", "since", "invoicesPaid", "averageDaysLate", "medianDaysLate", "onTimeShare",
        "daysLate25thPercentile", "daysLate75thPercentile", "paydex", "trend"})
public record PaymentBehaviour(String customerId, LocalDate asOf, LocalDate since, int invoicesPaid, String averageDaysLate,
                               String medianDaysLate, String onTimeShare, String daysLate25thPercentile,
                               String daysLate75thPercentile, List<CurrencyIndex> paydex, List<Month> trend) {

    /** The index of the invoices paid in one currency, and what they amounted to. */
    @JsonPropertyOrder({"currency", "invoicesPaid", "amountPaid", "index"})
    public record CurrencyIndex(String currency, int invoicesPaid, String amountPaid, Integer index) {
    }

    /** The invoices paid in one calendar month. */
    @JsonPropertyOrder({"month", "invoicesPaid", "averageDaysLate", "onTimeShare"})
    public record Month(YearMonth month, int invoicesPaid, String averageDaysLate, String onTimeShare) {
    }
}
