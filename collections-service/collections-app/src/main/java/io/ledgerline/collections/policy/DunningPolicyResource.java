package io.ledgerline.collections.policy;

import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dunning policy versions: read by everyone who follows dunning, published by a credit-manager or finance. */
@Path("/api/v1/dunning-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dunning policies")
@SecurityRequirement(name = "jwt")
public class DunningPolicyResource {

    @Inject
    DunningPolicies policies;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @Path("/current")
    @RolesAllowed({"collector", "finance", "sales", "credit-manager", "ops"})
    @Operation(summary = "Read the dunning policy in force",
            description = "Per credit grade a ladder of steps by days from the due date, and the minimum balance per currency.")
    @APIResponse(responseCode = "200", description = "{version, publishedBy, publishedOn, current, policy}")
    @APIResponse(responseCode = "404", description = "no policy is published", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Map<String, Object> current() {
        PolicyVersion current = policies.current().orElseThrow(() -> new ProblemException(
                Problem.of(404, "dunning-policy-not-found", "Not found", "no dunning policy is published", null)));
        return view(current, current.version());
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({"collector", "finance", "sales", "credit-manager", "ops"})
    @Operation(summary = "Read one dunning policy version", description = "Every step reached names the policy version that decided it.")
    @APIResponse(responseCode = "200", description = "{version, publishedBy, publishedOn, current, policy}")
    @APIResponse(responseCode = "400", description = "the version is not a positive whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Map<String, Object> get(@PathParam("version") String version) {
        int number = version(version);
        PolicyVersion found = policies.version(number).orElseThrow(() -> new ProblemException(Problem.of(404,
                "dunning-policy-not-found", "Not found", "no dunning policy version " + number + " is published", "version")));
        return view(found, policies.current().map(PolicyVersion::version).orElse(0));
    }

    /** The body is read here, strictly, so that a misspelt key is refused with its path rather than ignored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"credit-manager", "finance"})
    @Operation(summary = "Publish a new dunning policy version",
            description = "Validated first (see the README's rules: one UNGRADED ladder, steps by ascending day with known actions "
                    + "and owners that only escalate, distinct currencies for minimum balances, no unknown keys); 201 with the new "
                    + "version, which every evaluation from now on uses; 200 with the current version when the content is identical.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DunningPolicyDefinition.class)))
    @APIResponse(responseCode = "201", description = "published")
    @APIResponse(responseCode = "200", description = "identical to the current version: nothing published")
    @APIResponse(responseCode = "400", description = "invalid policy, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response publish(String body) {
        Publication p;
        try {
            p = policies.publish(PolicyText.json(body), identity.getPrincipal().getName(), LocalDate.now(clock));
        } catch (InvalidPolicy e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
        Map<String, Object> view = view(policies.version(p.version()).orElseThrow(), p.version());
        return p.created() ? Response.created(URI.create("/api/v1/dunning-policies/" + p.version())).entity(view).build()
                : Response.ok(view).build();
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

    private static Map<String, Object> view(PolicyVersion v, int current) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", v.version());
        body.put("publishedBy", v.publishedBy());
        body.put("publishedOn", v.publishedOn().toString());
        body.put("current", v.version() == current);
        body.put("policy", v.policy());
        return body;
    }
}
