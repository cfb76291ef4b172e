package io.ledgerline.receivables.erp;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit memo as the ERP sends it; fields stay text until {@link ErpValidation} says they are sound. */
@Schema(name = "ErpCreditMemo", description = "A credit memo pushed by the ERP, for one invoice or free customer credit")
public record ErpCreditMemo(
        @Schema(required = true, example = "CM-0000000012", description = "the ERP's own id; a repeat returns the first result") String externalId,
        @Schema(required = true, example = "0000000012") String creditMemoNumber,
        @Schema(required = true, example = "0379-NEVHP") String customerId,
        @Schema(required = true, example = "2013-01-25", format = "date") String issueDate,
        @Schema(required = true, example = "USD", description = "ISO 4217; the invoice's currency when linked") String currency,
        @Schema(required = true, example = "5.94", description = "positive; never more than the invoice's open amount") String amount,
        @Schema(example = "0000611365", description = "the invoice it credits; absent for free customer credit") String invoiceNumber,
        @Schema(required = true, example = "damaged goods") String reason) {
}
