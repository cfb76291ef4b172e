package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan agreed with the customer on case {@code caseId}: the items {@code invoiceIds} are paid in
 * {@code installments} (numbered from 1, due dates increasing, amounts in {@code currency}). While every installment
 * due is met within {@code toleranceDays} of its date, the items' dunning ladder waits; a missed installment resumes it.
 */
@JsonTypeName("ledgerline.collections.PaymentPlanAgreed.v1")
public record PaymentPlanAgreed(
        String customerId,
        String planId,
        String caseId,
        List<String> invoiceIds,
        String currency,
        List<Installment> installments,
        int toleranceDays,
        LocalDate agreedOn,
        String agreedBy) implements CollectionsEvent {

    /** The {@code number}-th installment: {@code amount} due on {@code dueDate}. */
    public record Installment(int number, LocalDate dueDate, Money amount) {
    }

    public PaymentPlanAgreed {
        invoiceIds = List.copyOf(invoiceIds);
        installments = List.copyOf(installments);
    }
}
