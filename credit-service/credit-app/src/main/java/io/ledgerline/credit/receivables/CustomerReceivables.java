package io.ledgerline.credit.receivables;

import io.ledgerline.credit.scoring.Money;
import io.ledgerline.credit.scoring.PaymentBehaviour;
import io.ledgerline.credit.scoring.TradingHistory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a customer's receivables say as of a business date, for scoring: trading history and payment
 * behaviour are both missing (null) while no item was issued by then. Money bands are in the
 * scorecard's currency; volume invoiced in another currency makes the volume missing, never converted.
 */
public record CustomerReceivables(String customerId, LocalDate asOf, List<CurrencyLedger> currencies) {

    public CustomerReceivables {
        currencies = currencies.stream().sorted(Comparator.comparing(CurrencyLedger::currency)).toList();
    }

    public boolean anyIssued() {
        return currencies.stream().anyMatch(c -> c.firstIssued() != null);
    }

    /** Months since the first item, items and the volume in the 12 months up to {@code asOf}; null when none was issued. */
    public TradingHistory trading(String scorecardCurrency) {
        if (!anyIssued()) {
            return null;
        }
        LocalDate first = currencies.stream().map(CurrencyLedger::firstIssued).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow();
        int months = Math.toIntExact(Period.between(first, asOf).toTotalMonths());
        int invoices = currencies.stream().mapToInt(CurrencyLedger::invoicesLast12Months).sum();
        Money volume = currencies.stream()
                .filter(c -> !c.currency().equals(scorecardCurrency) && c.invoicesLast12Months() > 0)
                .findFirst()
                .map(other -> new Money(other.volumeLast12Months(), other.currency()))
                .orElseGet(() -> new Money(currencies.stream().filter(c -> c.currency().equals(scorecardCurrency))
                        .map(CurrencyLedger::volumeLast12Months).findFirst().orElse(BigDecimal.ZERO), scorecardCurrency));
        return new TradingHistory(months, invoices, volume);
    }

    /**
     * Average days late and the percent paid on time over items paid in the 12 months up to {@code asOf}
     * (both null when none was), items overdue at {@code asOf} and the days since the earliest due date
     * among them, items with a write-off in the 24 months up to {@code asOf}; null when none was issued.
     */
    public PaymentBehaviour payments() {
        if (!anyIssued()) {
            return null;
        }
        int paid = currencies.stream().mapToInt(CurrencyLedger::paidLast12Months).sum();
        BigDecimal averageDaysLate = null;
        BigDecimal percentOnTime = null;
        if (paid > 0) {
            long daysLate = currencies.stream().mapToLong(CurrencyLedger::daysLateSum).sum();
            int onTime = currencies.stream().mapToInt(CurrencyLedger::paidOnTime).sum();
            averageDaysLate = BigDecimal.valueOf(daysLate).divide(BigDecimal.valueOf(paid), 2, RoundingMode.HALF_UP);
            percentOnTime = BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(paid), 2, RoundingMode.HALF_UP);
        }
        int overdue = currencies.stream().mapToInt(CurrencyLedger::overdue).sum();
        int oldestDays = currencies.stream().map(CurrencyLedger::oldestDue).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .map(due -> Math.toIntExact(ChronoUnit.DAYS.between(due, asOf))).orElse(0);
        int writeOffs = currencies.stream().mapToInt(CurrencyLedger::writtenOffLast24Months).sum();
        return new PaymentBehaviour(averageDaysLate, percentOnTime, overdue, oldestDays, writeOffs);
    }
}
