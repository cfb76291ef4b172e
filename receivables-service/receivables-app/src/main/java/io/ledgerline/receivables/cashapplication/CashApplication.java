package io.ledgerline.receivables.cashapplication;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.CreditInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.UnapplyPayment;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.InvalidMoneyException;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import io.ledgerline.receivables.position.PaymentPosition;
import io.ledgerline.receivables.position.Positions;
import io.ledgerline.receivables.position.ReceivableItem;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Applies payments to invoices as {@link MatchPlan} decides (allocations, remittance reference, exact
 * amount, oldest first), as of the later of the payment's and the invoice's dates. Cash for an invoice
 * not yet received waits and is applied when the invoice arrives, never more than the payment still
 * has unapplied. The invoice itself never takes more than its open amount; what it refuses stays
 * unapplied cash, the customer's credit balance. Credit memos for an invoice wait the same way; a
 * reversed payment takes back exactly what it applied; finance unapplies and re-applies by hand.
 * Runs inside the caller's transaction, so the events, the positions and these tables commit together.
 */
@ApplicationScoped
public class CashApplication {

    private static final Logger LOG = Logger.getLogger(CashApplication.class);

    /** What became of cash meant for one invoice, and how it was matched (a {@code PaymentApplied} method). */
    public record AllocationOutcome(String invoiceNumber, String invoiceId, Money requested, Money applied,
                                    boolean awaitingInvoice, String method) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    InvoiceRegister register;

    @Inject
    WaitingForInvoice waiting;

    @Inject
    Positions positions;

    @Inject
    MeterRegistry metrics;

    @Inject
    WriteOffTolerance tolerance;

    /** What became of a credit memo: the invoice it credited and by how much, or that it waits for its invoice. */
    public record CreditOutcome(String invoiceId, Money credited, boolean awaitingInvoice) {
    }

    /** What a reversal took back from one invoice. */
    public record Unapplication(String invoiceId, Money amount) {
    }

    /** Applies a payment just received: see {@link MatchPlan} for which invoices get its cash. */
    public List<AllocationOutcome> allocate(ReceivePayment payment) {
        Set<String> numbers = new HashSet<>(MatchPlan.tokens(payment.remittanceReference()));
        payment.allocations().forEach(a -> numbers.add(a.invoiceNumber()));
        MatchPlan plan = MatchPlan.of(payment.amount(), payment.allocations(), payment.remittanceReference(),
                positions.itemsNumbered(payment.customerId(), numbers),
                positions.openItems(payment.customerId(), payment.amount().currency().getCurrencyCode()));
        List<AllocationOutcome> outcomes = new ArrayList<>();
        for (MatchPlan.Match match : plan.matches()) {
            if (match.waits()) {
                waiting.hold(WaitingForInvoice.Source.PAYMENT, payment.paymentId(), payment.customerId(), match.invoiceNumber(),
                        match.amount(), payment.receivedDate(), match.method());
                LOG.infof("Payment %s holds %s for invoice %s of customer %s, which has not arrived yet (%s)",
                        payment.externalId(), match.amount(), match.invoiceNumber(), payment.customerId(), match.method());
                outcomes.add(new AllocationOutcome(match.invoiceNumber(), null, match.amount(), zero(match.amount()), true, match.method()));
            } else {
                ReceivableItem item = match.item();
                Money applied = match.amount().isPositive()
                        ? apply(item.invoiceId(), item.issueDate(), payment.paymentId(), match.amount(), payment.receivedDate(), match.method())
                        : match.amount();
                outcomes.add(new AllocationOutcome(item.invoiceNumber(), item.invoiceId(), match.amount(), applied, false, match.method()));
            }
        }
        LOG.infof("Payment %s of customer %s: %d application(s), %s left as credit balance",
                payment.externalId(), payment.customerId(), outcomes.size(), plan.leftover());
        return outcomes;
    }

    /** Registers the invoice's number; false when the customer already has an invoice with it. */
    public boolean register(IssueInvoice invoice) {
        return register.register(invoice.customerId(), invoice.invoiceNumber(), invoice.invoiceId(),
                invoice.amount().currency().getCurrencyCode(), invoice.issueDate());
    }

