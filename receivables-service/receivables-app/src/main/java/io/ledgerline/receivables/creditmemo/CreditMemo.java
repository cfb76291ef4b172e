package io.ledgerline.receivables.creditmemo;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.receivables.api.v1.CreditMemoIssued;
import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.ledger.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** Invariant: a credit memo is issued once, for a positive amount; what it credits on an invoice is the Invoice's rule. */
public class CreditMemo {

    @AggregateIdentifier
    private String creditMemoId;

    protected CreditMemo() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public CreditMemo(IssueCreditMemo command) {
        if (!command.amount().isPositive()) {
            throw new RuleViolation("credit-not-positive", "amount", "a credit memo must be positive, got " + command.amount());
        }
        apply(new CreditMemoIssued(command.creditMemoId(), command.externalId(), command.creditMemoNumber(),
                command.customerId(), command.issueDate(), command.amount().toContract(), command.invoiceNumber(),
                command.reason()));
    }

    @EventSourcingHandler
    void on(CreditMemoIssued event) {
        creditMemoId = event.creditMemoId();
    }
}
