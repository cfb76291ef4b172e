package io.ledgerline.reporting.behaviour;

import io.ledgerline.reporting.metrics.MinorUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A customer's payment behaviour over the twelve calendar months up to a date (the last one up to that date). */
@ApplicationScoped
public class FindPaymentBehaviour {

    static final int MONTHS = 12;

    @Inject
    FindPaidInvoices findPaidInvoices;

    public PaymentBehaviour find(String customerId, LocalDate asOf) {
        LocalDate since = since(asOf);
        return of(customerId, asOf, findPaidInvoices.find(customerId, since, asOf));
    }

    /** The first day of the window that ends on {@code asOf}. */
    public static LocalDate since(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(MONTHS - 1L).atDay(1);
    }

    static PaymentBehaviour of(String customerId, LocalDate asOf, List<PaidInvoice> paid) {
        Lateness all = Lateness.of(paid);
        Map<String, List<PaidInvoice>> byCurrency = paid.stream()
                .collect(Collectors.groupingBy(PaidInvoice::currency, TreeMap::new, Collectors.toList()));
        List<PaymentBehaviour.CurrencyIndex> paydex = new ArrayList<>();
        byCurrency.forEach((currency, invoices) -> paydex.add(new PaymentBehaviour.CurrencyIndex(currency, invoices.size(),
                MinorUnit.format(invoices.stream().map(PaidInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency),
                Paydex.index(invoices))));
        List<PaymentBehaviour.Month> trend = new ArrayList<>();
        for (YearMonth month = YearMonth.from(since(asOf)); !month.isAfter(YearMonth.from(asOf)); month = month.plusMonths(1)) {
            YearMonth m = month;
            Lateness inMonth = Lateness.of(paid.stream().filter(p -> YearMonth.from(p.paidOn()).equals(m)).toList());
            trend.add(new PaymentBehaviour.Month(month, inMonth.invoicesPaid(), text(inMonth.averageDaysLate()),
                    text(inMonth.onTimeShare())));
        }
        return new PaymentBehaviour(customerId, asOf, since(asOf), all.invoicesPaid(), text(all.averageDaysLate()),
                text(all.medianDaysLate()), text(all.onTimeShare()), text(all.percentile25()), text(all.percentile75()),
                paydex, trend);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
