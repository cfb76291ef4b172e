package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The aging report: open receivables by days past due, as of any date. */
@Path("/api/v1/aging")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aging")
@SecurityRequirement(name = "jwt")
public class AgingResource {

    private static final String REPORT_EXAMPLE = """
            {"asOf":"2013-06-30","groupBy":"customer","buckets":["current","1-30","31-60","61-90","90+"],
             "rows":[{"key":"0379-NEVHP","currency":"USD",
                      "amounts":{"current":"55.94","1-30":"20.00","31-60":"0.00","61-90":"0.00","90+":"0.00"},"total":"75.94",
                      "disputed":"20.00"}],
             "totals":[{"currency":"USD",
                        "amounts":{"current":"55.94","1-30":"20.00","31-60":"0.00","61-90":"0.00","90+":"0.00"},"total":"75.94",
                        "disputed":"20.00"}]}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://ledgerline.io/problems/invalid-parameter","title":"Invalid parameter","status":400,
             "detail":"asOf must be an ISO date such as 2013-06-30, not '2013-06-31'","field":"asOf"}""";

    @Inject
    FindAging findAging;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Age open receivables as of a date",
            description = "An invoice (or contract installment, or late fee: they age alike) is open on asOf when it was issued on or "
                    + "before that date and its amount, less what was applied, credited or written off and plus what was unapplied "
                    + "or debited on or before that date, leaves an amount to pay. "
                    + "Days past due = asOf - due date; 0 or less is current. "
                    + "disputed = the part of the open amounts under disputes opened and not resolved on or before asOf, capped at "
                    + "each invoice's open amount; it is shown separately and still counted in the buckets and total. "
                    + "Groupings by region, customerType and salesOwner use the customer's latest profile; invoices whose customer "
                    + "is not known yet are under '(unknown)', a known customer without that attribute under '(none)'. "
                    + "Rows are per key and currency, totals per currency: currencies are never added together. "
                    + "Amounts are decimal strings in the currency's minor unit.")
    @APIResponse(responseCode = "200", description = "the report; rows and totals are empty when nothing was open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgingReport.class),
                    examples = @ExampleObject(name = "one customer", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read aging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AgingReport aging(
            @Parameter(description = "ISO date the report is as of; default today by the business clock", example = "2013-06-30")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "customer (default), currency, region, customerType, salesOwner or itemType", example = "customer")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "upper bounds in days past due of the overdue buckets, strictly increasing, at most 12; "
                    + "default 30,60,90", example = "30,60,90")
            @QueryParam("buckets") String buckets,
            @Parameter(description = "only items of this type: INVOICE, INSTALLMENT (of a contract) or LATE_FEE; default every type",
                    example = "INSTALLMENT")
            @QueryParam("itemType") String itemType) {
        return findAging.find(AgingRequest.parse(asOf, groupBy, buckets, itemType, LocalDate.now(clock)));
    }
}
