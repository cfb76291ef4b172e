package io.ledgerline.reporting.behaviour;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How a customer pays: days late, on-time share, a PAYDEX-style index and its trend. */
@Path("/api/v1/customers/{customerId}/payment-behaviour")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment behaviour")
@SecurityRequirement(name = "jwt")
public class PaymentBehaviourResource {

    static final String DESCRIPTION = "Invoices (installments and late fees alike) the customer paid from since (the first "
            + "day of the month eleven months before asOf's month) to asOf. An invoice is paid on the first day of the last "
            + "stretch in which its open amount (as in the aging report) stayed at zero or below until asOf, if a payment was "
            + "applied that day: invoices closed by a credit or write-off are not paid, an unapplied payment reopens one. "
            + "Days late = paid date - due date, counted as 0 when paid on or before the due date. averageDaysLate, "
            + "medianDaysLate and the 25th/75th percentiles (linear between the nearest ranks: the p-th of n sorted values "
            + "sits at rank p/100 x (n - 1)) are per invoice, with 2 decimals; onTimeShare = invoices paid on or before "
            + "their due date / invoices paid, a fraction with 4 decimals. trend: the same per calendar month of payment, "
            + "one entry per month of the window, null where nothing was paid. "
            + "paydex: a PAYDEX-style index from 1 to 100 per currency: each invoice scores by paid - due in days along "
            + "straight lines between 10 or more days early (anticipatory) 100, on the due date 80, 15 days late 70, "
            + "22 days 60, 30 days 50, 60 days 40, 90 days 30 and 120 or more days late 20; the index is the mean score "
            + "weighted by invoice amounts, rounded half up. Amounts of different currencies are never weighed together.";

    @Inject
    FindPaymentBehaviour findPaymentBehaviour;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "A customer's payment behaviour over twelve months", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "the behaviour; invoicesPaid 0 and nulls when nothing was paid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentBehaviour.class)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read reports", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PaymentBehaviour behaviour(
            @Parameter(description = "the customer's id", example = "0379-NEVHP") @PathParam("customerId") String customerId,
            @Parameter(description = "ISO date the window ends on; default today by the business clock", example = "2013-06-30")
            @QueryParam("asOf") String asOf) {
        return findPaymentBehaviour.find(customerId, date(asOf, LocalDate.now(clock)));
    }

    private static LocalDate date(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("asOf", "asOf must be an ISO date such as 2013-06-30, not '" + value + "'");
        }
    }
}
