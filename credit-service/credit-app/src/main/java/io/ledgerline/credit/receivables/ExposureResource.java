package io.ledgerline.credit.receivables;

import io.ledgerline.credit.customer.CustomerFacts;
import io.ledgerline.credit.scoring.CreditFacts;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit exposure per currency, from credit-service's own projection of the receivables ledger. */
@Path("/api/v1/customers/{id}/exposure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer credit")
@SecurityRequirement(name = "jwt")
public class ExposureResource {

    private static final int MAX_ID = 100;

    @Inject
    ReceivablesFacts receivables;

    @Inject
    CustomerFacts customers;

    @Inject
    ReservedOrders reservations;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "sales"})
    @Operation(summary = "The customer's exposure per currency, today",
            description = "exposure = openReceivables + reservedOrders - prepayments, per currency the customer was ever invoiced or "
                    + "paid in. openReceivables is what is open today in credit-service's projection of ledgerline.receivables.events. "
                    + "reservedOrders is the sum of the customer's open order credit checks (APPROVED at once or released from "
                    + "HOLD, until cancelled) in that currency; a currency with only reservations is listed too. prepayments is "
                    + "the customer's unapplied cash today: per payment received and not reversed, its amount less what it applied "
                    + "to invoices (net of unapplications), never below zero; a currency the customer only paid in is listed too, "
                    + "and cash on account can make the exposure negative. A customer known from ledgerline.customer.events but "
                    + "never invoiced, with no payment and no reservation, has no currencies; one known from neither topic is 404.")
    @APIResponse(responseCode = "200", description = "{customerId, asOf, currencies:[{currency, openReceivables, reservedOrders, "
            + "prepayments, exposure}]}, amounts as strings")
    @APIResponse(responseCode = "400", description = "invalid id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "a customer credit-service has seen on neither the customer nor the receivables topic",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Exposure exposure(@PathParam("id") String id) {
        String customerId = customerId(id);
        CustomerReceivables open = receivables.of(customerId, LocalDate.now(clock));
        Map<String, BigDecimal> reserved = reservations.byCurrency(customerId);
        if (open.currencies().isEmpty() && reserved.isEmpty() && customers.of(customerId).equals(CreditFacts.nothingKnown())) {
            throw new ProblemException(Problem.of(404, "customer-unknown", "Not found",
                    "customer " + customerId + " is known from neither ledgerline.customer.events nor ledgerline.receivables.events",
                    "id"));
        }
        return Exposure.of(open, reserved);
    }

    /** The rule of the customer resources' ids (the ERP's customer code), kept here so receivables need not know profiles. */
    private static String customerId(String value) {
        String problem = value == null || value.isBlank() ? "id is required"
                : value.length() > MAX_ID ? "id is longer than " + MAX_ID + " characters"
                : value.contains("/") ? "id must not contain '/'" : null;
        if (problem != null) {
            throw ProblemException.invalidParameter("id", problem);
        }
        return value.strip();
    }
}
