package io.ledgerline.receivables.erp;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment as the ERP sends it, with the invoices the customer said it pays and the payer's reference text. */
@Schema(name = "ErpPayment", description = "A payment pushed by the ERP; allocations name invoices by number, "
        + "the remittance reference is the payer's free text (invoice numbers found in it are matched)")
public record ErpPayment(
        @Schema(required = true, example = "PAY-1") String externalId,
        @Schema(required = true, example = "0379-NEVHP") String customerId,
        @Schema(required = true, example = "2013-01-15", format = "date") String receivedDate,
        @Schema(required = true, example = "USD") String currency,
        @Schema(required = true, example = "55.94") String amount,
        List<ErpAllocation> allocations,
        @Schema(example = "Invoices 0000611365 and 0000611366, thank you", maxLength = 500,
                description = "optional free text from the payer's bank transfer") String remittanceReference) {

    /** One invoice the payment is meant for, and how much of the payment goes to it. */
    @Schema(name = "ErpAllocation")
    public record ErpAllocation(
            @Schema(required = true, example = "0000611365") String invoiceNumber,
            @Schema(required = true, example = "55.94") String amount) {
    }
}
