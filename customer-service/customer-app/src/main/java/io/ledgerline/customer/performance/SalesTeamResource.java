package io.ledgerline.customer.performance;

import io.ledgerline.customer.performance.SalesTeamView.Team;
import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

/** Sales teams over REST: finance defines them, whoever reads collection performance may read them. */
@Path("/api/v1/sales-teams")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales teams")
@SecurityRequirement(name = "jwt")
public class SalesTeamResource {

    static final String TEAM_EXAMPLE = """
            {"name":"East distribution","members":["wang.li","zhao.min"]}""";

    /** All teams; there are few, so the list is not paged. */
    @Schema(name = "SalesTeams")
    public record Teams(List<Team> teams) {
    }

    @Inject
    SalesTeams salesTeams;

    @PUT
    @Path("/{teamId}")
    @RolesAllowed("finance")
    @Operation(summary = "Define or redefine a sales team",
            description = "The body carries the whole member list after the change (sales owner ids as customers' profiles "
                    + "name them; duplicates count once). 201 when the team is new, 200 otherwise; the same definition again "
                    + "records nothing. A sales owner is in at most one team at a time: a definition that takes a member from "
                    + "another team is refused with 409 sales-owner-in-another-team (redefine that team without them first). "
                    + "Published as ledgerline.customer.SalesTeamDefined.v1, keyed sales-team/{teamId}.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "team", value = TEAM_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the team after the change",
            content = @Content(schema = @Schema(implementation = Team.class)))
    @APIResponse(responseCode = "201", description = "the new team", content = @Content(schema = @Schema(implementation = Team.class)))
    @APIResponse(responseCode = "400", description = "invalid field or teamId, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "a member is in another team", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response define(@Parameter(example = "east-distribution") @PathParam("teamId") String teamId,
                           PerformanceRequests.TeamDefinition request) {
        Outcome<Team> outcome = salesTeams.define(PerformanceValidation.defineTeam(PerformanceValidation.teamId(teamId), request));
        return outcome.created()
                ? Response.created(URI.create("/api/v1/sales-teams/" + outcome.body().teamId())).entity(outcome.body()).build()
                : Response.ok(outcome.body()).build();
    }

    @GET
    @RolesAllowed({"finance", "sales", "collector", "credit-manager"})
    @Operation(summary = "List the sales teams with their members, by team id")
    public Teams list() {
        return new Teams(salesTeams.all());
    }

    @GET
    @Path("/{teamId}")
    @RolesAllowed({"finance", "sales", "collector", "credit-manager"})
    @Operation(summary = "Read a sales team with its members")
    @APIResponse(responseCode = "200", description = "the team", content = @Content(schema = @Schema(implementation = Team.class)))
    @APIResponse(responseCode = "404", description = "no such team", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Team get(@Parameter(example = "east-distribution") @PathParam("teamId") String teamId) {
        return salesTeams.find(PerformanceValidation.teamId(teamId));
    }
}
