package io.ledgerline.reporting.credit;

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

/** What the credit policy did to orders and customers in a period, per grade. */
@Path("/api/v1/credit/policy-effect")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit")
@SecurityRequirement(name = "jwt")
public class PolicyEffectResource {

    static final String FORMULAS = "Per grade: the grade in force at the check is the grade the order credit check read "
            + "(inputs.grade of CreditCheckApproved/Held/Rejected; '(none)' when the customer was never assessed; for a "
            + "decision without inputs, the customer's latest assessment with assessedOn on or before checkedOn). Of the "
            + "checks with checkedOn from `from` to `to` (both included): approvedAtOnce, held and rejected count their "
            + "decision (checks = approvedAtOnce + held + rejected); released = held checks released on or before `to` "
            + "(approved from then on); cancelled = checks cancelled on or before `to`, whatever their decision (a released "
            + "check that was cancelled counts in both). holdRate = held / checks; releaseRate = released / held (4 decimals, "
            + "half even; null when the denominator is 0). amounts: the same counts' order amounts per currency, decimal "
            + "strings in the currency's minor unit, never converted. customersAtTo = customers whose latest assessment "
            + "(assessedOn on or before `to`; by assessedOn, then order of recording) has the grade. downgradedTo / "
            + "downgradedFrom = CreditGradeDowngraded events with assessedOn in the period into / out of the grade (as "
            + "credit-service ranks grades; they equal GET /api/v1/credit/alerts?kind=DOWNGRADE for the period). upgradedTo "
            + "/ upgradedFrom = assessments in the period whose grade differs from the customer's previous assessment and "
            + "whose score is higher, into / out of the grade. Grades are listed in order, '(none)' last; total has the same "
            + "figures over every grade (each grade change counted once on both sides).";

    private static final String EXAMPLE = """
            {"from":"2013-03-01","to":"2013-03-31",
             "grades":[{"grade":"C","checks":3,"approvedAtOnce":1,"held":1,"released":1,"rejected":1,"cancelled":0,
                        "holdRate":"0.3333","releaseRate":"1.0000",
                        "amounts":[{"currency":"CNY","checked":"54000.00","approvedAtOnce":"18000.00","held":"18000.00",
                                    "released":"18000.00","rejected":"18000.00","cancelled":"0.00"}],
                        "customersAtTo":2,"downgradedTo":0,"downgradedFrom":0,"upgradedTo":1,"upgradedFrom":0},
                       {"grade":"D","checks":0,"approvedAtOnce":0,"held":0,"released":0,"rejected":0,"cancelled":0,
                        "holdRate":null,"releaseRate":null,"amounts":[],
                        "customersAtTo":0,"downgradedTo":0,"downgradedFrom":0,"upgradedTo":0,"upgradedFrom":1}],
             "total":{"grade":"(all)","checks":3,"approvedAtOnce":1,"held":1,"released":1,"rejected":1,"cancelled":0,
                      "holdRate":"0.3333","releaseRate":"1.0000",
                      "amounts":[{"currency":"CNY","checked":"54000.00","approvedAtOnce":"18000.00","held":"18000.00",
                                  "released":"18000.00","rejected":"18000.00","cancelled":"0.00"}],
                      "customersAtTo":2,"downgradedTo":0,"downgradedFrom":0,"upgradedTo":1,"upgradedFrom":1}}""";

    @Inject
    FindPolicyEffect findEffect;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The credit-policy effect per grade: checks held, released, rejected; grades at the end; grade changes",
            description = FORMULAS)
    @APIResponse(responseCode = "200", description = "one row per grade with anything to count, and the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyEffectReport.class),
                    examples = @ExampleObject(name = "one grade", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read credit reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PolicyEffectReport effect(
            @Parameter(description = "first day (ISO date); default the first day of to's month", example = "2013-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "last day (ISO date); default today by the business clock", example = "2013-03-31")
            @QueryParam("to") String to) {
        return findEffect.find(CreditPeriod.parse(from, to, LocalDate.now(clock)));
    }
}
