package io.ledgerline.receivables.erp;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invoice as the ERP sends it; fields stay text until {@link ErpValidation} says they are sound. */
@Schema(name = "ErpInvoice", description = "An invoice pushed by the ERP, the system of record for invoices")
public record ErpInvoice(
        @Schema(required = true, example = "INV-0000611365", description = "the ERP's own id; a repeat returns the first result") String externalId,
        @Schema(required = true, example = "0000611365") String invoiceNumber,
        @Schema(required = true, example = "0379-NEVHP", description = "the ERP's customer code; need not be known to Ledgerline yet") String customerId,
        @Schema(required = true, example = "2013-01-02", format = "date") String issueDate,
        @Schema(required = true, example = "2013-02-01", format = "date", description = "not before issueDate") String dueDate,
        @Schema(required = true, example = "USD", description = "ISO 4217") String currency,
        @Schema(required = true, example = "55.94", description = "positive decimal string, at most the currency's minor digits") String amount,
        @Schema(example = "Spare parts", maxLength = 100, description = "optional: the product line the invoice was sold under "
                + "(1-100 characters after trimming, no control characters); aging and roll rates can be grouped by it") String productLine) {
}
