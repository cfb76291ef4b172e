package io.ledgerline.collections.casework;

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

/** A customer's current collection case. */
@Path("/api/v1/customers/{id}/case")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "jwt")
public class CustomerCaseResource {

    @Inject
    CaseReads reads;

    @GET
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "Read a customer's current case", description = "Its open case, or its latest closed one when none is open, "
            + "with tasks, history and activities (the shape of GET /api/v1/cases/{caseId}).")
    @APIResponse(responseCode = "200", description = "the case")
    @APIResponse(responseCode = "404", description = "the customer never had a case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseView get(@PathParam("id") String customerId) {
        return reads.currentCase(customerId).flatMap(reads::find).orElseThrow(() -> new ProblemException(Problem.of(404,
                "case-not-found", "Not found", "customer " + customerId + " never had a collection case", "id")));
    }
}
