package io.ledgerline.receivables.invoice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.receivables.api.v1.DisputeOpened;
import io.ledgerline.receivables.api.v1.DisputeResolved;
import io.ledgerline.receivables.api.v1.InvoiceCredited;
import io.ledgerline.receivables.api.v1.InvoiceDebited;
import io.ledgerline.receivables.api.v1.InvoiceIssued;
import io.ledgerline.receivables.api.v1.InvoiceWrittenOff;
import io.ledgerline.receivables.api.v1.LateFeeCharged;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.api.v1.PaymentUnapplied;
import io.ledgerline.receivables.invoice.InvoiceCommand.AccrueLateFee;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.CreditInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.DebitInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.OpenDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.ResolveDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.UnapplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.WriteOffInvoice;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.InvalidMoneyException;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * Invariant: the open amount stays between zero and the issued amount plus debits, open disputes never
 * exceed it, late fees never exceed the clause's cap; every movement is in the invoice's currency.
 */
public class Invoice {

    static final String SYSTEM = "system";
    static final String RESIDUAL = "residual below tolerance";

    @AggregateIdentifier
    private String invoiceId;
    private String invoiceNumber;
    private String customerId;
    private Money open;
    /** What each payment has settled here (net of unapplications), so a reversal restores exactly that. */
    private final Map<String, Money> appliedByPayment = new HashMap<>();
    private final Map<String, LocalDate> lastAppliedOn = new HashMap<>();
    private final Set<String> creditMemos = new HashSet<>();
    private final Map<String, Money> openDisputes = new HashMap<>();
    private LocalDate issueDate;
    private LocalDate dueDate;
    /** The issued amount plus debits: what the invoice asks for, the base of the late-fee cap. */
    private Money asked;
    private LateFeeClause lateFee;
    private final Set<String> debits = new HashSet<>();
    /** Every change of the open amount, dated, so a late fee can be accrued on any day's open amount. */
    private final List<Movement> movements = new ArrayList<>();
    private final Map<String, DisputeSpan> disputes = new HashMap<>();
    private Money feesCharged;
    private LocalDate lastChargedOn;

    /** The open amount changed by {@code change} on {@code on}. */
    private record Movement(LocalDate on, Money change) {
    }

    /** A dispute keeps {@code amount} out of the late-fee base from {@code openedOn} until {@code resolvedOn}. */
    private record DisputeSpan(LocalDate openedOn, Money amount, LocalDate resolvedOn) {
        boolean openAt(LocalDate day) {
            return !openedOn.isAfter(day) && (resolvedOn == null || resolvedOn.isAfter(day));
        }
    }

    protected Invoice() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Invoice(IssueInvoice command) {
        if (!command.amount().isPositive()) {
            throw new InvalidInvoiceException("amount", "amount must be positive, got " + command.amount());
        }
        if (command.dueDate().isBefore(command.issueDate())) {
            throw new InvalidInvoiceException("dueDate",
                    "dueDate " + command.dueDate() + " is before issueDate " + command.issueDate());
        }
        apply(new InvoiceIssued(command.invoiceId(), command.externalId(), command.invoiceNumber(),
                command.customerId(), command.issueDate(), command.dueDate(), command.amount().toContract(),
                command.itemType(), command.contractId(), command.feeForInvoiceId(), command.lateFee(), command.productLine()));
    }

    /** Raises the open amount by a debit adjustment; a repeat of the same debit changes nothing. */
    @CommandHandler
    public Money handle(DebitInvoice command) {
        Money amount = command.amount();
        if (!amount.sameCurrencyAs(open)) {
            throw new CurrencyMismatchException(open.currency(), amount.currency());
        }
        if (!amount.isPositive()) {
            throw new InvalidInvoiceException("amount", "a debit must be positive, got " + amount);
        }
        if (command.debitedOn().isBefore(issueDate)) {
            throw new InvalidInvoiceException("debitedOn",
                    "debitedOn " + command.debitedOn() + " is before the invoice's issue date " + issueDate);
        }
        if (debits.contains(command.debitId())) {
            return Money.zero(open.currency());
        }
        apply(new InvoiceDebited(invoiceId, invoiceNumber, customerId, command.debitId(), command.externalId(),
                command.debitedOn(), amount.toContract(), command.reason()));
        return amount;
    }

