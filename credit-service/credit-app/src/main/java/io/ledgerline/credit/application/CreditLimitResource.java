package io.ledgerline.credit.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit limit and terms: the last one a granted credit application assigned. */
@Path("/api/v1/customers/{id}/credit-limit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit applications")
@SecurityRequirement(name = "jwt")
public class CreditLimitResource {

    @Inject
    CreditApplications applications;

    @GET
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "sales", "collector"})
    @Operation(summary = "The customer's credit limit and terms",
            description = "Limit, payment terms, prepayment share, the application that assigned it, who and when, the policy version.")
    @APIResponse(responseCode = "404", description = "no limit assigned yet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode creditLimit(@PathParam("id") String id) {
        String customerId = ApplicationValidation.customerId(id, "id", true);
        return applications.creditLimit(customerId).orElseThrow(() -> new ProblemException(Problem.of(404, "no-credit-limit",
                "Not found", "customer " + customerId + " has no credit limit assigned", "id")));
    }
}
