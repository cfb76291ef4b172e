package io.ledgerline.receivables.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at the currency's own scale (2 for USD, 0 for JPY), so equal
 * amounts are equal values. Arithmetic across currencies is refused, never converted.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidMoneyException(currency.getCurrencyCode() + " is not a currency money can be counted in");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidMoneyException(amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        amount = amount.setScale(digits);
    }

    /** Parses a decimal string such as {@code "55.94"} in an ISO 4217 currency such as {@code "USD"}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parse(amount), currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money fromContract(io.ledgerline.receivables.api.v1.Money money) {
        if (money == null) {
            throw new InvalidMoneyException("money is missing");
        }
        return new Money(Objects.requireNonNull(money.amount(), "amount"), currency(money.currency()));
    }

    public io.ledgerline.receivables.api.v1.Money toContract() {
        return new io.ledgerline.receivables.api.v1.Money(amount, currency.getCurrencyCode());
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        if (!sameCurrencyAs(Objects.requireNonNull(other, "other"))) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    private static BigDecimal parse(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidMoneyException("amount is missing");
        }
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidMoneyException("'" + amount + "' is not a decimal amount");
        }
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidMoneyException("currency is missing");
        }
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("unknown ISO 4217 currency '" + code + "'");
        }
    }
}
