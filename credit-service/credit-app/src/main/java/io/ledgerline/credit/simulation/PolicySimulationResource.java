package io.ledgerline.credit.simulation;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What-if: the recorded assessments and order credit checks replayed under a candidate scorecard or credit policy. */
@Path("/api/v1/policy-simulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy simulations")
@SecurityRequirement(name = "jwt")
public class PolicySimulationResource {

    static final String HOW = "Replays credit-service's recorded history in stored order: every assessment is scored again from the "
            + "facts it recorded under the candidate scorecard (one recorded without facts keeps its score and is only graded again) "
            + "and graded under the candidate policy; every order credit check is decided again by the credit check rules with the "
            + "candidate assessment and the credit limit, exposure, overdue days and block it recorded (reservations stay as "
            + "recorded). An omitted scorecard or policy is the version each decision recorded. Reports per candidate grade and in "
            + "total: customers, checks, approved/held/rejected as recorded and under the candidate, approved orders the candidate "
            + "would hold or reject and the exposure that avoids per currency, and the opposite; the customers whose grade would "
            + "change; the checks whose outcome would. Nothing is decided or published; the run is kept for GET.";

    static final String RESULT = "{simulationId, requestedBy, requestedOn, candidate:{scorecard:{source RECORDED|PUBLISHED|INLINE, version, "
            + "name, definition}, policy:{...}}, from, to, customerIds, assessments:{replayed, inForceAtFrom, rescored, withoutFacts, "
            + "notScorable, notes}, grades:[{grade, customers, checks, recorded:{approved, held, rejected}, candidate:{...}, "
            + "ordersNoLongerApproved, exposureAvoided:[{amount, currency}], ordersNewlyApproved, exposureAdded:[...]}], totals:{...}, "
            + "gradeChanges:[{customerId, assessmentId, assessedOn, recordedScore, recordedGrade, candidateScore, candidateGrade, "
            + "rescored}], decisionChanges:[{orderId, customerId, checkedOn, amount, recordedGrade, recordedStatus, recordedReasons, "
            + "candidateGrade, candidateStatus, candidateReasons}]}";

    @Inject
    PolicySimulations simulations;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"credit-manager", "credit-analyst"})
    @Operation(summary = "Simulate a candidate scorecard or credit policy over the recorded history", description = HOW)
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "published policy", value = "{\"policyVersion\":3,\"from\":\"2013-01-01\",\"to\":\"2013-03-31\"}"),
            @ExampleObject(name = "published scorecard, some customers", value = "{\"scorecardVersion\":2,\"customerIds\":[\"0379-NEVHP\"]}")}))
    @APIResponse(responseCode = "201", description = RESULT)
    @APIResponse(responseCode = "400", description = "nothing to compare (nothing-to-compare), a version and an inline definition of the "
            + "same book, an invalid inline scorecard or policy, a bad date or from after to, bad customer ids; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "a scorecardVersion or policyVersion that is not published "
            + "(unknown-scorecard-version, unknown-credit-policy-version)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response simulate(SimulationRequest request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a policy simulation object");
        }
        PolicySimulations.Run run = simulations.simulate(request, identity.getPrincipal().getName(), LocalDate.now(clock));
        return Response.created(URI.create("/api/v1/policy-simulations/" + run.simulationId())).entity(run.json())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"credit-manager", "credit-analyst"})
    @Operation(summary = "One policy simulation run", description = "As POST answered it.")
    @APIResponse(responseCode = "200", description = RESULT)
    @APIResponse(responseCode = "404", description = "no such simulation (policy-simulation-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id) {
        return Response.ok(simulations.find(uuid(id)).orElseThrow(() -> notFound(id))).type(MediaType.APPLICATION_JSON).build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(Problem.of(404, "policy-simulation-not-found", "Not found", "there is no policy simulation " + id, "id"));
    }
}
