package io.ledgerline.receivables.cashapplication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.cashapplication.CashApplication.Applied;
import io.ledgerline.receivables.cashapplication.CashApplication.Unapplied;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Finance corrects cash application by hand: takes a payment's cash back from an invoice (unapply)
 * and applies unapplied cash to another (re-apply). Both are events ({@code PaymentUnapplied},
 * {@code PaymentApplied} with method {@code MANUAL}) like every other movement of the ledger.
 */
@Path("/api/v1/payments/{paymentId}")
@RolesAllowed("finance")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cash application")
@SecurityRequirement(name = "jwt")
public class PaymentApplicationResource {

    /** Take back what the payment applied to one invoice. */
    @Schema(name = "PaymentUnapplication")
    public record Unapplication(
            @Schema(required = true, example = "0000611365") String invoiceNumber,
            @Schema(required = true, example = "2013-01-28", format = "date",
                    description = "never earlier than the application it undoes") String unappliedOn,
            @Schema(required = true, example = "applied to the wrong invoice") String reason) {
    }

    /** Apply some of the payment's unapplied cash to one invoice. */
    @Schema(name = "PaymentApplication")
    public record Application(
            @Schema(required = true, example = "0000611366") String invoiceNumber,
            @Schema(required = true, example = "55.94", description = "positive; at most the payment's unapplied cash and the invoice's open amount") String amount,
            @Schema(required = true, example = "2013-01-28", format = "date",
                    description = "not before the payment was received; applied as of the invoice's issue date if that is later") String appliedOn) {
    }

    @Inject
    CashApplication cashApplication;

    @Inject
    ObjectMapper json;

    @POST
    @Path("/unapplications")
    @Operation(summary = "Unapply a payment from an invoice",
            description = "Everything the payment applied to the invoice becomes the payment's unapplied cash again (the customer's credit balance).")
    @APIResponse(responseCode = "200", description = "unapplied", content = @Content(examples = @ExampleObject(name = "unapplied", value = """
            {"paymentId":"9b2e...","invoiceNumber":"0000611365","invoiceId":"6f1c...","currency":"USD","unapplied":"55.94",
             "unappliedCash":"55.94"}""")))
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such payment, or no invoice with that number for its customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "nothing-applied: the payment has nothing applied to that invoice; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode unapply(@PathParam("paymentId") String paymentId, Unapplication request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be an unapplication object");
        }
        String invoiceNumber = RequestFields.text("invoiceNumber", request.invoiceNumber(), 100);
        LocalDate unappliedOn = RequestFields.date("unappliedOn", request.unappliedOn());
        String reason = RequestFields.text("reason", request.reason(), 500);
        Unapplied done = QuarkusTransaction.requiringNew().call(() -> Refusals.asProblems(
                () -> cashApplication.unapply(paymentId, invoiceNumber, unappliedOn, reason)));
        ObjectNode body = json.createObjectNode();
        body.put("paymentId", paymentId);
        body.put("invoiceNumber", invoiceNumber);
        body.put("invoiceId", done.invoiceId());
        body.put("currency", done.amount().currency().getCurrencyCode());
        body.put("unapplied", done.amount().amount().toPlainString());
        body.put("unappliedCash", done.unappliedCash().amount().toPlainString());
        return body;
    }

    @POST
    @Path("/applications")
    @Operation(summary = "Apply a payment's unapplied cash to an invoice by hand",
            description = "Recorded as PaymentApplied with method MANUAL. A residual at or below the currency's write-off tolerance is "
                    + "written off as after any payment.")
    @APIResponse(responseCode = "200", description = "applied", content = @Content(examples = @ExampleObject(name = "applied", value = """
            {"paymentId":"9b2e...","invoiceNumber":"0000611366","invoiceId":"7a2d...","currency":"USD","applied":"55.94",
             "appliedOn":"2013-01-28","method":"MANUAL","unappliedCash":"0.00"}""")))
    @APIResponse(responseCode = "400", description = "invalid field (also appliedOn before the payment was received), nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such payment, or no invoice with that number for its customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "application-exceeds-unapplied-cash, application-exceeds-open-amount, payment-reversed "
            + "or currency-mismatch; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode apply(@PathParam("paymentId") String paymentId, Application request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be an application object");
        }
        String invoiceNumber = RequestFields.text("invoiceNumber", request.invoiceNumber(), 100);
        BigDecimal amount = RequestFields.amount("amount", request.amount());
        LocalDate appliedOn = RequestFields.date("appliedOn", request.appliedOn());
        Applied done = QuarkusTransaction.requiringNew().call(() -> Refusals.asProblems(
                () -> cashApplication.applyManually(paymentId, invoiceNumber, amount, appliedOn)));
        ObjectNode body = json.createObjectNode();
        body.put("paymentId", paymentId);
        body.put("invoiceNumber", invoiceNumber);
        body.put("invoiceId", done.invoiceId());
        body.put("currency", done.amount().currency().getCurrencyCode());
        body.put("applied", done.amount().amount().toPlainString());
        body.put("appliedOn", done.appliedOn().toString());
        body.put("method", PaymentApplied.MANUAL);
        body.put("unappliedCash", done.unappliedCash().amount().toPlainString());
        return body;
    }
}
