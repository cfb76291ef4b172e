package io.ledgerline.credit.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.Money;
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

/** Order credit checks: approved and reserved, held with reasons and who may release them, or rejected; read from local tables only. */
@Path("/api/v1/credit-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit checks")
@SecurityRequirement(name = "jwt")
public class CreditCheckResource {

    static final String RULES = "Read only from credit-service's own tables (latest assessment, assigned credit limit, receivables "
            + "projection, reservations), never another service. Score below the policy's minimumScoreToTrade: REJECTED "
            + "(below-minimum-score); grade D: REJECTED (grade-d, \"grade D trades on prepayment only\"). Otherwise HOLD for each of: "
            + "the customer's credit blocked (blocked, the detail names the block's reason, released by credit-manager); never "
            + "assessed (not-assessed, credit-manager); no credit limit (no-credit-limit, credit-manager); order "
            + "currency other than the limit's, never converted (currency-not-limit-currency, credit-manager); open receivables + "
            + "open reservations - prepayments + this order above the limit, all in the order's currency (over-limit, "
            + "credit-manager); the oldest overdue item more days past due than the grade's tolerance, A 30, B 15, C and others 0 "
            + "(overdue-beyond-tolerance, credit-manager or finance); the grade's autoApprove false or the amount above its "
            + "autoApproveMaxAmount (above-auto-approval, credit-analyst or credit-manager). None: APPROVED, reserving the amount. "
            + "Every result records its inputs (assessment, score, grade, policy version, limit, exposure parts, overdue days and "
            + "tolerance). Idempotent on orderId: the same content again returns the check as it stands with 200; other content 409.";

    @Inject
    CreditChecks checks;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"sales", "credit-analyst", "credit-manager"})
    @Operation(summary = "Check an order against the customer's credit", description = RULES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "order",
            value = "{\"customerId\":\"0379-NEVHP\",\"orderId\":\"SO-2013-0042\",\"amount\":\"18000.00\",\"currency\":\"CNY\"}")))
    @APIResponse(responseCode = "201", description = "{orderId, customerId, amount:{amount, currency}, status APPROVED|HOLD|REJECTED, "
            + "reasons:[{code, detail, releasableBy}], checkedOn, requestedBy, inputs:{...}, release, cancellation}")
    @APIResponse(responseCode = "200", description = "the same orderId and content again: the check as it stands")
    @APIResponse(responseCode = "400", description = "invalid field (amount <= 0, bad currency, missing ids), nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "the orderId was checked with another customer or amount (order-id-in-use)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response check(CheckRequest request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be an order credit check object");
        }
        String customerId = CheckValidation.id(request.customerId(), "customerId", false);
        String orderId = CheckValidation.id(request.orderId(), "orderId", false);
        Money amount = CheckValidation.amount(request);
        CreditChecks.Result r = checks.check(orderId, customerId, amount, user(), today());
        return r.created() ? Response.created(URI.create("/api/v1/credit-checks/" + orderId)).entity(r.check()).build()
                : Response.ok(r.check()).build();
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({"sales", "credit-analyst", "credit-manager", "finance"})
    @Operation(summary = "One order's credit check", description = "As POST returns it, with its release or cancellation.")
    @APIResponse(responseCode = "404", description = "no check of this order", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode get(@PathParam("orderId") String id) {
        String orderId = CheckValidation.id(id, "orderId", true);
        return checks.find(orderId).orElseThrow(() -> CreditChecks.notFound(orderId));
    }

    @POST
    @Path("/{orderId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"credit-analyst", "credit-manager", "finance"})
    @Operation(summary = "Release a held order", description = "With a reason, by a role that every reason of the hold names in "
            + "releasableBy; the check becomes APPROVED and reserves the amount.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "release", value = "{\"reason\":\"paid by letter of credit\"}")))
    @APIResponse(responseCode = "200", description = "APPROVED, with release {releasedBy, role, releasedOn, reason}")
    @APIResponse(responseCode = "403", description = "the user holds no role the hold names (role-may-not-release)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no check of this order", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "not on HOLD (credit-check-not-held)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode release(@PathParam("orderId") String id, ReasonRequest request) {
        String orderId = CheckValidation.id(id, "orderId", true);
        return checks.release(orderId, user(), identity.getRoles(), CheckValidation.reason(request), today());
    }

    @POST
    @Path("/{orderId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"sales", "credit-analyst", "credit-manager"})
    @Operation(summary = "Cancel an order's credit check", description = "With a reason; an APPROVED check frees its reservation, "
            + "a HOLD is closed. The check becomes CANCELLED.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cancellation", value = "{\"reason\":\"the customer withdrew the order\"}")))
    @APIResponse(responseCode = "200", description = "CANCELLED, with cancellation {cancelledBy, cancelledOn, reason, reservationFreed}")
    @APIResponse(responseCode = "404", description = "no check of this order", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "REJECTED or already CANCELLED (credit-check-not-open)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode cancel(@PathParam("orderId") String id, ReasonRequest request) {
        String orderId = CheckValidation.id(id, "orderId", true);
        return checks.cancel(orderId, user(), CheckValidation.reason(request), today());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
