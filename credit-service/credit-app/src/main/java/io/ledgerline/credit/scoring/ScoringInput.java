package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs a scorecard factor may read, by the name it uses in the scorecard ({@code input:}), and
 * how each is found in the {@link CreditFacts}. Numeric inputs are scored by bands, categorical ones
 * by categories.
 */
public enum ScoringInput {

    YEARS_SINCE_FOUNDING("yearsSinceFounding", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            if (f.foundingDate() == null) {
                return Resolution.missing("the customer's founding date is not known");
            }
            int years = Math.max(0, Period.between(f.foundingDate(), today).getYears());
            return Resolution.number(BigDecimal.valueOf(years),
                    used("foundingDate", f.foundingDate().toString(), "yearsSinceFounding", Integer.toString(years)));
        }
    },
    REGISTERED_CAPITAL("registeredCapital", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            Money capital = f.registeredCapital();
            if (capital == null) {
                return Resolution.missing("the customer's registered capital is not known");
            }
            if (!capital.currency().equals(card.currency())) {
                return Resolution.missing("registered capital is in " + capital.currency() + ", the scorecard's bands in "
                        + card.currency() + " and no rate is stated");
            }
            return Resolution.number(capital.amount(), used("registeredCapital", capital.amount().toPlainString() + " " + capital.currency()));
        }
    },
    OWNERSHIP_TYPE("ownershipType", false) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.ownershipType() == null ? Resolution.missing("the customer's ownership type is not known")
                    : Resolution.category(f.ownershipType(), used("ownershipType", f.ownershipType()));
        }
    },
    MONTHS_OF_RELATIONSHIP("monthsOfRelationship", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.trading() == null ? noTrading()
                    : whole("monthsOfRelationship", f.trading().monthsOfRelationship());
        }
    },
    INVOICES_LAST_12_MONTHS("invoicesLast12Months", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.trading() == null ? noTrading()
                    : whole("invoicesLast12Months", f.trading().invoicesLast12Months());
        }
    },
    VOLUME_LAST_12_MONTHS("volumeLast12Months", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            if (f.trading() == null || f.trading().volumeLast12Months() == null) {
                return noTrading();
            }
            Money volume = f.trading().volumeLast12Months();
            if (!volume.currency().equals(card.currency())) {
                return Resolution.missing("volume is in " + volume.currency() + ", the scorecard's bands in "
                        + card.currency() + " and no rate is stated");
            }
            return Resolution.number(volume.amount(), used("volumeLast12Months", volume.amount().toPlainString() + " " + volume.currency()));
        }
    },
    AVERAGE_DAYS_LATE("averageDaysLate", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.payments() == null ? noPayments() : f.payments().averageDaysLate() == null ? nothingPaid()
                    : Resolution.number(f.payments().averageDaysLate(),
                    used("averageDaysLate", f.payments().averageDaysLate().toPlainString()));
        }
    },
    PERCENT_PAID_ON_TIME("percentPaidOnTime", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.payments() == null ? noPayments() : f.payments().percentPaidOnTime() == null ? nothingPaid()
                    : Resolution.number(f.payments().percentPaidOnTime(),
                    used("percentPaidOnTime", f.payments().percentPaidOnTime().toPlainString()));
        }
    },
    OVERDUE_INVOICES("overdueInvoices", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.payments() == null ? noPayments() : whole("overdueInvoices", f.payments().overdueInvoices());
        }
    },
    OLDEST_OVERDUE_DAYS("oldestOverdueDays", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.payments() == null ? noPayments() : whole("oldestOverdueDays", f.payments().oldestOverdueDays());
        }
    },
    WRITE_OFFS_LAST_24_MONTHS("writeOffsLast24Months", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            return f.payments() == null ? noPayments() : whole("writeOffsLast24Months", f.payments().writeOffsLast24Months());
        }
    },
    ALTMAN_ZONE("altmanZone", false) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            FinancialFigures s = f.statement();
            if (s == null) {
                return Resolution.missing("no financial statement was submitted");
            }
            boolean manufacturer = f.industry() != null && card.altman().manufacturingIndustries().contains(f.industry());
            Altman.Result r = Altman.score(manufacturer ? Altman.Model.Z_PRIME : Altman.Model.Z_DOUBLE_PRIME, s, card.altman());
            Map<String, String> used = new LinkedHashMap<>();
            used.put("statementId", s.statementId());
            used.put("periodEnd", s.periodEnd().toString());
            used.put("industry", f.industry() == null ? "unknown" : f.industry());
            used.put("model", r.model().label());
            used.put("x1", r.x1().toPlainString());
            used.put("x2", r.x2().toPlainString());
            used.put("x3", r.x3().toPlainString());
            used.put("x4", r.x4().toPlainString());
            if (r.model() == Altman.Model.Z_PRIME) {
                used.put("x5", r.x5().toPlainString());
            }
            used.put("z", r.z().toPlainString());
            used.put("altmanZone", r.zone().name());
            return Resolution.category(r.zone().name(), used);
        }
    },
    REPUTATION_PENALTY("reputationPenalty", true) {
        @Override
        Resolution resolve(CreditFacts f, ScorecardDefinition card, LocalDate today) {
            if (f.riskSignals() == null) {
                return Resolution.missing("the customer's public risk signals are not known to credit-service");
            }
            Reputation.Penalty p = Reputation.penalty(f.riskSignals(), card.reputation(), today);
            return Resolution.number(p.total(), used("signals", Integer.toString(f.riskSignals().size()),
                    "reputationPenalty", p.total().toPlainString()));
        }
    };

    private final String key;
    private final boolean numeric;

    ScoringInput(String key, boolean numeric) {
        this.key = key;
        this.numeric = numeric;
    }

    /** The name a scorecard uses for this input. */
    public String key() {
        return key;
    }

    /** Scored by bands when numeric, by categories otherwise. */
    public boolean numeric() {
        return numeric;
    }

    abstract Resolution resolve(CreditFacts facts, ScorecardDefinition card, LocalDate today);

    public static Optional<ScoringInput> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    private static Resolution noTrading() {
        return Resolution.missing("no trading history with the customer is known to credit-service");
    }

    private static Resolution noPayments() {
        return Resolution.missing("no payment history of the customer is known to credit-service");
    }

    private static Resolution nothingPaid() {
        return Resolution.missing("no invoice of the customer was paid in the last 12 months");
    }

    private static Resolution whole(String name, int value) {
        return Resolution.number(BigDecimal.valueOf(value), used(name, Integer.toString(value)));
    }

    private static Map<String, String> used(String... pairs) {
        Map<String, String> used = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            used.put(pairs[i], pairs[i + 1]);
        }
        return used;
    }
}
