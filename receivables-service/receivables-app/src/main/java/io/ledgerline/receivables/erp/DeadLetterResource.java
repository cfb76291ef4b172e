package io.ledgerline.receivables.erp;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** Ops' view of the ERP messages from ledgerline.erp.inbound that could not be booked. */
@Path("/api/v1/erp/dead-letters")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ERP ingestion")
@SecurityRequirement(name = "jwt")
public class DeadLetterResource {

    private static final Logger LOG = Logger.getLogger(DeadLetterResource.class);

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "List refused ERP messages",
            description = "Oldest first; each with its position on ledgerline.erp.inbound.dlt, the message as received and why it was refused.")
    public List<DeadLetters.DeadLetter> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalidParameter("limit", "limit must be between 1 and 1000, got " + limit);
        }
        return deadLetters.list(limit);
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Put a refused ERP message back on ledgerline.erp.inbound",
            description = "For a message refused because of something since fixed (its invoice arrived, a conflict was resolved). "
                    + "Booking stays idempotent on externalId, so a replay never books twice.")
    @APIResponse(responseCode = "200", description = "the message that was replayed")
    @APIResponse(responseCode = "404", description = "no dead letter at that position")
    public DeadLetters.DeadLetter replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        DeadLetters.DeadLetter replayed = deadLetters.replay(partition, offset)
                .orElseThrow(() -> new ProblemException(Problem.of(404, "not-found", "Not found",
                        "no dead letter at partition " + partition + " offset " + offset, null)));
        LOG.infof("Ops replayed the refused ERP message at %d@%d (%s)", partition, offset, replayed.detail());
        return replayed;
    }
}
