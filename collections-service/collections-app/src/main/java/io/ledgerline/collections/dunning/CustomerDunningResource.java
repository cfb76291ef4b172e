package io.ledgerline.collections.dunning;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's dunning: each open item with the steps it reached and its next step. */
@Path("/api/v1/customers/{id}/dunning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dunning")
@SecurityRequirement(name = "jwt")
public class CustomerDunningResource {

    @Inject
    CustomerDunning dunning;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "Read a customer's dunning",
            description = "As of today (or asOf, up to today): the customer's grade and ladder under the policy in force, its sales "
                    + "owner and finance contact, and each item open then as the ladder sees it (payments and disputes count from the "
                    + "day after their date) with what is open, disputed and dunned, its status (DUNNING, PAUSED_DISPUTED, "
                    + "PAUSED_PROMISE, PAUSED_PLAN, BELOW_MINIMUM, LADDER_COMPLETE), the steps it reached (reachedOn, late) and its next step with its day.")
    @APIResponse(responseCode = "200", description = "{customerId, asOf, grade, ladder, policyVersion, legalName, salesOwner, "
            + "financeContact, items:[{invoiceId, invoiceNumber, dueDate, open, disputed, dunned, status, stepsTaken:[{stepId, action, "
            + "owner, dayOffset, reachedOn, late, amountDunned, policyVersion}], nextStep:{stepId, action, owner, dayOffset, on}}]}")
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date or is after today",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "collections-service knows nothing of the customer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CustomerDunningView get(@PathParam("id") String customerId,
                                   @Parameter(description = "business date, YYYY-MM-DD; default today") @QueryParam("asOf") String asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null || asOf.isBlank() ? today : date(asOf);
        if (day.isAfter(today)) {
            throw ProblemException.invalidParameter("asOf", "asOf " + day + " has not come yet: the business date today is " + today);
        }
        return dunning.on(customerId, day).orElseThrow(() -> new ProblemException(Problem.of(404, "customer-not-found", "Not found",
                "collections-service knows no receivable, dunning step or profile of customer " + customerId, "id")));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("asOf", "asOf must be an ISO date such as 2026-03-15, got '" + text + "'");
        }
    }
}
