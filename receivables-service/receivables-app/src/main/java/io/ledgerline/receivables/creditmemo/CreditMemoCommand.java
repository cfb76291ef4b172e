package io.ledgerline.receivables.creditmemo;

import io.ledgerline.receivables.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a {@link CreditMemo}. */
public sealed interface CreditMemoCommand {

    String creditMemoId();

    /** Issue a credit memo; {@code invoiceNumber} names the invoice it credits, {@code null} for free customer credit. */
    record IssueCreditMemo(
            @TargetAggregateIdentifier String creditMemoId,
            String externalId,
            String creditMemoNumber,
            String customerId,
            LocalDate issueDate,
            Money amount,
            String invoiceNumber,
            String reason) implements CreditMemoCommand {
    }
}