    /**
     * Issues a credit memo and credits the invoice it names: refused (nothing stored) above the open
     * amount or in another currency. A memo for an invoice not received yet waits for it; a free memo is only issued.
     */
    public CreditOutcome credit(IssueCreditMemo memo) {
        if (memo.invoiceNumber() == null) {
            commands.sendAndWait(memo);
            return new CreditOutcome(null, zero(memo.amount()), false);
        }
        Optional<InvoiceRegister.RegisteredInvoice> invoice = register.find(memo.customerId(), memo.invoiceNumber());
        if (invoice.isPresent() && !invoice.get().currency().equals(memo.amount().currency().getCurrencyCode())) {
            throw new CurrencyMismatchException(Currency.getInstance(invoice.get().currency()), memo.amount().currency());
        }
        commands.sendAndWait(memo);
        if (invoice.isEmpty()) {
            waiting.hold(WaitingForInvoice.Source.CREDIT_MEMO, memo.creditMemoId(), memo.customerId(), memo.invoiceNumber(), memo.amount(), memo.issueDate());
            LOG.infof("Credit memo %s holds %s for invoice %s of customer %s, which has not arrived yet",
                    memo.externalId(), memo.amount(), memo.invoiceNumber(), memo.customerId());
            return new CreditOutcome(null, zero(memo.amount()), true);
        }
        InvoiceRegister.RegisteredInvoice registered = invoice.get();
        LocalDate creditedOn = later(memo.issueDate(), registered.issueDate());
        commands.sendAndWait(new CreditInvoice(registered.invoiceId(), memo.creditMemoId(), creditedOn, memo.amount()));
        return new CreditOutcome(registered.invoiceId(), memo.amount(), false);
    }

    /**
     * Reverses a bounced payment: every invoice it was applied to gets exactly that amount back, and
     * whatever it still had waiting for an invoice is dropped.
     */
    public List<Unapplication> reverse(ReversePayment reversal) {
        commands.sendAndWait(reversal);
        List<Unapplication> undone = new ArrayList<>();
        for (String invoiceId : positions.invoicesAppliedBy(reversal.paymentId())) {
            Object amount = commands.sendAndWait(new UnapplyPayment(invoiceId, reversal.paymentId(), reversal.reversedOn(), reversal.reason()));
            if (amount instanceof Money money && money.isPositive()) {
                undone.add(new Unapplication(invoiceId, money));
            }
        }
        int dropped = waiting.drop(WaitingForInvoice.Source.PAYMENT, reversal.paymentId());
        LOG.infof("Payment %s reversed: %d invoice(s) reopened, %d waiting allocation(s) dropped",
                reversal.paymentId(), undone.size(), dropped);
        return undone;
    }

    /**
     * Applies what waited for this invoice: credit memos first, then payments, each payment never more
     * than it still has unapplied (finance may have applied its cash by hand meanwhile).
     */
    public void releaseWaiting(IssueInvoice invoice) {
        Money open = invoice.amount();
        for (WaitingForInvoice.Waiting memo : waiting.release(WaitingForInvoice.Source.CREDIT_MEMO, invoice.customerId(), invoice.invoiceNumber())) {
            if (!memo.amount().sameCurrencyAs(open)) {
                LOG.warnf("Credit memo %s in %s stays customer credit: invoice %s is in %s",
                        memo.sourceId(), memo.amount().currency(), invoice.invoiceNumber(), open.currency());
                continue;
            }
            // Right after issue the open amount is known here; what exceeds it stays customer credit.
            Money credit = memo.amount().min(open);
            if (!credit.isPositive()) {
                continue;
            }
            commands.sendAndWait(new CreditInvoice(invoice.invoiceId(), memo.sourceId(),
                    later(memo.dated(), invoice.issueDate()), credit));
            open = open.minus(credit);
            LOG.infof("Invoice %s of customer %s arrived and took %s of credit memo %s",
                    invoice.invoiceNumber(), invoice.customerId(), credit, memo.sourceId());
        }
        for (WaitingForInvoice.Waiting cash : waiting.release(WaitingForInvoice.Source.PAYMENT, invoice.customerId(), invoice.invoiceNumber())) {
            if (!cash.amount().sameCurrencyAs(invoice.amount())) {
                LOG.warnf("Payment %s in %s stays unapplied: invoice %s is in %s",
                        cash.sourceId(), cash.amount().currency(), invoice.invoiceNumber(), invoice.amount().currency());
                continue;
            }
            Money available = positions.payment(cash.sourceId()).map(PaymentPosition::unapplied).orElse(zero(cash.amount()));
            Money amount = cash.amount().min(available);
            if (!amount.isPositive()) {
                continue;
            }
            String method = cash.method() == null ? PaymentApplied.ALLOCATION : cash.method();
            Money applied = apply(invoice.invoiceId(), invoice.issueDate(), cash.sourceId(), amount, cash.dated(), method);
            LOG.infof("Invoice %s of customer %s arrived and took %s of an earlier payment",
                    invoice.invoiceNumber(), invoice.customerId(), applied);
        }
    }

