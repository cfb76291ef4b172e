package io.ledgerline.receivables.erp;

import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A debit adjustment as the ERP sends it; fields stay text until {@link ErpValidation} says they are sound. */
@Schema(name = "ErpDebitAdjustment", description = "Raises what an invoice asks for, e.g. freight billed afterwards")
public record ErpDebitAdjustment(
        @Schema(required = true, example = "DA-0000000031", description = "the ERP's own id; a repeat returns the first result") String externalId,
        @Schema(required = true, example = "0379-NEVHP") String customerId,
        @Schema(required = true, example = "0000611365", description = "the invoice it debits; it must have arrived already") String invoiceNumber,
        @Schema(required = true, example = "2013-01-20", format = "date", description = "not before the invoice's issue date") String debitedOn,
        @Schema(required = true, example = "USD", description = "the invoice's currency") String currency,
        @Schema(required = true, example = "12.50", description = "positive") String amount,
        @Schema(required = true, example = "freight billed afterwards") String reason) {

    /** A sound debit adjustment, its id derived from the external id. */
    record Valid(String debitId, String externalId, String customerId, String invoiceNumber, LocalDate debitedOn,
                 Money amount, String reason) {
    }
}
