package io.ledgerline.receivables.reversal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.cashapplication.CashApplication;
import io.ledgerline.receivables.cashapplication.CashApplication.Unapplication;
import io.ledgerline.receivables.payment.PaymentCommand.ReversePayment;
import io.ledgerline.receivables.refusal.Refusals;
import io.ledgerline.receivables.refusal.RequestFields;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finance reverses a bounced payment: every invoice it settled is reopened by exactly what it applied. */
@Path("/api/v1/payments/{paymentId}/reversal")
@RolesAllowed("finance")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment reversals")
@SecurityRequirement(name = "jwt")
public class PaymentReversalResource {

    /** A reversal request. */
    @Schema(name = "PaymentReversal")
    public record Reversal(
            @Schema(required = true, example = "2013-01-28", format = "date", description = "not before the payment was received") String reversedOn,
            @Schema(required = true, example = "insufficient funds") String reason) {
    }

    @Inject
    CashApplication cashApplication;

    @Inject
    ObjectMapper json;

    @POST
    @Operation(summary = "Reverse a bounced payment",
            description = "Once per payment; its applications are undone and its allocations still waiting for an invoice are dropped.")
    @APIResponse(responseCode = "200", description = "reversed, with what each invoice got back")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such payment", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "payment-already-reversed, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode reverse(@PathParam("paymentId") String paymentId, Reversal request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a reversal object");
        }
        ReversePayment reversal = new ReversePayment(paymentId, RequestFields.date("reversedOn", request.reversedOn()),
                RequestFields.text("reason", request.reason(), 500));
        List<Unapplication> undone = QuarkusTransaction.requiringNew().call(
                () -> Refusals.asProblems(() -> cashApplication.reverse(reversal)));
        ObjectNode body = json.createObjectNode();
        body.put("paymentId", paymentId);
        body.put("reversedOn", reversal.reversedOn().toString());
        ArrayNode unapplied = body.putArray("unapplied");
        undone.forEach(u -> unapplied.addObject().put("invoiceId", u.invoiceId())
                .put("currency", u.amount().currency().getCurrencyCode())
                .put("amount", u.amount().amount().toPlainString()));
        return body;
    }
}
