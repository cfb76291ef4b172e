package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/** Order {@code orderId} is held by the credit check for {@code reasons}, each naming who may release it; nothing is reserved. */
@JsonTypeName("ledgerline.credit.CreditCheckHeld.v1")
public record CreditCheckHeld(
        String customerId,
        String orderId,
        Money amount,
        LocalDate checkedOn,
        String requestedBy,
        List<CheckReason> reasons,
        CreditCheckInputs inputs) implements CreditEvent {
}