    /**
     * Charges what the clause accrued up to {@code asOf} beyond what was charged before: the rate per
     * day times the undisputed open amount at the end of each day after the due date plus grace, as
     * this invoice's own dated history says, rounded half-even, capped at the clause's share of
     * {@link #asked}. Returns the amount charged; zero without a clause, within grace, at the cap,
     * or for a date before an earlier charge.
     */
    @CommandHandler
    public Money handle(AccrueLateFee command) {
        Money none = Money.zero(open.currency());
        if (lateFee == null || (lastChargedOn != null && command.asOf().isBefore(lastChargedOn))) {
            return none;
        }
        Money accrued = accruedUpTo(command.asOf()).min(cap());
        Money charge = accrued.minus(feesCharged);
        if (!charge.isPositive()) {
            return none;
        }
        apply(new LateFeeCharged(invoiceId, invoiceNumber, customerId, command.feeInvoiceId(), command.feeInvoiceNumber(),
                command.asOf(), charge.toContract(), accrued.toContract()));
        return charge;
    }

    private Money accruedUpTo(LocalDate asOf) {
        BigDecimal overdueDays = BigDecimal.ZERO;
        for (LocalDate day = dueDate.plusDays(lateFee.graceDays() + 1L); !day.isAfter(asOf); day = day.plusDays(1)) {
            overdueDays = overdueDays.add(undisputedOpenAt(day).amount());
        }
        return scaled(overdueDays.multiply(lateFee.ratePerDay()), RoundingMode.HALF_EVEN);
    }

    private Money undisputedOpenAt(LocalDate day) {
        Money openThen = movements.stream().filter(m -> !m.on().isAfter(day))
                .map(Movement::change).reduce(Money.zero(open.currency()), Money::plus);
        Money disputedThen = disputes.values().stream().filter(d -> d.openAt(day))
                .map(DisputeSpan::amount).reduce(Money.zero(open.currency()), Money::plus);
        Money undisputed = openThen.minus(disputedThen);
        return undisputed.isPositive() ? undisputed : Money.zero(open.currency());
    }

    /** Fees together never exceed the cap, so it rounds down. */
    private Money cap() {
        return scaled(asked.amount().multiply(lateFee.capPercent()).movePointLeft(2), RoundingMode.DOWN);
    }

    private static Money negative(Money amount) {
        return Money.zero(amount.currency()).minus(amount);
    }

    private Money scaled(BigDecimal amount, RoundingMode rounding) {
        return new Money(amount.setScale(open.currency().getDefaultFractionDigits(), rounding), open.currency());
    }

    /**
     * Applies at most the open amount and returns what it applied (zero once the invoice is settled).
     * A residual left at or below the tolerance is written off by the system in the same step.
     */
    @CommandHandler
    public Money handle(ApplyPayment command) {
        Money requested = command.requested();
        if (!requested.sameCurrencyAs(open)) {
            throw new CurrencyMismatchException(open.currency(), requested.currency());
        }
        if (!requested.isPositive()) {
            throw new InvalidInvoiceException("requested", "a payment must apply a positive amount, got " + requested);
        }
        Money applied = requested.min(open);
        if (applied.isZero()) {
            return applied;
        }
        apply(new PaymentApplied(invoiceId, invoiceNumber, command.paymentId(), customerId,
                command.appliedOn(), applied.toContract(), command.method()));
        Money tolerance = command.writeOffTolerance();
        if (tolerance != null && open.isPositive() && open.sameCurrencyAs(tolerance) && !open.isGreaterThan(tolerance)) {
            apply(new InvoiceWrittenOff(invoiceId, invoiceNumber, customerId, command.appliedOn(),
                    open.toContract(), RESIDUAL, true, SYSTEM));
        }
        return applied;
    }

