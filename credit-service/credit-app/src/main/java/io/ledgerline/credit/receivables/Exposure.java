package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a customer owes or has committed, per currency: open receivables + open order amounts reserved by
 * credit checks (approved or released and not cancelled) - prepayments, per currency the customer was invoiced
 * or has a reservation in. Prepayments are zero until they are recorded. Amounts travel as strings with at least two decimals.
 */
public record Exposure(String customerId, LocalDate asOf, List<InCurrency> currencies) {

    public record InCurrency(String currency, String openReceivables, String reservedOrders, String prepayments, String exposure) {
    }

    static Exposure of(CustomerReceivables receivables, Map<String, BigDecimal> reservedByCurrency) {
        TreeSet<String> currencies = new TreeSet<>(reservedByCurrency.keySet());
        receivables.currencies().forEach(c -> currencies.add(c.currency()));
        return new Exposure(receivables.customerId(), receivables.asOf(), currencies.stream().map(currency -> {
            BigDecimal open = receivables.currencies().stream().filter(c -> c.currency().equals(currency))
                    .map(CurrencyLedger::open).findFirst().orElse(BigDecimal.ZERO);
            BigDecimal reserved = reservedByCurrency.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal prepaid = BigDecimal.ZERO;
            return new InCurrency(currency, amount(open), amount(reserved), amount(prepaid),
                    amount(open.add(reserved).subtract(prepaid)));
        }).toList());
    }

    private static String amount(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
