package io.ledgerline.collections.arrangement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ledgerline.collections.api.v1.Money;
import java.time.LocalDate;
import java.util.List;

/** A promise to pay as read back: what was promised, by when, and how it was judged (status PENDING until it is). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromiseView(String promiseId, String caseId, String customerId, List<String> invoiceIds, Money amount,
                          LocalDate promisedFor, int toleranceDays, LocalDate madeOn, String madeBy, String note, String status,
                          LocalDate resolvedOn, Money paid, String resolution) {
}
