package io.ledgerline.collections.attribution;

import io.ledgerline.collections.attribution.PaymentAttributionsView.AttributedPayment;
import io.ledgerline.collections.receivables.CustomerItems;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's payments, each with the touches (reminder emails, calls, emails, visits, promises) that preceded it. */
@Path("/api/v1/customers/{id}/payment-attributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attribution")
@SecurityRequirement(name = "jwt")
public class PaymentAttributionsResource {

    private static final int MAX_ID = 100;

    @Inject
    AttributionReads attributions;

    @Inject
    CustomerItems items;

    @GET
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "List a customer's attributed payments",
            description = "Each payment applied to an item, attributed on the first dunning evaluation of the customer after the day "
                    + "paid, with the customer's touches of the window days up to and including that day, oldest first: reminder "
                    + "emails sent (REMINDER_EMAIL), calls (logged, or call tasks done), emails and visits logged (CALL, EMAIL, VISIT) "
                    + "and promises to pay made (PROMISE); lastTouch is the latest's kind, null for a payment without any touch. "
                    + "Optionally only the payments paid from `from` to `to`.")
    @APIResponse(responseCode = "200", description = "{customerId, payments:[{paymentId, invoiceId, invoiceNumber, amount:{amount, "
            + "currency}, paidOn, attributedOn, windowDays, lastTouch, touches:[{kind, touchId, occurredOn, daysBefore, by, detail}]}]}")
    @APIResponse(responseCode = "400", description = "from or to is not an ISO date, from is after to, or the id is too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "collections-service knows no receivable of the customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PaymentAttributionsView list(@PathParam("id") String customerId,
                                        @Parameter(description = "first day paid, YYYY-MM-DD") @QueryParam("from") String from,
                                        @Parameter(description = "last day paid, YYYY-MM-DD") @QueryParam("to") String to) {
        if (customerId.length() > MAX_ID) {
            throw ProblemException.invalidParameter("id", "a customer id has at most " + MAX_ID + " characters");
        }
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.invalidParameter("from", "from " + first + " is after to " + last);
        }
        List<AttributedPayment> payments = attributions.of(customerId, first, last);
        if (payments.isEmpty() && !items.knows(customerId)) {
            throw new ProblemException(Problem.of(404, "customer-not-found", "Not found",
                    "collections-service knows no receivable of customer " + customerId, "id"));
        }
        return new PaymentAttributionsView(customerId, payments);
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(parameter, parameter + " must be an ISO date such as 2026-03-15, got '" + text + "'");
        }
    }
}
