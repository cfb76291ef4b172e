package io.ledgerline.receivables.cashapplication;

import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.CreditInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.invoice.InvoiceCommand.UnapplyPayment;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Applies payments to the invoices their allocations name. An allocation for an invoice not yet
 * received waits and is applied when the invoice arrives, as of the later of the two dates. The
 * invoice itself never takes more than its open amount; what it refuses stays unapplied cash.
 * Credit memos for an invoice wait the same way; a reversed payment takes back exactly what it applied.
 * Runs inside the caller's transaction, so the events and these tables commit together.
 */
@ApplicationScoped
public class CashApplication {

    private static final Logger LOG = Logger.getLogger(CashApplication.class);

    /** What became of one allocation. */
    public record AllocationOutcome(String invoiceNumber, String invoiceId, Money requested, Money applied, boolean awaitingInvoice) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    InvoiceRegister register;

    @Inject
    WaitingForInvoice waiting;

    @Inject
    PaymentApplications applications;

    @Inject
    WriteOffTolerance tolerance;

    /** What became of a credit memo: the invoice it credited and by how much, or that it waits for its invoice. */
    public record CreditOutcome(String invoiceId, Money credited, boolean awaitingInvoice) {
    }

    /** What a reversal took back from one invoice. */
    public record Unapplication(String invoiceId, Money amount) {
    }

    public List<AllocationOutcome> allocate(ReceivePayment payment) {
        List<AllocationOutcome> outcomes = new ArrayList<>();
        for (Allocation allocation : payment.allocations()) {
            Optional<InvoiceRegister.RegisteredInvoice> invoice = register.find(payment.customerId(), allocation.invoiceNumber());
            if (invoice.isEmpty()) {
                waiting.hold(WaitingForInvoice.Source.PAYMENT, payment.paymentId(), payment.customerId(), allocation.invoiceNumber(), allocation.amount(), payment.receivedDate());
                LOG.infof("Payment %s holds %s for invoice %s of customer %s, which has not arrived yet",
                        payment.externalId(), allocation.amount(), allocation.invoiceNumber(), payment.customerId());
                outcomes.add(new AllocationOutcome(allocation.invoiceNumber(), null, allocation.amount(), zero(allocation.amount()), true));
            } else {
                Money applied = apply(invoice.get(), payment.paymentId(), allocation.amount(), payment.receivedDate());
                outcomes.add(new AllocationOutcome(allocation.invoiceNumber(), invoice.get().invoiceId(), allocation.amount(), applied, false));
            }
        }
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
        for (String invoiceId : applications.invoicesOf(reversal.paymentId())) {
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

    /** Applies what waited for this invoice: credit memos first, then payments. */
    public void releaseWaiting(IssueInvoice invoice) {
        InvoiceRegister.RegisteredInvoice registered = new InvoiceRegister.RegisteredInvoice(
                invoice.invoiceId(), invoice.amount().currency().getCurrencyCode(), invoice.issueDate());
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
            Money applied = apply(registered, cash.sourceId(), cash.amount(), cash.dated());
            LOG.infof("Invoice %s of customer %s arrived and took %s of an earlier payment",
                    invoice.invoiceNumber(), invoice.customerId(), applied);
        }
    }

    private Money apply(InvoiceRegister.RegisteredInvoice invoice, String paymentId, Money amount, LocalDate receivedDate) {
        if (!invoice.currency().equals(amount.currency().getCurrencyCode())) {
            LOG.warnf("Payment %s in %s left unapplied: invoice %s is in %s",
                    paymentId, amount.currency(), invoice.invoiceId(), invoice.currency());
            return zero(amount);
        }
        LocalDate appliedOn = later(receivedDate, invoice.issueDate());
        Object applied = commands.sendAndWait(new ApplyPayment(invoice.invoiceId(), paymentId, appliedOn, amount,
                tolerance.of(amount.currency())));
        if (applied instanceof Money money && money.isPositive()) {
            applications.record(paymentId, invoice.invoiceId());
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
