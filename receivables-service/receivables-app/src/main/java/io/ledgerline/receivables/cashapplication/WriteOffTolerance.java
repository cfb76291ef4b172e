package io.ledgerline.receivables.cashapplication;

import io.ledgerline.receivables.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import org.eclipse.microprofile.config.Config;

/** {@code ledgerline.writeoff.tolerance.<CCY>}: the residual per currency written off automatically; zero when not set. */
@ApplicationScoped
public class WriteOffTolerance {

    @Inject
    Config config;

    public Money of(Currency currency) {
        return config.getOptionalValue("ledgerline.writeoff.tolerance." + currency.getCurrencyCode(), BigDecimal.class)
                .map(amount -> new Money(amount, currency))
                .orElseGet(() -> Money.zero(currency));
    }
}
