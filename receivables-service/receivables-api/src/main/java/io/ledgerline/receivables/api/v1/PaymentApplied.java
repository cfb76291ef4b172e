package io.ledgerline.receivables.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Part of a payment settled part of an invoice; {@code amount} never exceeds what was open.
 * {@code method} (absent in older messages) says how cash application chose the invoice.
 */
@JsonTypeName("ledgerline.receivables.PaymentApplied.v1")
public record PaymentApplied(
        String invoiceId,
        String invoiceNumber,
        String paymentId,
        String customerId,
        LocalDate appliedOn,
        Money amount,
        @JsonInclude(JsonInclude.Include.NON_NULL) String method) implements ReceivablesEvent {

    /** The payer named the invoice in the payment's allocations. */
    public static final String ALLOCATION = "ALLOCATION";
    /** The invoice's number appeared in the payment's remittance reference. */
    public static final String REMITTANCE_REFERENCE = "REMITTANCE_REFERENCE";
    /** The invoice's open amount equalled the payment's unapplied cash. */
    public static final String EXACT_AMOUNT = "EXACT_AMOUNT";
    /** Unapplied cash went to the customer's oldest open items in the currency. */
    public static final String OLDEST_FIRST = "OLDEST_FIRST";
    /** Finance applied unapplied cash by hand (a re-application). */
    public static final String MANUAL = "MANUAL";

    /** Without a stated method (messages written before methods were recorded). */
    public PaymentApplied(String invoiceId, String invoiceNumber, String paymentId, String customerId,
                          LocalDate appliedOn, Money amount) {
        this(invoiceId, invoiceNumber, paymentId, customerId, appliedOn, amount, null);
    }
}
