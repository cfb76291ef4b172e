package io.ledgerline.credit.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything credit-service knows about a customer when it scores it. Any part may be null: not
 * known. {@code riskSignals} null means the customer's signals are not known at all; an empty list
 * means none were reported.
 */
public record CreditFacts(
        LocalDate foundingDate,
        Money registeredCapital,
        String ownershipType,
        String industry,
        TradingHistory trading,
        PaymentBehaviour payments,
        FinancialFigures statement,
        List<RiskSignal> riskSignals) {

    public CreditFacts {
        riskSignals = riskSignals == null ? null : List.copyOf(riskSignals);
    }

    public static CreditFacts nothingKnown() {
        return new CreditFacts(null, null, null, null, null, null, null, null);
    }

    public CreditFacts withStatement(FinancialFigures figures) {
        return new CreditFacts(foundingDate, registeredCapital, ownershipType, industry, trading, payments, figures, riskSignals);
    }
}
