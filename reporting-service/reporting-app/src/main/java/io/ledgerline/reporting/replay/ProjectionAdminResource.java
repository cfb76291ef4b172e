package io.ledgerline.reporting.replay;

import io.ledgerline.platform.eventing.projection.ProjectionRunner;
import io.ledgerline.platform.eventing.projection.RebuildOutcome;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ops' view of the projections, and rebuilding one from the log while it keeps serving. */
@Path("/api/v1/admin/projections")
@RolesAllowed("ops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projections (ops)")
@SecurityRequirement(name = "jwt")
public class ProjectionAdminResource {

    private static final String PROGRESS = "eventsDone = records of the projection's topics the rebuild has read and folded "
            + "(repeats included); eventsBehind = records between its positions and the end of the topics after its last "
            + "batch; eventsPerSecond = eventsDone / seconds from its start to its last batch (scale 1, half even); "
            + "etaSeconds = eventsBehind / eventsPerSecond, rounded up (0 once switched; null until known). Events keep "
            + "arriving while it runs, so the ETA is an estimate.";
    private static final String REBUILD_EXAMPLE = """
            {"id":"0b8f3c52-3c1e-4a51-b6d4-6f0b2a9e4c10","projection":"reporting.aging","version":2,"state":"BUILDING",
             "requestedBy":"ops-user","startedAt":"2026-11-23T08:00:00Z","finishedAt":null,"eventsDone":412000,
             "eventsBehind":588000,"eventsPerSecond":103000.0,"etaSeconds":6,"detail":null,
             "statusUrl":"/api/v1/admin/projections/reporting.aging/rebuilds/0b8f3c52-3c1e-4a51-b6d4-6f0b2a9e4c10"}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://ledgerline.io/problems/rebuild-running","title":"Conflict","status":409,
             "detail":"projection reporting.aging is already being rebuilt as version 2","field":"name"}""";

    @Inject
    ProjectionRunner runner;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "List the projections",
            description = "Each projection of the service: its topics and tables, the version reads are answered from "
                    + "(1 until a rebuild switched), lag = records on its topics this instance has not folded yet (also the "
                    + "ledgerline_projection_lag gauge), and its running rebuild or else its latest one. " + PROGRESS)
    @APIResponse(responseCode = "200", description = "the projections, by name")
    public List<ProjectionView> projections() {
        return runner.projections().stream().map(ProjectionView::of).toList();
    }

    @POST
    @Path("/{name}/rebuilds")
    @Operation(summary = "Rebuild a projection from the log without downtime",
            description = "Folds the projection's topics from offset 0 into a new version: copies of its tables in a schema "
                    + "of their own, with their own checkpoints, while the serving version keeps answering every read and "
                    + "keeps following the topics. Once the rebuild has read to the end of every partition it swaps its "
                    + "tables in under the same names and becomes the serving version in one transaction; reads in flight "
                    + "finish on the old version, reads arriving during the swap wait for it (a fraction of a second) and "
                    + "none fails. The old version is dropped at the switch. If the instance running the rebuild stops "
                    + "before the switch, the rebuild is discarded (its schema dropped; ask again) and the serving version "
                    + "is untouched. One rebuild of a projection at a time. " + PROGRESS)
    @APIResponse(responseCode = "202", description = "rebuilding; follow it at statusUrl (also the Location header)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildView.class),
                    examples = @ExampleObject(name = "building", value = REBUILD_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no projection of that name in this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "a rebuild of this projection is still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "running", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "the projection declares no tables to rebuild",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response rebuild(@Parameter(description = "projection name, e.g. reporting.aging") @PathParam("name") String name) {
        RebuildOutcome outcome = runner.rebuild(name, identity.getPrincipal().getName());
        if (outcome instanceof RebuildOutcome.Started started) {
            return Response.accepted(RebuildView.of(started.rebuild()))
                    .location(URI.create(RebuildView.statusUrl(name, started.rebuild().id()))).build();
        }
        if (outcome instanceof RebuildOutcome.AlreadyBuilding running) {
            throw ProblemException.conflict("rebuild-running", "projection " + name + " is already being rebuilt as version "
                    + running.running().version() + " (" + RebuildView.statusUrl(name, running.running().id()) + ")", "name");
        }
        if (outcome instanceof RebuildOutcome.NotRebuildable) {
            throw ProblemException.ruleViolated("not-rebuildable",
                    "projection " + name + " declares no tables, so there is nothing to rebuild and swap", "name");
        }
        throw unknownProjection(name);
    }

    @GET
    @Path("/{name}/rebuilds/{id}")
    @Operation(summary = "Follow a rebuild", description = "State (BUILDING, SWITCHED, DISCARDED with its reason in detail) "
            + "and progress, whichever instance runs it. " + PROGRESS)
    @APIResponse(responseCode = "200", description = "the rebuild",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildView.class),
                    examples = @ExampleObject(name = "building", value = REBUILD_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "id is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such projection or rebuild", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RebuildView rebuild(@PathParam("name") String name,
                               @Parameter(description = "the rebuild's id, as POST answered") @PathParam("id") String id) {
        if (runner.projection(name).isEmpty()) {
            throw unknownProjection(name);
        }
        UUID rebuildId;
        try {
            rebuildId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("id", "id must be a rebuild's UUID, not '" + id + "'");
        }
        return runner.rebuild(name, rebuildId).map(RebuildView::of).orElseThrow(() -> new ProblemException(
                Problem.of(404, "not-found", "Not found", "no rebuild " + id + " of projection " + name, "id")));
    }

    private static ProblemException unknownProjection(String name) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", "no projection " + name + " in this service", "name"));
    }
}