    /** Credits the memo's amount; a repeat of the same memo changes nothing. */
    @CommandHandler
    public Money handle(CreditInvoice command) {
        Money amount = command.amount();
        if (!amount.sameCurrencyAs(open)) {
            throw new CurrencyMismatchException(open.currency(), amount.currency());
        }
        if (!amount.isPositive()) {
            throw new InvalidInvoiceException("amount", "a credit must be positive, got " + amount);
        }
        if (creditMemos.contains(command.creditMemoId())) {
            return Money.zero(open.currency());
        }
        if (amount.isGreaterThan(open)) {
            throw new RuleViolation("credit-exceeds-open-amount", "amount",
                    "a credit of " + amount + " exceeds the open amount " + open + " of invoice " + invoiceNumber);
        }
        apply(new InvoiceCredited(invoiceId, invoiceNumber, customerId, command.creditMemoId(),
                command.creditedOn(), amount.toContract()));
        return amount;
    }

    @CommandHandler
    public Money handle(WriteOffInvoice command) {
        if (!open.isPositive()) {
            throw new RuleViolation("nothing-open", "amount", "invoice " + invoiceNumber + " has nothing open to write off");
        }
        Money amount = command.amount() == null ? open : money("amount", command.amount());
        if (amount.isGreaterThan(open)) {
            throw new RuleViolation("write-off-exceeds-open-amount", "amount",
                    "a write-off of " + amount + " exceeds the open amount " + open + " of invoice " + invoiceNumber);
        }
        apply(new InvoiceWrittenOff(invoiceId, invoiceNumber, customerId, command.writtenOffOn(),
                amount.toContract(), command.reason(), false, command.writtenOffBy()));
        return amount;
    }

    /**
     * Restores exactly what the payment settled here, never dated before it was applied (an
     * application back-dated to a later invoice date is undone no earlier than that date).
     */
    @CommandHandler
    public Money handle(UnapplyPayment command) {
        Money applied = appliedByPayment.get(command.paymentId());
        if (applied == null || applied.isZero()) {
            return Money.zero(open.currency());
        }
        LocalDate appliedOn = lastAppliedOn.get(command.paymentId());
        LocalDate unappliedOn = command.unappliedOn().isBefore(appliedOn) ? appliedOn : command.unappliedOn();
        apply(new PaymentUnapplied(invoiceId, invoiceNumber, command.paymentId(), customerId, unappliedOn,
                applied.toContract(), command.reason()));
        return applied;
    }

    @CommandHandler
    public void handle(OpenDispute command) {
        Money amount = money("amount", command.amount());
        if (openDisputes.containsKey(command.disputeId())) {
            throw new RuleViolation("dispute-exists", "disputeId", "dispute " + command.disputeId() + " is already open");
        }
        Money disputed = openDisputes.values().stream().reduce(Money.zero(open.currency()), Money::plus);
        Money undisputed = open.minus(disputed);
        if (amount.isGreaterThan(undisputed)) {
            throw new RuleViolation("dispute-exceeds-open-amount", "amount",
                    "a dispute of " + amount + " exceeds what is open and not yet disputed (" + undisputed
                            + ") on invoice " + invoiceNumber);
        }
        apply(new DisputeOpened(command.disputeId(), invoiceId, invoiceNumber, customerId, command.openedOn(),
                amount.toContract(), command.reason()));
    }

