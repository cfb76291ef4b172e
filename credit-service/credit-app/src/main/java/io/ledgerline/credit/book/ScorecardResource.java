package io.ledgerline.credit.book;

import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.credit.scoring.InvalidDefinition;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scorecard versions: read by credit staff, published by a credit-manager; a published version never changes. */
@Path("/api/v1/scorecards")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards")
@SecurityRequirement(name = "jwt")
public class ScorecardResource {

    @Inject
    Books books;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "ops"})
    @Operation(summary = "List the scorecard versions", description = "Oldest first; the highest version is current.")
    public Map<String, Object> list() {
        List<Version<ScorecardDefinition>> all = books.scorecards();
        int current = all.isEmpty() ? 0 : all.get(all.size() - 1).version();
        return Map.of("current", current, "versions", all.stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("version", v.version());
            row.put("name", v.definition().name());
            row.put("publishedBy", v.publishedBy());
            row.put("publishedOn", v.publishedOn().toString());
            row.put("current", v.version() == current);
            return row;
        }).toList());
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "ops"})
    @Operation(summary = "Read one scorecard version: factors, weights, bands, missing-data rule, Altman zones, reputation weights")
    @APIResponse(responseCode = "404", description = "no such version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Map<String, Object> get(@PathParam("version") String version) {
        int number = version(version);
        Version<ScorecardDefinition> found = books.scorecard(number).orElseThrow(() -> new ProblemException(
                Problem.of(404, "scorecard-not-found", "Not found", "no scorecard version " + number + " is published", "version")));
        return view(found, books.currentScorecard().map(Version::version).orElse(0));
    }

    @POST
    @RolesAllowed("credit-manager")
    @Operation(summary = "Publish a new scorecard version",
            description = "Validated first (weights sum to 100, bands ascending without gap or overlap, known inputs); 201 with the "
                    + "new version; 200 with the current version when the content is identical to it.")
    @APIResponse(responseCode = "201", description = "published")
    @APIResponse(responseCode = "400", description = "invalid scorecard, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response publish(ScorecardDefinition scorecard) {
        Publication p;
        try {
            p = books.publishScorecard(scorecard, identity.getPrincipal().getName(), LocalDate.now(clock));
        } catch (InvalidDefinition e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
        Map<String, Object> body = view(books.scorecard(p.version()).orElseThrow(), p.version());
        return p.created() ? Response.created(URI.create("/api/v1/scorecards/" + p.version())).entity(body).build()
                : Response.ok(body).build();
    }

    static int version(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidParameter("version", "version must be a positive whole number, got '" + text + "'");
    }

    private static Map<String, Object> view(Version<ScorecardDefinition> v, int current) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", v.version());
        body.put("publishedBy", v.publishedBy());
        body.put("publishedOn", v.publishedOn().toString());
        body.put("current", v.version() == current);
        body.put("scorecard", v.definition());
        return body;
    }
}
