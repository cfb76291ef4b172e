package io.ledgerline.collections.arrangement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's promises to pay and payment plans, latest first. */
@Path("/api/v1/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promises and plans")
@SecurityRequirement(name = "jwt")
public class CustomerArrangementsResource {

    public record Promises(String customerId, List<PromiseView> promises) {
    }

    public record Plans(String customerId, List<PlanView> plans) {
    }

    @Inject
    ArrangementReads reads;

    @GET
    @Path("/promises")
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "Read a customer's promises to pay", description = "Every promise, latest first: PENDING, or KEPT, "
            + "PARTIALLY_KEPT or BROKEN with the day it was judged, what was paid and why. A customer without promises has none.")
    @APIResponse(responseCode = "200", description = "{customerId, promises:[{promiseId, caseId, invoiceIds, amount, promisedFor, "
            + "toleranceDays, madeOn, madeBy, note, status, resolvedOn, paid, resolution}]}")
    public Promises promises(@PathParam("id") String customerId) {
        return new Promises(customerId, reads.promisesOf(customerId));
    }

    @GET
    @Path("/payment-plans")
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "Read a customer's payment plans", description = "Every plan, latest first: ACTIVE, COMPLETED or "
            + "DEFAULTED, with each installment MET or MISSED on a day, or still to come.")
    @APIResponse(responseCode = "200", description = "{customerId, plans:[{planId, caseId, invoiceIds, currency, toleranceDays, "
            + "agreedOn, agreedBy, status, installmentsMet, endedOn, paid, installments:[{number, dueDate, amount, status, on}]}]}")
    public Plans plans(@PathParam("id") String customerId) {
        return new Plans(customerId, reads.plansOf(customerId));
    }
}
