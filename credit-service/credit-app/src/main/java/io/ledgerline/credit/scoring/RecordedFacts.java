package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.AssessedFacts;
import java.util.List;

/**
 * {@link CreditFacts} as an assessment records them ({@link AssessedFacts}) and back, losslessly: scoring the facts read
 * back gives the score the assessment had under the same scorecard and date.
 */
public final class RecordedFacts {

    private RecordedFacts() {
    }

    public static AssessedFacts record(CreditFacts f) {
        TradingHistory t = f.trading();
        PaymentBehaviour p = f.payments();
        FinancialFigures s = f.statement();
        return new AssessedFacts(f.foundingDate(), money(f.registeredCapital()), f.ownershipType(), f.industry(),
                t == null ? null : new AssessedFacts.Trading(t.monthsOfRelationship(), t.invoicesLast12Months(),
                        money(t.volumeLast12Months())),
                p == null ? null : new AssessedFacts.Payments(p.averageDaysLate(), p.percentPaidOnTime(), p.overdueInvoices(),
                        p.oldestOverdueDays(), p.writeOffsLast24Months()),
                s == null ? null : new AssessedFacts.Statement(s.statementId(), s.periodEnd(), s.currency(), s.workingCapital(),
                        s.retainedEarnings(), s.ebit(), s.bookEquity(), s.totalAssets(), s.totalLiabilities(), s.sales()),
                f.riskSignals() == null ? null : f.riskSignals().stream()
                        .map(r -> new AssessedFacts.Signal(r.kind(), r.severity(), r.observedOn())).toList());
    }

    public static CreditFacts replay(AssessedFacts f) {
        AssessedFacts.Trading t = f.trading();
        AssessedFacts.Payments p = f.payments();
        AssessedFacts.Statement s = f.statement();
        List<RiskSignal> signals = f.riskSignals() == null ? null : f.riskSignals().stream()
                .map(r -> new RiskSignal(r.kind(), r.severity(), r.observedOn())).toList();
        return new CreditFacts(f.foundingDate(), money(f.registeredCapital()), f.ownershipType(), f.industry(),
                t == null ? null : new TradingHistory(t.monthsOfRelationship(), t.invoicesLast12Months(), money(t.volumeLast12Months())),
                p == null ? null : new PaymentBehaviour(p.averageDaysLate(), p.percentPaidOnTime(), p.overdueInvoices(),
                        p.oldestOverdueDays(), p.writeOffsLast24Months()),
                s == null ? null : new FinancialFigures(s.statementId(), s.periodEnd(), s.currency(), s.workingCapital(),
                        s.retainedEarnings(), s.ebit(), s.bookEquity(), s.totalAssets(), s.totalLiabilities(), s.sales()),
                signals);
    }

    private static io.ledgerline.credit.api.v1.Money money(Money m) {
        return m == null ? null : new io.ledgerline.credit.api.v1.Money(m.amount(), m.currency());
    }

    private static Money money(io.ledgerline.credit.api.v1.Money m) {
        return m == null ? null : new Money(m.amount(), m.currency());
    }
}
