package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * The invoice's late-fee clause accrued {@code amount} more up to {@code chargedOn}; it is posted
 * as the fee item {@code feeInvoiceId} (an {@link InvoiceIssued} of type {@code LATE_FEE}).
 * {@code accruedToDate} is every fee charged on this invoice so far, this one included.
 */
@JsonTypeName("ledgerline.receivables.LateFeeCharged.v1")
public record LateFeeCharged(
        String invoiceId,
        String invoiceNumber,
        String customerId,
        String feeInvoiceId,
        String feeInvoiceNumber,
        LocalDate chargedOn,
        Money amount,
        Money accruedToDate) implements ReceivablesEvent {
}
