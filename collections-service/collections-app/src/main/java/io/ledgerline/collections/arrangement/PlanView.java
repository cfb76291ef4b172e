package io.ledgerline.collections.arrangement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ledgerline.collections.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/** A payment plan as read back: its installments, each MET or MISSED on a day or still to come, and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(String planId, String caseId, String customerId, List<String> invoiceIds, String currency, int toleranceDays,
                       LocalDate agreedOn, String agreedBy, String status, int installmentsMet, LocalDate endedOn, Money paid,
                       List<InstallmentView> installments) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstallmentView(int number, LocalDate dueDate, Money amount, String status, LocalDate on) {
    }
}
