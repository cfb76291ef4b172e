package io.ledgerline.credit.block;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's credit block: set by hand with a reason or by collections' requests, lifted only by a credit manager; while it
 * stands, order checks are held.
 */
@Path("/api/v1/customers/{id}/credit-block")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit blocks")
@SecurityRequirement(name = "jwt")
public class CreditBlockResource {

    @Inject
    CreditBlocks blocks;

    @Inject
    BlockRequests requests;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"credit-manager", "finance", "collector"})
    @Operation(summary = "Block the customer's credit", description = "With a reason (source MANUAL). While blocked, every new order "
            + "credit check is held with reason blocked, released by a credit manager.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "block", value = "{\"reason\":\"disputed invoices under review\"}")))
    @APIResponse(responseCode = "201", description = "{customerId, blockId, reason, blockedBy, blockedOn, source}")
    @APIResponse(responseCode = "400", description = "reason missing or longer than 2000 characters, or a bad id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "already blocked (already-blocked)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response block(@PathParam("id") String id, ReasonRequest request) {
        String customerId = BlockValidation.customerId(id);
        CurrentBlock block = blocks.block(customerId, BlockValidation.reason(request), user(), CustomerCreditBlocked.MANUAL, today());
        return Response.created(URI.create("/api/v1/customers/" + customerId + "/credit-block")).entity(block).build();
    }

    @POST
    @Path("/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("credit-manager")
    @Operation(summary = "Lift the customer's credit block", description = "With a reason; new order credit checks no longer hold "
            + "for the block (checks already held stay held until released).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "release", value = "{\"reason\":\"dispute settled\"}")))
    @APIResponse(responseCode = "200", description = "{customerId, reason, unblockedBy, unblockedOn}")
    @APIResponse(responseCode = "400", description = "reason missing or too long, or a bad id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "not blocked (not-blocked)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CustomerCreditUnblocked release(@PathParam("id") String id, ReasonRequest request) {
        String customerId = BlockValidation.customerId(id);
        return blocks.unblock(customerId, BlockValidation.reason(request), user(), today());
    }

    @GET
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "sales", "collector"})
    @Operation(summary = "The customer's current credit block", description = "Who blocked it, when, why and from where (MANUAL or COLLECTIONS).")
    @APIResponse(responseCode = "200", description = "{customerId, blockId, reason, blockedBy, blockedOn, source}")
    @APIResponse(responseCode = "404", description = "not blocked (not-blocked)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CurrentBlock current(@PathParam("id") String id) {
        String customerId = BlockValidation.customerId(id);
        return blocks.find(customerId).orElseThrow(() -> new ProblemException(Problem.of(404, "not-blocked", "Not found",
                "the credit of customer " + customerId + " is not blocked", "id")));
    }

    @GET
    @Path("/requests")
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "collector"})
    @Operation(summary = "The block requests collections sent for the customer",
            description = "Each TradingRestrictionRequested.v1 read from ledgerline.collections.events, oldest first: the case, "
                    + "step, requester, date, reason and overdue amounts, with status PENDING (not acted on yet) or DONE and then "
                    + "its outcome: BLOCKED (the customer's credit was blocked by collections, source COLLECTIONS, the block "
                    + "named by the request id) or ALREADY_BLOCKED (it was blocked already; nothing changed). A customer without "
                    + "requests has an empty list.")
    @APIResponse(responseCode = "200", description = "{customerId, requests:[{requestId, customerId, caseId, step, requestedBy, "
            + "requestedOn, reason, overdue:[{amount, currency}], status, outcome, blockId, detail, processedOn}]}")
    @APIResponse(responseCode = "400", description = "a bad id", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public BlockRequestStatus.OfCustomer requests(@PathParam("id") String id) {
        String customerId = BlockValidation.customerId(id);
        return new BlockRequestStatus.OfCustomer(customerId, requests.ofCustomer(customerId));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
