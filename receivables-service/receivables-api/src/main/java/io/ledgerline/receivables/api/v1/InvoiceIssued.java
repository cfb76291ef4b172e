package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * A receivable is now open in the ledger for its full amount: an invoice the ERP issued, a
 * contract's installment, or a late fee. The optional fields (absent in older messages) say which:
 * {@code itemType} is {@link #INVOICE} when absent. {@code productLine} is the product line the ERP
 * sold the item under; it is absent in older messages and for items without one (installments and
 * late fees carry none).
 */
@JsonTypeName("ledgerline.receivables.InvoiceIssued.v1")
public record InvoiceIssued(
        String invoiceId,
        String externalId,
        String invoiceNumber,
        String customerId,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amount,
        @JsonInclude(JsonInclude.Include.NON_NULL) String itemType,
        @JsonInclude(JsonInclude.Include.NON_NULL) String contractId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String feeForInvoiceId,
        @JsonInclude(JsonInclude.Include.NON_NULL) LateFeeClause lateFee,
        @JsonInclude(JsonInclude.Include.NON_NULL) String productLine) implements ReceivablesEvent {

    /** An invoice the ERP issued. */
    public static final String INVOICE = "INVOICE";
    /** An installment of a contract's schedule ({@code contractId} set). */
    public static final String INSTALLMENT = "INSTALLMENT";
    /** A late fee charged on the overdue invoice {@code feeForInvoiceId}. */
    public static final String LATE_FEE = "LATE_FEE";

    /** An ERP invoice without contract, fee, late-fee clause or product line. */
    public InvoiceIssued(String invoiceId, String externalId, String invoiceNumber, String customerId,
                         LocalDate issueDate, LocalDate dueDate, Money amount) {
        this(invoiceId, externalId, invoiceNumber, customerId, issueDate, dueDate, amount, null, null, null, null, null);
    }
}
