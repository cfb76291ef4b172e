package io.ledgerline.customer.performance;

import io.ledgerline.customer.performance.CollectionTargetView.Target;
import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collection targets over REST: finance sets them per period for a sales owner or a team. */
@Path("/api/v1/collection-targets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection targets")
@SecurityRequirement(name = "jwt")
public class CollectionTargetResource {

    static final String TERMS_EXAMPLE = """
            {"currency":"CNY","collect":"150000.00","maxOverdueRatio":"0.15","maxDso":"45"}""";

    /** The current targets, of one period or of all. */
    @Schema(name = "CollectionTargets")
    public record Targets(String period, List<Target> targets) {
    }

    /** One target: its current terms and every version, newest first. */
    @Schema(name = "CollectionTargetHistory")
    public record TargetHistory(Target current, List<Target> history) {
    }

    @Inject
    CollectionTargets collectionTargets;

    @PUT
    @Path("/{period}/{scope}/{scopeId}")
    @RolesAllowed("finance")
    @Operation(summary = "Set the collection target of a sales owner or team for a period",
            description = "period is a month (2026-11), a quarter (2026-Q4) or a year (2026); scope is sales-owner or team "
                    + "(a team must be defined). collect (more than zero, in the currency's minor unit) is what should be "
                    + "collected in the period; maxOverdueRatio (0 to 1) and maxDso (days) are optional limits. Setting it "
                    + "again replaces it as a new version (201 for the first, 200 after); the same terms again record nothing. "
                    + "The setter is the caller. Published as ledgerline.customer.CollectionTargetSet.v1, keyed "
                    + "collection-target/{period}/{scope}/{scopeId}.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "target", value = TERMS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the target after the change",
            content = @Content(schema = @Schema(implementation = Target.class)))
    @APIResponse(responseCode = "201", description = "the first version of the target",
            content = @Content(schema = @Schema(implementation = Target.class)))
    @APIResponse(responseCode = "400", description = "invalid field or path parameter, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "the team is not defined", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response set(@Parameter(example = "2026-Q4") @PathParam("period") String period,
                        @Parameter(example = "team") @PathParam("scope") String scope,
                        @Parameter(example = "east-distribution") @PathParam("scopeId") String scopeId,
                        PerformanceRequests.TargetTerms request, @Context SecurityContext security) {
        TargetPeriod p = PerformanceValidation.period(period);
        TargetScope s = PerformanceValidation.scope(scope);
        String id = PerformanceValidation.scopeId(s, scopeId);
        Outcome<Target> outcome = collectionTargets.set(
                PerformanceValidation.setTarget(p, s, id, request, security.getUserPrincipal().getName()));
        return outcome.created()
                ? Response.created(URI.create("/api/v1/collection-targets/" + outcome.body().targetId())).entity(outcome.body()).build()
                : Response.ok(outcome.body()).build();
    }

    @GET
    @RolesAllowed({"finance", "sales", "collector", "credit-manager"})
    @Operation(summary = "List the current collection targets", description = "Of one period (exact label: 2026-11, 2026-Q4 "
            + "or 2026) or, without period, of all; by target id.")
    public Targets list(@Parameter(description = "a month, quarter or year label", example = "2026-Q4")
                        @QueryParam("period") String period) {
        TargetPeriod p = period == null ? null : PerformanceValidation.period(period);
        return new Targets(p == null ? null : p.label(), collectionTargets.current(p));
    }

    @GET
    @Path("/{period}/{scope}/{scopeId}")
    @RolesAllowed({"finance", "sales", "collector", "credit-manager"})
    @Operation(summary = "Read a collection target with every version it had, newest first")
    @APIResponse(responseCode = "200", description = "the target", content = @Content(schema = @Schema(implementation = TargetHistory.class)))
    @APIResponse(responseCode = "404", description = "no such target", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public TargetHistory get(@PathParam("period") String period, @PathParam("scope") String scope,
                             @PathParam("scopeId") String scopeId) {
        TargetPeriod p = PerformanceValidation.period(period);
        TargetScope s = PerformanceValidation.scope(scope);
        String targetId = CollectionTargetCommand.targetId(p, s, PerformanceValidation.scopeId(s, scopeId));
        List<Target> history = collectionTargets.history(targetId);
        return new TargetHistory(history.get(0), history);
    }
}
