package io.ledgerline.receivables.cashapplication;

import io.ledgerline.receivables.invoice.InvoiceCommand.ApplyPayment;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.payment.PaymentCommand.Allocation;
import io.ledgerline.receivables.payment.PaymentCommand.ReceivePayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Applies payments to the invoices their allocations name. An allocation for an invoice not yet
 * received waits and is applied when the invoice arrives, as of the later of the two dates. The
 * invoice itself never takes more than its open amount; what it refuses stays unapplied cash.
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
    PendingAllocations pending;

    public List<AllocationOutcome> allocate(ReceivePayment payment) {
        List<AllocationOutcome> outcomes = new ArrayList<>();
        for (Allocation allocation : payment.allocations()) {
            Optional<InvoiceRegister.RegisteredInvoice> invoice = register.find(payment.customerId(), allocation.invoiceNumber());
            if (invoice.isEmpty()) {
                pending.hold(payment.paymentId(), payment.customerId(), allocation.invoiceNumber(), allocation.amount(), payment.receivedDate());
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

    /** Applies what waited for this invoice. */
    public void releaseWaitingPayments(IssueInvoice invoice) {
        InvoiceRegister.RegisteredInvoice registered = new InvoiceRegister.RegisteredInvoice(
                invoice.invoiceId(), invoice.amount().currency().getCurrencyCode(), invoice.issueDate());
        for (PendingAllocations.Pending waiting : pending.release(invoice.customerId(), invoice.invoiceNumber())) {
            Money applied = apply(registered, waiting.paymentId(), waiting.amount(), waiting.receivedDate());
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
        LocalDate appliedOn = receivedDate.isBefore(invoice.issueDate()) ? invoice.issueDate() : receivedDate;
        Object applied = commands.sendAndWait(new ApplyPayment(invoice.invoiceId(), paymentId, appliedOn, amount));
        return applied instanceof Money money ? money : zero(amount);
    }

    private static Money zero(Money like) {
        return Money.of("0", like.currency().getCurrencyCode());
    }
}
