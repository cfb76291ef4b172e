package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.Factor;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shipped defaults and facts the scoring tests compute by hand. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    static final ScorecardDefinition CARD = DefinitionYaml.scorecard(DefinitionYaml.DEFAULT_SCORECARD);
    static final CreditPolicyDefinition POLICY = DefinitionYaml.policy(DefinitionYaml.DEFAULT_POLICY);

    /** X1 0.2, X2 0.1333, X3 0.075, X4 0.7143, X5 1.5: Z' 2.2864 (grey), Z'' 3.0007 (safe). */
    static final FinancialFigures STATEMENT = figures("1200000.00", "800000.00", "450000.00", "2500000.00", "6000000.00",
            "3500000.00", "9000000.00");

    static final List<RiskSignal> SIGNALS = List.of(
            new RiskSignal("JUDICIAL_RECORD", "HIGH", LocalDate.of(2012, 12, 15)),       // 3 months: 6 x 100% x 100% = 6.00
            new RiskSignal("ENFORCEMENT_LISTING", "MEDIUM", LocalDate.of(2011, 7, 15)),  // 20 months: 3 x 150% x 50% = 2.25
            new RiskSignal("REGISTRATION_CHANGE", "LOW", LocalDate.of(2009, 11, 15)));   // 40 months: 1 x 50% x 20% = 0.10

    static final CreditFacts EVERYTHING = new CreditFacts(LocalDate.of(2009, 6, 15),
            new Money(new BigDecimal("5000000.00"), "CNY"), "PRIVATE", "WHOLESALE",
            new TradingHistory(30, 24, new Money(new BigDecimal("2000000.00"), "CNY")),
            new PaymentBehaviour(new BigDecimal("7.5"), new BigDecimal("90"), 1, 30, 0),
            STATEMENT, SIGNALS);

    /** Company basics and a statement only: no trading, payment or reputation data. */
    static final CreditFacts BASICS_AND_STATEMENT = new CreditFacts(LocalDate.of(2009, 6, 15),
            new Money(new BigDecimal("5000000.00"), "CNY"), "PRIVATE", "WHOLESALE", null, null, STATEMENT, null);

    private Fixtures() {
    }

    static FinancialFigures figures(String workingCapital, String retainedEarnings, String ebit, String bookEquity,
                                    String totalAssets, String totalLiabilities, String sales) {
        return new FinancialFigures("statement-1", LocalDate.of(2012, 12, 31), "CNY", new BigDecimal(workingCapital),
                new BigDecimal(retainedEarnings), new BigDecimal(ebit), new BigDecimal(bookEquity), new BigDecimal(totalAssets),
                new BigDecimal(totalLiabilities), new BigDecimal(sales));
    }

    static Factor factor(String id) {
        return CARD.factors().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
