package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Order {@code orderId} of {@code amount} passed the credit check on {@code checkedOn}: the amount is reserved against the limit. */
@JsonTypeName("ledgerline.credit.CreditCheckApproved.v1")
public record CreditCheckApproved(
        String customerId,
        String orderId,
        Money amount,
        LocalDate checkedOn,
        String requestedBy,
        CreditCheckInputs inputs) implements CreditEvent {
}
