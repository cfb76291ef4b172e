package io.ledgerline.receivables.erp;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ERP reports that a payment it sent earlier bounced. */
@Schema(name = "ErpPaymentReversal", description = "A bounced payment, named by the externalId it was received under")
public record ErpPaymentReversal(
        @Schema(required = true, example = "REV-1") String externalId,
        @Schema(required = true, example = "PAY-1") String paymentExternalId,
        @Schema(required = true, example = "2013-01-28", format = "date") String reversedOn,
        @Schema(required = true, example = "insufficient funds") String reason) {
}
