package io.ledgerline.receivables.contract;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.receivables.api.v1.ContractInstallmentInvoiced;
import io.ledgerline.receivables.api.v1.ContractSigned;
import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.contract.ContractCommand.InvoiceInstallment;
import io.ledgerline.receivables.contract.ContractCommand.SignContract;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** Invariant: the schedule adds up exactly to the contract's amount, and each installment is invoiced at most once. */
public class Contract {

    @AggregateIdentifier
    private String contractId;
    private String customerId;
    private Currency currency;
    private final Map<Integer, ScheduledInstallment> schedule = new HashMap<>();
    private final Set<Integer> invoiced = new HashSet<>();

    protected Contract() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Contract(SignContract command) {
        List<ScheduledInstallment> installments = PaymentTerms.resolve(command.signedOn(), command.amount(),
                command.netDays(), command.prepaymentShare(), command.installments());
        PaymentTerms.check(command.lateFee());
        BigDecimal share = command.prepaymentShare() == null ? BigDecimal.ZERO : command.prepaymentShare();
        apply(new ContractSigned(command.contractId(), command.externalId(), command.contractNumber(), command.customerId(),
                command.signedOn(), command.amount().toContract(), command.netDays(), share, installments, command.lateFee()));
    }

    @CommandHandler
    public boolean handle(InvoiceInstallment command) {
        ScheduledInstallment installment = schedule.get(command.sequence());
        if (installment == null) {
            throw new RuleViolation("no-such-installment", "sequence",
                    "contract " + contractId + " has no installment " + command.sequence());
        }
        if (invoiced.contains(command.sequence())) {
            return false;
        }
        apply(new ContractInstallmentInvoiced(contractId, customerId, command.sequence(), command.invoiceId(),
                command.invoiceNumber(), installment.invoiceOn(), new Money(installment.amount(), currency).toContract()));
        return true;
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        contractId = event.contractId();
        customerId = event.customerId();
        currency = Currency.getInstance(event.amount().currency());
        event.installments().forEach(i -> schedule.put(i.sequence(), i));
    }

    @EventSourcingHandler
    void on(ContractInstallmentInvoiced event) {
        invoiced.add(event.sequence());
    }
}