    /**
     * Finance takes back what a payment applied to one invoice: it becomes the payment's unapplied cash
     * again. Refused when the payment or the invoice is unknown, or nothing of it is applied there.
     */
    public Unapplied unapply(String paymentId, String invoiceNumber, LocalDate unappliedOn, String reason) {
        PaymentPosition payment = positions.paymentForUpdate(paymentId).orElseThrow(() -> notFound("payment", paymentId));
        ReceivableItem invoice = invoiceOf(payment, invoiceNumber);
        Object amount = commands.sendAndWait(new UnapplyPayment(invoice.invoiceId(), paymentId, unappliedOn, reason));
        if (!(amount instanceof Money money) || !money.isPositive()) {
            throw new RuleViolation("nothing-applied", "invoiceNumber",
                    "payment " + payment.externalId() + " has nothing applied to invoice " + invoiceNumber);
        }
        LOG.infof("Finance unapplied %s of payment %s from invoice %s of customer %s: %s",
                money, payment.externalId(), invoiceNumber, payment.customerId(), reason);
        return new Unapplied(invoice.invoiceId(), money, unappliedCash(paymentId));
    }

    /**
     * Finance applies a payment's unapplied cash to an invoice by hand ({@code MANUAL}), as of the
     * later of {@code appliedOn} and the invoice's issue date. Refused, with nothing stored, above the
     * payment's unapplied cash or the invoice's open amount, for a reversed payment or another currency.
     */
    public Applied applyManually(String paymentId, String invoiceNumber, BigDecimal amount, LocalDate appliedOn) {
        PaymentPosition payment = positions.paymentForUpdate(paymentId).orElseThrow(() -> notFound("payment", paymentId));
        ReceivableItem invoice = invoiceOf(payment, invoiceNumber);
        if (payment.reversed()) {
            throw new RuleViolation("payment-reversed", "paymentId",
                    "payment " + payment.externalId() + " was reversed on " + payment.reversedOn() + "; it has no cash to apply");
        }
        if (!invoice.open().sameCurrencyAs(payment.amount())) {
            throw new CurrencyMismatchException(invoice.open().currency(), payment.amount().currency());
        }
        if (appliedOn.isBefore(payment.receivedDate())) {
            throw ProblemException.invalidField("appliedOn",
                    "appliedOn " + appliedOn + " is before the payment was received on " + payment.receivedDate());
        }
        Money requested;
        try {
            requested = new Money(amount, payment.amount().currency());
        } catch (InvalidMoneyException e) {
            throw ProblemException.invalidField("amount", e.getMessage());
        }
        if (requested.isGreaterThan(payment.unapplied())) {
            throw new RuleViolation("application-exceeds-unapplied-cash", "amount", "payment " + payment.externalId()
                    + " has only " + payment.unapplied() + " unapplied, less than " + requested);
        }
        if (requested.isGreaterThan(invoice.open())) {
            throw new RuleViolation("application-exceeds-open-amount", "amount",
                    "invoice " + invoiceNumber + " has only " + invoice.open() + " open, less than " + requested);
        }
        Money applied = apply(invoice.invoiceId(), invoice.issueDate(), paymentId, requested, appliedOn, PaymentApplied.MANUAL);
        if (!applied.equals(requested)) {
            throw new RuleViolation("application-exceeds-open-amount", "amount",
                    "invoice " + invoiceNumber + " took only " + applied + " of " + requested);
        }
        LOG.infof("Finance applied %s of payment %s to invoice %s of customer %s",
                applied, payment.externalId(), invoiceNumber, payment.customerId());
        return new Applied(invoice.invoiceId(), applied, later(appliedOn, invoice.issueDate()), unappliedCash(paymentId));
    }

    /** What an unapplication took back from the invoice, and the payment's unapplied cash after it. */
    public record Unapplied(String invoiceId, Money amount, Money unappliedCash) {
    }

    /** What a manual application settled, as of when, and the payment's unapplied cash after it. */
    public record Applied(String invoiceId, Money amount, LocalDate appliedOn, Money unappliedCash) {
    }

    private ReceivableItem invoiceOf(PaymentPosition payment, String invoiceNumber) {
        return positions.itemsNumbered(payment.customerId(), List.of(invoiceNumber)).stream().findFirst()
                .orElseThrow(() -> notFound("invoice", invoiceNumber + " of customer " + payment.customerId()));
    }

    private Money unappliedCash(String paymentId) {
        return positions.payment(paymentId).map(PaymentPosition::unapplied).orElseThrow();
    }

    private static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", "no such " + what + " " + id, null));
    }

    private Money apply(String invoiceId, LocalDate issueDate, String paymentId, Money amount, LocalDate receivedDate, String method) {
        LocalDate appliedOn = later(receivedDate, issueDate);
        Object applied = commands.sendAndWait(new ApplyPayment(invoiceId, paymentId, appliedOn, amount,
                tolerance.of(amount.currency()), method));
        if (applied instanceof Money money && money.isPositive()) {
            metrics.counter("ledgerline.cash_application.applied", "method", method).increment();
            return money;
        }
        return zero(amount);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? b : a;
    }

    private static Money zero(Money like) {
        return Money.of("0", like.currency().getCurrencyCode());
    }
}
