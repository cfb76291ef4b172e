package io.ledgerline.credit.book;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import io.ledgerline.credit.scoring.InvalidDefinition;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit policy versions: grades by score band and the terms of each grade; read widely, published by a credit-manager. */
@Path("/api/v1/credit-policies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit policies")
@SecurityRequirement(name = "jwt")
public class CreditPolicyResource {

    @Inject
    Books books;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @Path("/current")
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "sales", "collector", "ops"})
    @Operation(summary = "Read the current credit policy version",
            description = "Grades by minimum score, each with its limit range, payment terms, prepayment share and auto-approval.")
    public Map<String, Object> current() {
        return view(books.currentPolicy().orElseThrow(() -> new ProblemException(
                Problem.of(404, "credit-policy-not-found", "Not found", "no credit policy is published", null))));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "sales", "collector", "ops"})
    @Operation(summary = "Read one credit policy version", description = "Assessments name the policy version that graded them.")
    @APIResponse(responseCode = "404", description = "no such version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Map<String, Object> get(@PathParam("version") String version) {
        int number = ScorecardResource.version(version);
        return view(books.policy(number).orElseThrow(() -> new ProblemException(Problem.of(404, "credit-policy-not-found",
                "Not found", "no credit policy version " + number + " is published", "version"))));
    }

    @POST
    @RolesAllowed("credit-manager")
    @Operation(summary = "Publish a new credit policy version",
            description = "Validated first (distinct grades and minimum scores, one grade from 0, limit ranges with min <= max, "
                    + "prepayment share 0-1); 201 with the new version; 200 with the current version when the content is identical.")
    @APIResponse(responseCode = "201", description = "published")
    @APIResponse(responseCode = "400", description = "invalid policy, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response publish(CreditPolicyDefinition policy) {
        Publication p;
        try {
            p = books.publishPolicy(policy, identity.getPrincipal().getName(), LocalDate.now(clock));
        } catch (InvalidDefinition e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
        Map<String, Object> body = view(books.policy(p.version()).orElseThrow());
        return p.created() ? Response.created(URI.create("/api/v1/credit-policies/" + p.version())).entity(body).build()
                : Response.ok(body).build();
    }

    private static Map<String, Object> view(Version<CreditPolicyDefinition> v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", v.version());
        body.put("publishedBy", v.publishedBy());
        body.put("publishedOn", v.publishedOn().toString());
        body.put("policy", v.definition());
        return body;
    }
}
