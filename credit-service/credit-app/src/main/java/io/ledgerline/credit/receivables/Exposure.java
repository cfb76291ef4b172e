package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a customer owes or has committed, per currency: open receivables + open order amounts reserved by
 * credit checks (approved or released and not cancelled) - prepayments (its payments' cash not applied to any item), per
 * currency the customer was invoiced in, paid in or has a reservation in; cash on account can make it negative. Amounts
 * travel as strings with at least two decimals.
 */
public record Exposure(String customerId, LocalDate asOf, List<InCurrency> currencies) {

    public record InCurrency(String currency, String openReceivables, String reservedOrders, String prepayments, String exposure) {
    }

    public static Exposure of(CustomerReceivables receivables, Map<String, BigDecimal> reservedByCurrency) {
        TreeSet<String> currencies = new TreeSet<>(reservedByCurrency.keySet());
        receivables.currencies().forEach(c -> currencies.add(c.currency()));
        return new Exposure(receivables.customerId(), receivables.asOf(), currencies.stream().map(currency -> {
            CurrencyLedger ledger = receivables.currencies().stream().filter(c -> c.currency().equals(currency)).findFirst()
                    .orElse(null);
            BigDecimal open = ledger == null ? BigDecimal.ZERO : ledger.open();
            BigDecimal reserved = reservedByCurrency.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal prepaid = ledger == null ? BigDecimal.ZERO : ledger.prepayments();
            return new InCurrency(currency, amount(open), amount(reserved), amount(prepaid),
                    amount(open.add(reserved).subtract(prepaid)));
        }).toList());
    }

    private static String amount(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
