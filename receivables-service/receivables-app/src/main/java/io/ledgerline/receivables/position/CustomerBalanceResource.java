package io.ledgerline.receivables.position;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.receivables.refusal.RequestFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's position in the ledger per currency: what is open, disputed, overdue, and the cash it has on account. */
@Path("/api/v1/customers/{customerId}/balance")
@RolesAllowed({"finance", "sales", "collector", "credit-analyst", "credit-manager"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balances")
@SecurityRequirement(name = "jwt")
public class CustomerBalanceResource {

    @Inject
    Positions positions;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "A customer's balance per currency",
            description = "Current positions: openItems (sum of open amounts, disputed included), disputed, overdue (open items due before "
                    + "asOf), unappliedCash (cash of payments not reversed that no invoice took: the customer's credit balance, including "
                    + "cash waiting for an invoice not received yet) and net = openItems - unappliedCash. Currencies are never summed "
                    + "together. A customer without items or payments has no currencies.")
    @APIResponse(responseCode = "200", description = "the balance", content = @Content(examples = @ExampleObject(name = "balance", value = """
            {"customerId":"0379-NEVHP","asOf":"2013-03-01","currencies":[{"currency":"USD","openItems":"155.94","openItemCount":2,
             "disputed":"20.00","overdue":"55.94","overdueItemCount":1,"unappliedCash":"30.00","paymentsWithUnappliedCash":1,"net":"125.94"}]}""")))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode balance(@PathParam("customerId") String customerId,
                              @Parameter(description = "the day overdue is judged on; default today (business clock)", example = "2013-03-01")
                              @QueryParam("asOf") String asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : RequestFields.date("asOf", asOf);
        ObjectNode body = json.createObjectNode();
        body.put("customerId", customerId);
        body.put("asOf", day.toString());
        ArrayNode currencies = body.putArray("currencies");
        for (Positions.CurrencyBalance balance : positions.balance(customerId, day)) {
            currencies.addObject()
                    .put("currency", balance.currency())
                    .put("openItems", balance.openItems().amount().toPlainString())
                    .put("openItemCount", balance.openItemCount())
                    .put("disputed", balance.disputed().amount().toPlainString())
                    .put("overdue", balance.overdue().amount().toPlainString())
                    .put("overdueItemCount", balance.overdueItemCount())
                    .put("unappliedCash", balance.unappliedCash().amount().toPlainString())
                    .put("paymentsWithUnappliedCash", balance.paymentsWithUnappliedCash())
                    .put("net", balance.net().amount().toPlainString());
        }
        return body;
    }
}
