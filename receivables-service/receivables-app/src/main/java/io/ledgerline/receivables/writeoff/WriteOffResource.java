package io.ledgerline.receivables.writeoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.invoice.InvoiceCommand.WriteOffInvoice;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.refusal.Refusals;
import io.ledgerline.receivables.refusal.RequestFields;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finance writes off what will not be collected, with a reason; never more than is open. */
@Path("/api/v1/invoices/{invoiceId}/write-off")
@RolesAllowed("finance")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Write-offs")
@SecurityRequirement(name = "jwt")
public class WriteOffResource {

    /** A write-off request; without an amount the whole open amount is written off. */
    @Schema(name = "WriteOff")
    public record WriteOff(
            @Schema(example = "12.50", description = "positive; absent = everything open") String amount,
            @Schema(required = true, example = "customer insolvent") String reason) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @POST
    @Operation(summary = "Write off part or all of an invoice's open amount",
            description = "Dated today (the business clock); recorded with the caller as writtenOffBy.")
    @APIResponse(responseCode = "200", description = "written off")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such invoice", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "write-off-exceeds-open-amount or nothing-open, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode writeOff(@PathParam("invoiceId") String invoiceId, WriteOff request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a write-off object");
        }
        BigDecimal amount = request.amount() == null ? null : RequestFields.amount("amount", request.amount());
        String reason = RequestFields.text("reason", request.reason(), 500);
        LocalDate today = LocalDate.now(clock);
        String by = identity.getPrincipal().getName();
        Money written = QuarkusTransaction.requiringNew().call(() -> Refusals.asProblems(
                () -> (Money) commands.sendAndWait(new WriteOffInvoice(invoiceId, amount, reason, today, by))));
        ObjectNode body = json.createObjectNode();
        body.put("invoiceId", invoiceId);
        body.put("writtenOffOn", today.toString());
        body.put("currency", written.currency().getCurrencyCode());
        body.put("amount", written.amount().toPlainString());
        body.put("reason", reason);
        body.put("writtenOffBy", by);
        return body;
    }
}
