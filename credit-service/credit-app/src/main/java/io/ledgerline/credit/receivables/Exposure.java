package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a customer owes or has committed, per currency: open receivables + open order amounts reserved by
 * credit checks - prepayments. Reservations and prepayments come with the credit-check increment and are
 * zero until then. Amounts travel as strings with at least two decimals.
 */
public record Exposure(String customerId, LocalDate asOf, List<InCurrency> currencies) {

    public record InCurrency(String currency, String openReceivables, String reservedOrders, String prepayments, String exposure) {
    }

    static Exposure of(CustomerReceivables receivables) {
        return new Exposure(receivables.customerId(), receivables.asOf(), receivables.currencies().stream().map(c -> {
            BigDecimal reserved = BigDecimal.ZERO;
            BigDecimal prepaid = BigDecimal.ZERO;
            return new InCurrency(c.currency(), amount(c.open()), amount(reserved), amount(prepaid),
                    amount(c.open().add(reserved).subtract(prepaid)));
        }).toList());
    }

    private static String amount(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
