package io.ledgerline.receivables.contract;

import io.ledgerline.receivables.cashapplication.CashApplication;
import io.ledgerline.receivables.contract.ContractCommand.InvoiceInstallment;
import io.ledgerline.receivables.invoice.InvoiceCommand.IssueInvoice;
import io.ledgerline.receivables.latefee.LateFeeInvoices;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Issues contracts' installments on the dates their schedules say: every installment to be invoiced
 * on or before the business date and not invoiced yet becomes an invoice (numbered
 * {@code <contractNumber>-<sequence>}), registered for cash application exactly like an ERP invoice.
 * Each contract's installments commit together; the Contract lets each installment be invoiced once.
 */
@ApplicationScoped
public class ContractSchedule {

    private static final Logger LOG = Logger.getLogger(ContractSchedule.class);

    /** An installment the run issued as an invoice. */
    public record Issued(String contractId, int sequence, String invoiceId, String invoiceNumber, String customerId,
                         LocalDate issueDate, LocalDate dueDate, Money amount) {
    }

    @Inject
    ContractRegister contracts;

    @Inject
    CommandGateway commands;

    @Inject
    CashApplication cashApplication;

    @Inject
    LateFeeInvoices lateFeeInvoices;

    /** Issues what is due by {@code asOf} across all contracts, one transaction per contract. */
    public List<Issued> run(LocalDate asOf) {
        List<Issued> issued = new ArrayList<>();
        for (String contractId : contracts.withInstallmentsDueBy(asOf)) {
            try {
                issued.addAll(QuarkusTransaction.requiringNew().call(() -> issue(contractId, asOf)));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Installments of contract %s due by %s not issued; the next run retries them", contractId, asOf);
            }
        }
        LOG.infof("Schedule run as of %s issued %d installment(s)", asOf, issued.size());
        return issued;
    }

    /** Issues one contract's installments due by {@code asOf}, in the caller's transaction. */
    public List<Issued> issue(String contractId, LocalDate asOf) {
        List<Issued> issued = new ArrayList<>();
        for (ContractRegister.Due due : contracts.dueBy(contractId, asOf)) {
            String number = due.contractNumber() + "-" + due.sequence();
            String invoiceId = invoiceId(contractId, due.sequence());
            boolean first = (Boolean) commands.sendAndWait(new InvoiceInstallment(contractId, due.sequence(), invoiceId, number));
            if (first) {
                IssueInvoice invoice = IssueInvoice.installment(invoiceId, due.externalId() + "/" + due.sequence(), number,
                        due.customerId(), due.invoiceOn(), due.dueDate(), due.amount(), contractId, due.lateFee());
                if (!cashApplication.register(invoice)) {
                    throw new RuleViolation("duplicate-invoice-number", "contractNumber", "customer " + due.customerId()
                            + " already has an invoice numbered " + number);
                }
                commands.sendAndWait(invoice);
                cashApplication.releaseWaiting(invoice);
                if (due.lateFee() != null) {
                    lateFeeInvoices.watch(new LateFeeInvoices.Watched(invoiceId, number, due.customerId(),
                            due.dueDate().plusDays(due.lateFee().graceDays() + 1L)));
                }
                issued.add(new Issued(contractId, due.sequence(), invoiceId, number, due.customerId(), due.invoiceOn(),
                        due.dueDate(), due.amount()));
                LOG.infof("Issued installment %d of contract %s for customer %s as invoice %s: %s due %s",
                        due.sequence(), due.contractNumber(), due.customerId(), number, due.amount(), due.dueDate());
            }
            contracts.invoiced(contractId, due.sequence(), invoiceId, number);
        }
        return issued;
    }

    /** The same installment always becomes the same invoice. */
    static String invoiceId(String contractId, int sequence) {
        return UUID.nameUUIDFromBytes(("installment:" + contractId + ":" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
