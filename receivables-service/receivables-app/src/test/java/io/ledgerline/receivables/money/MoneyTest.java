package io.ledgerline.receivables.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Nested
    class Of {

        @Test
        void normalizes_to_the_currency_scale() {
            assertThat(Money.of("55.9", "USD").amount()).isEqualTo(new BigDecimal("55.90"));
            assertThat(Money.of("1200", "JPY").amount()).isEqualTo(new BigDecimal("1200"));
            assertThat(Money.of("10", "USD")).isEqualTo(Money.of("10.00", "USD"));
        }

        @Test
        void accepts_trailing_zeros_beyond_the_currency_scale() {
            assertThat(Money.of("1.500", "USD")).isEqualTo(Money.of("1.50", "USD"));
        }

        @Test
        void rejects_more_decimals_than_the_currency_allows() {
            assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(InvalidMoneyException.class);
            assertThatThrownBy(() -> Money.of("100.5", "JPY")).isInstanceOf(InvalidMoneyException.class);
        }

        @Test
        void rejects_unknown_currency_codes() {
            assertThatThrownBy(() -> Money.of("1.00", "XYZ")).isInstanceOf(InvalidMoneyException.class);
            assertThatThrownBy(() -> Money.of("1.00", "usd")).isInstanceOf(InvalidMoneyException.class);
        }

        @Test
        void rejects_currencies_without_a_minor_unit() {
            assertThatThrownBy(() -> Money.of("1", "XAU")).isInstanceOf(InvalidMoneyException.class);
        }

        @Test
        void rejects_what_is_not_a_number() {
            assertThatThrownBy(() -> Money.of("ten", "USD")).isInstanceOf(InvalidMoneyException.class);
            assertThatThrownBy(() -> Money.of(" ", "USD")).isInstanceOf(InvalidMoneyException.class);
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void adds_and_subtracts_in_one_currency() {
            assertThat(Money.of("55.90", "USD").plus(Money.of("0.10", "USD"))).isEqualTo(Money.of("56", "USD"));
            assertThat(Money.of("55.90", "USD").minus(Money.of("55.90", "USD")).isZero()).isTrue();
        }

        @Test
        void min_picks_the_smaller_amount() {
            assertThat(Money.of("30", "EUR").min(Money.of("20", "EUR"))).isEqualTo(Money.of("20", "EUR"));
        }

        @Test
        void knows_its_sign() {
            assertThat(Money.of("0.01", "USD").isPositive()).isTrue();
            assertThat(Money.of("0", "USD").isPositive()).isFalse();
            assertThat(Money.of("-1", "USD").isPositive()).isFalse();
        }

        @Test
        void rejects_other_currency() {
            Money usd = Money.of("10", "USD");
            Money eur = Money.of("10", "EUR");
            assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class);
            assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class);
            assertThatThrownBy(() -> usd.min(eur)).isInstanceOf(CurrencyMismatchException.class);
            assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
        }
    }

    @Nested
    class Contract {

        @Test
        void round_trips_through_the_published_money() {
            Money money = Money.of("55.9", "USD");
            assertThat(money.toContract())
                    .isEqualTo(new io.ledgerline.receivables.api.v1.Money(new BigDecimal("55.90"), "USD"));
            assertThat(Money.fromContract(money.toContract())).isEqualTo(money);
        }
    }
}
