package io.ledgerline.credit.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Credit applications: a requested limit and terms, granted at once within the credit policy, else
 * waiting for a credit manager other than the requester to approve or reject them with a reason.
 */
@Path("/api/v1/credit-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit applications")
@SecurityRequirement(name = "jwt")
public class CreditApplicationResource {

    static final String APPLICATION_EXAMPLE = """
            {"applicationId":"3d5f8a2b-0000-4000-8000-000000000003","customerId":"0379-NEVHP",
             "requestedLimit":{"amount":"200000.00","currency":"CNY"},"paymentTermsDays":30,"prepaymentShare":"0.30"}""";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    @Inject
    CreditApplications applications;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"sales", "credit-analyst", "credit-manager"})
    @Operation(summary = "Apply for a credit limit and terms for a customer",
            description = "Held against the customer's latest assessment and the current credit policy: within the grade's limit "
                    + "range, terms and prepayment share, and at or above the minimum score to trade, it is granted at once and "
                    + "assigns the limit; otherwise, or when the customer was never assessed, it is PENDING with each reason. "
                    + "Sending an applicationId makes it idempotent: a repeat returns the first result with 200.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "submitted: GRANTED or PENDING with its evaluation")
    @APIResponse(responseCode = "200", description = "the same applicationId and content again: the first result")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "the applicationId was used with another customer, limit or terms",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(ApplicationRequest request) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a credit application object");
        }
        String applicationId = ApplicationValidation.applicationId(request);
        String customerId = ApplicationValidation.customerId(request.customerId(), "customerId", false);
        CreditRequest credit = ApplicationValidation.request(request);
        CreditApplications.Submission s = applications.submit(applicationId, customerId, credit, user(), today());
        return s.created() ? Response.created(URI.create("/api/v1/credit-applications/" + applicationId)).entity(s.application()).build()
                : Response.ok(s.application()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"sales", "credit-analyst", "credit-manager", "finance"})
    @Operation(summary = "One credit application", description = "Its request, status, the reasons it is outside the policy, the "
            + "evaluation (assessment, score, grade, scorecard and policy versions, every check) and the decision.")
    @APIResponse(responseCode = "404", description = "no such application", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode get(@PathParam("id") String id) {
        String applicationId = ApplicationValidation.pathId(id);
        return applications.find(applicationId).orElseThrow(() -> CreditApplications.notFound(applicationId));
    }

    @GET
    @RolesAllowed({"sales", "credit-analyst", "credit-manager", "finance"})
    @Operation(summary = "Credit applications, in the order they were submitted",
            description = "Optionally only those with status PENDING, GRANTED or REJECTED and of one customer; page from 0, size 1-200 "
                    + "(default 50).")
    @APIResponse(responseCode = "400", description = "invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Map<String, Object> list(@QueryParam("status") String status, @QueryParam("customerId") String customerId,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        CreditApplication.Status wanted = status(status);
        String customer = customerId == null ? null : ApplicationValidation.customerId(customerId, "customerId", true);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        CreditApplicationView.Page found = applications.list(wanted, customer, pageNumber, pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", pageNumber);
        body.put("size", pageSize);
        body.put("totalItems", found.totalItems());
        body.put("totalPages", (found.totalItems() + pageSize - 1) / pageSize);
        body.put("items", found.items());
        return body;
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("credit-manager")
    @Operation(summary = "Grant a pending application outside the policy",
            description = "By a credit manager who did not request it, with a reason; assigns the requested limit and terms.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approval", value = "{\"reason\":\"ten years without a late payment\"}")))
    @APIResponse(responseCode = "200", description = "GRANTED")
    @APIResponse(responseCode = "403", description = "the requester may not decide their own application (requester-cannot-decide)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "already decided (application-already-decided)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode approve(@PathParam("id") String id, DecisionRequest request) {
        String applicationId = ApplicationValidation.pathId(id);
        return applications.approve(applicationId, user(), ApplicationValidation.reason(request), today());
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("credit-manager")
    @Operation(summary = "Reject a pending application", description = "By a credit manager who did not request it, with a reason.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", value = "{\"reason\":\"grade C does not carry 400000\"}")))
    @APIResponse(responseCode = "200", description = "REJECTED")
    @APIResponse(responseCode = "403", description = "the requester may not decide their own application (requester-cannot-decide)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "already decided (application-already-decided)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode reject(@PathParam("id") String id, DecisionRequest request) {
        String applicationId = ApplicationValidation.pathId(id);
        return applications.reject(applicationId, user(), ApplicationValidation.reason(request), today());
    }

    private static CreditApplication.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(CreditApplication.Status.values()).filter(s -> s.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalidParameter("status", "status must be one of "
                        + Arrays.toString(CreditApplication.Status.values()) + ", not '" + value + "'"));
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ProblemException.invalidParameter(field, field + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + value + "'");
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
