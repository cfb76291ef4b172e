package io.ledgerline.collections.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer promised, on case {@code caseId}, to pay {@code amount} by {@code promisedFor} towards the items
 * {@code invoiceIds} (all in the amount's currency). {@code toleranceDays} is the grace after {@code promisedFor}
 * before the promise is judged; while it runs, the items' dunning ladder waits. {@code madeBy} is the collector who
 * recorded it on {@code madeOn}.
 */
@JsonTypeName("ledgerline.collections.PromiseToPayMade.v1")
public record PromiseToPayMade(
        String customerId,
        String promiseId,
        String caseId,
        List<String> invoiceIds,
        Money amount,
        LocalDate promisedFor,
        int toleranceDays,
        LocalDate madeOn,
        String madeBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) implements CollectionsEvent {

    public PromiseToPayMade {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
