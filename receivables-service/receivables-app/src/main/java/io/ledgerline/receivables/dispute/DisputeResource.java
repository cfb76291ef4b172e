package io.ledgerline.receivables.dispute;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.api.v1.DisputeResolved;
import io.ledgerline.receivables.creditmemo.CreditMemoCommand.IssueCreditMemo;
import io.ledgerline.receivables.invoice.DisputeCredit;
import io.ledgerline.receivables.invoice.InvoiceCommand.OpenDispute;
import io.ledgerline.receivables.invoice.InvoiceCommand.ResolveDispute;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Disputes on an invoice: a disputed amount is still aged but not dunned until resolved; an upheld
 * dispute credits the invoice through a credit memo of its own.
 */
@Path("/api/v1/invoices/{invoiceId}/disputes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes")
@SecurityRequirement(name = "jwt")
public class DisputeResource {

    static final String UPHELD_REASON = "dispute upheld";

    /** A dispute the customer raised. */
    @Schema(name = "Dispute")
    public record Dispute(
            @Schema(required = true, example = "20.00", description = "positive; open disputes never exceed the open amount") String amount,
            @Schema(required = true, example = "short delivery") String reason,
            @Schema(required = true, example = "2013-01-22", format = "date") String openedOn) {
    }

    /** How a dispute ended. */
    @Schema(name = "DisputeResolution")
    public record Resolution(
            @Schema(required = true, enumeration = {"UPHELD", "REJECTED"}) String outcome,
            @Schema(required = true, example = "2013-02-05", format = "date") String resolvedOn) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    ObjectMapper json;

    @POST
    @RolesAllowed({"finance", "collector"})
    @Operation(summary = "Open a dispute on part of an invoice")
    @APIResponse(responseCode = "201", description = "opened; the body has the disputeId")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such invoice", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "dispute-exceeds-open-amount, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response open(@PathParam("invoiceId") String invoiceId, Dispute request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a dispute object");
        }
        BigDecimal amount = RequestFields.amount("amount", request.amount());
        String reason = RequestFields.text("reason", request.reason(), 500);
        LocalDate openedOn = RequestFields.date("openedOn", request.openedOn());
        String disputeId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> Refusals.asProblems(
                () -> commands.sendAndWait(new OpenDispute(invoiceId, disputeId, openedOn, amount, reason))));
        ObjectNode body = json.createObjectNode();
        body.put("disputeId", disputeId);
        body.put("invoiceId", invoiceId);
        body.put("openedOn", openedOn.toString());
        body.put("amount", amount.toPlainString());
        body.put("reason", reason);
        return Response.created(uri.getAbsolutePathBuilder().path(disputeId).build()).entity(body).build();
    }

    @POST
    @Path("/{disputeId}/resolution")
    @RolesAllowed("finance")
    @Operation(summary = "Resolve an open dispute",
            description = "UPHELD credits the invoice by the disputed amount (at most what is still open) with a new credit memo; "
                    + "REJECTED leaves the invoice as it is.")
    @APIResponse(responseCode = "200", description = "resolved")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such invoice", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "no-such-open-dispute, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode resolve(@PathParam("invoiceId") String invoiceId, @PathParam("disputeId") String disputeId, Resolution request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a resolution object");
        }
        String outcome = RequestFields.text("outcome", request.outcome(), 20);
        if (!DisputeResolved.UPHELD.equals(outcome) && !DisputeResolved.REJECTED.equals(outcome)) {
            throw ProblemException.invalidField("outcome", "outcome must be UPHELD or REJECTED, got '" + outcome + "'");
        }
        LocalDate resolvedOn = RequestFields.date("resolvedOn", request.resolvedOn());
        String creditMemoId = UUID.nameUUIDFromBytes(("dispute:" + disputeId).getBytes(StandardCharsets.UTF_8)).toString();
        DisputeCredit credit = QuarkusTransaction.requiringNew().call(() -> Refusals.asProblems(() -> {
            DisputeCredit credited = (DisputeCredit) commands.sendAndWait(
                    new ResolveDispute(invoiceId, disputeId, resolvedOn, outcome, creditMemoId));
            if (credited.amount().isPositive()) {
                commands.sendAndWait(new IssueCreditMemo(creditMemoId, "dispute:" + disputeId,
                        "DSP-" + disputeId, credited.customerId(), resolvedOn, credited.amount(),
                        credited.invoiceNumber(), UPHELD_REASON));
            }
            return credited;
        }));
        ObjectNode body = json.createObjectNode();
        body.put("disputeId", disputeId);
        body.put("invoiceId", invoiceId);
        body.put("outcome", outcome);
        body.put("resolvedOn", resolvedOn.toString());
        body.put("creditMemoId", credit.amount().isPositive() ? creditMemoId : null);
        body.put("currency", credit.amount().currency().getCurrencyCode());
        body.put("credited", credit.amount().amount().toPlainString());
        return body;
    }
}
