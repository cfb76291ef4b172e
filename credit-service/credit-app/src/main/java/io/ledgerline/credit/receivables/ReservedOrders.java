package io.ledgerline.credit.receivables;

import java.math.BigDecimal;
import java.util.Map;

/** Open order amounts reserved by credit checks, per currency, for exposure; kept by the credit-check feature. */
public interface ReservedOrders {

    /** The customer's open reservations by currency; no entry for a currency with none. */
    Map<String, BigDecimal> byCurrency(String customerId);
}
