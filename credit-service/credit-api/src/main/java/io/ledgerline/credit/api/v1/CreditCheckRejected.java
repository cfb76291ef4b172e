package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/** Order {@code orderId} is refused on credit terms for {@code reasons} (score below the minimum to trade, grade D); final. */
@JsonTypeName("ledgerline.credit.CreditCheckRejected.v1")
public record CreditCheckRejected(
        String customerId,
        String orderId,
        Money amount,
        LocalDate checkedOn,
        String requestedBy,
        List<CheckReason> reasons,
        CreditCheckInputs inputs) implements CreditEvent {
}
