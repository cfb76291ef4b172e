package io.ledgerline.credit.profile;

import io.ledgerline.credit.api.v1.FinancialStatementSubmitted;
import io.ledgerline.platform.web.problem.Problem;
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

/** A customer's credit: financial statements in, assessments scored with the current scorecard and policy, the latest out. */
@Path("/api/v1/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer credit")
@SecurityRequirement(name = "jwt")
public class CreditProfileResource {

    static final String STATEMENT_EXAMPLE = """
            {"periodEnd":"2012-12-31","currency":"CNY","workingCapital":"1200000.00","retainedEarnings":"800000.00",
             "ebit":"450000.00","bookEquity":"2500000.00","totalAssets":"6000000.00","totalLiabilities":"3500000.00",
             "sales":"9000000.00"}""";

    @Inject
    CreditProfiles profiles;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Path("/financial-statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("credit-analyst")
    @Operation(summary = "Record a financial statement the customer submitted",
            description = "The figures Altman's Z' and Z'' are computed from at the next assessment; the latest period end counts, "
                    + "a later submission for the same period restates it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "statement", value = STATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "recorded")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submitStatement(@PathParam("id") String id, StatementRequest request) {
        String customerId = CreditValidation.customerId(id);
        String statementId = UUID.randomUUID().toString();
        FinancialStatementSubmitted submitted = profiles.submitStatement(customerId,
                CreditValidation.statement(request, statementId, today()), user(), today());
        return Response.created(URI.create("/api/v1/customers/" + customerId + "/financial-statements/" + statementId))
                .entity(submitted).build();
    }

    /** Takes no body, so a client needs no content type. */
    @POST
    @Path("/assessments")
    @RolesAllowed({"credit-analyst", "credit-manager"})
    @Operation(summary = "Score the customer now",
            description = "From what credit-service knows (customer profile and risk signals from ledgerline.customer.events, trading "
                    + "history and payment behaviour from ledgerline.receivables.events, the latest financial statement) with the "
                    + "current scorecard and credit policy; every missing input is listed.")
    @APIResponse(responseCode = "201", description = "assessed: score, grade, contributions, missing data, versions, terms")
    @APIResponse(responseCode = "422", description = "nothing to score under a RENORMALISE scorecard", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response assess(@PathParam("id") String id) {
        String customerId = CreditValidation.customerId(id);
        return Response.created(URI.create("/api/v1/customers/" + customerId + "/credit"))
                .entity(profiles.assess(customerId, user(), today())).build();
    }

    @GET
    @Path("/credit")
    @RolesAllowed({"credit-analyst", "credit-manager", "finance", "sales", "collector"})
    @Operation(summary = "The customer's latest assessment",
            description = "Score, grade, whether trade is allowed, each factor's contribution and inputs, missing data, the scorecard "
                    + "and policy versions, and the terms the grade earns.")
    @APIResponse(responseCode = "404", description = "never assessed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response credit(@PathParam("id") String id) {
        String customerId = CreditValidation.customerId(id);
        return Response.ok(profiles.credit(customerId).orElseThrow(() -> CreditProfiles.notAssessed(customerId))).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