    /** Returns what an upheld dispute credited: the disputed amount, at most what is still open. */
    @CommandHandler
    public DisputeCredit handle(ResolveDispute command) {
        Money disputed = openDisputes.get(command.disputeId());
        if (disputed == null) {
            throw new RuleViolation("no-such-open-dispute", "disputeId",
                    "invoice " + invoiceNumber + " has no open dispute " + command.disputeId());
        }
        boolean upheld = DisputeResolved.UPHELD.equals(command.outcome());
        if (!upheld && !DisputeResolved.REJECTED.equals(command.outcome())) {
            throw new InvalidInvoiceException("outcome", "outcome must be UPHELD or REJECTED, got " + command.outcome());
        }
        Money credit = upheld ? disputed.min(open) : Money.zero(open.currency());
        String creditMemoId = credit.isPositive() ? command.creditMemoId() : null;
        apply(new DisputeResolved(command.disputeId(), invoiceId, invoiceNumber, customerId, command.resolvedOn(),
                command.outcome(), creditMemoId));
        if (credit.isPositive()) {
            apply(new InvoiceCredited(invoiceId, invoiceNumber, customerId, creditMemoId, command.resolvedOn(),
                    credit.toContract()));
        }
        return new DisputeCredit(customerId, invoiceNumber, credit);
    }

    private Money money(String field, BigDecimal amount) {
        Money money;
        try {
            money = new Money(amount, open.currency());
        } catch (InvalidMoneyException e) {
            throw new InvalidInvoiceException(field, e.getMessage());
        }
        if (!money.isPositive()) {
            throw new InvalidInvoiceException(field, field + " must be positive, got " + money);
        }
        return money;
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        invoiceNumber = event.invoiceNumber();
        customerId = event.customerId();
        open = Money.fromContract(event.amount());
        asked = open;
        issueDate = event.issueDate();
        dueDate = event.dueDate();
        lateFee = event.lateFee();
        feesCharged = Money.zero(open.currency());
        movements.add(new Movement(event.issueDate(), open));
    }

    @EventSourcingHandler
    void on(InvoiceDebited event) {
        Money amount = Money.fromContract(event.amount());
        open = open.plus(amount);
        asked = asked.plus(amount);
        debits.add(event.debitId());
        movements.add(new Movement(event.debitedOn(), amount));
    }

    @EventSourcingHandler
    void on(LateFeeCharged event) {
        feesCharged = Money.fromContract(event.accruedToDate());
        lastChargedOn = event.chargedOn();
    }

    @EventSourcingHandler
    void on(PaymentApplied event) {
        Money amount = Money.fromContract(event.amount());
        open = open.minus(amount);
        appliedByPayment.merge(event.paymentId(), amount, Money::plus);
        lastAppliedOn.put(event.paymentId(), event.appliedOn());
        movements.add(new Movement(event.appliedOn(), negative(amount)));
    }

    @EventSourcingHandler
    void on(PaymentUnapplied event) {
        Money amount = Money.fromContract(event.amount());
        open = open.plus(amount);
        appliedByPayment.merge(event.paymentId(), amount, Money::minus);
        movements.add(new Movement(event.unappliedOn(), amount));
    }

    @EventSourcingHandler
    void on(InvoiceCredited event) {
        Money amount = Money.fromContract(event.amount());
        open = open.minus(amount);
        creditMemos.add(event.creditMemoId());
        movements.add(new Movement(event.creditedOn(), negative(amount)));
    }

    @EventSourcingHandler
    void on(InvoiceWrittenOff event) {
        Money amount = Money.fromContract(event.amount());
        open = open.minus(amount);
        movements.add(new Movement(event.writtenOffOn(), negative(amount)));
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        openDisputes.put(event.disputeId(), Money.fromContract(event.amount()));
        disputes.put(event.disputeId(), new DisputeSpan(event.openedOn(), Money.fromContract(event.amount()), null));
    }

    @EventSourcingHandler
    void on(DisputeResolved event) {
        openDisputes.remove(event.disputeId());
        disputes.computeIfPresent(event.disputeId(), (id, d) -> new DisputeSpan(d.openedOn(), d.amount(), event.resolvedOn()));
    }
}
