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

/** The credit alerts credit-service raised (downgrades, credit insurance referrals), with the customers' region and sales owner. */
@Path("/api/v1/credit/alerts")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit")
@SecurityRequirement(name = "jwt")
public class CreditAlertResource {

    static final String DESCRIPTION = "Alerts dated from `from` to `to` (both included): DOWNGRADE (CreditGradeDowngraded: graded "
            + "worse than the customer's last assessment; dated by its assessedOn) and INSURANCE_REFERRAL "
            + "(CreditInsuranceReferralRaised: scored below the policy's threshold, referred for credit insurance or factoring; "
            + "dated by its raisedOn), newest first (by day, then by when credit-service recorded them). Each carries the "
            + "customer's latest legal name, region, customer type and sales owner from reporting's customer dimension (null "
            + "before the customer's profile arrives). totals counts every alert of the period and kind (customers = distinct "
            + "customers); groupBy (customer, region, customerType or salesOwner) adds the same counts per key, '(unknown)' "
            + "for customers whose profile has not arrived, '(none)' for a profile without the attribute. Paged: page from 0, "
            + "size 1-500 (default 50); totalPages = ceil(totalItems / size). Amounts are decimal strings in the currency's "
            + "minor unit.";

    private static final String EXAMPLE = """
            {"from":"2013-03-01","to":"2013-03-31","kind":null,"groupBy":"region",
             "totals":{"downgrades":1,"insuranceReferrals":1,"customers":1},
             "groups":[{"key":"EMEA","downgrades":1,"insuranceReferrals":1,"customers":1}],
             "page":0,"size":50,"totalItems":2,"totalPages":1,
             "items":[{"kind":"INSURANCE_REFERRAL","on":"2013-03-15","customerId":"0379-NEVHP","legalName":"Nevada Hops Ltd",
                       "region":"EMEA","customerType":"DISTRIBUTOR","salesOwner":"j.doe",
                       "assessmentId":"7c4a9e2f-0000-4000-8000-000000000005","grade":"D","score":48,"fromGrade":null,
                       "fromScore":null,"trigger":null,"belowScore":60,
                       "exposureToCover":[{"amount":"32500.00","currency":"CNY"}]},
                      {"kind":"DOWNGRADE","on":"2013-03-15","customerId":"0379-NEVHP","legalName":"Nevada Hops Ltd",
                       "region":"EMEA","customerType":"DISTRIBUTOR","salesOwner":"j.doe",
                       "assessmentId":"7c4a9e2f-0000-4000-8000-000000000005","grade":"D","score":48,"fromGrade":"C",
                       "fromScore":61,"trigger":"risk-signal","belowScore":null,"exposureToCover":null}]}""";

    @Inject
    FindCreditAlerts findAlerts;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Credit alerts in a period: downgrades and credit insurance referrals", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "one page of the period's alerts, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreditAlerts.class),
                    examples = @ExampleObject(name = "by region", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read credit reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CreditAlerts alerts(
            @Parameter(description = "first day (ISO date); default the first day of to's month", example = "2013-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "last day (ISO date); default today by the business clock", example = "2013-03-31")
            @QueryParam("to") String to,
            @Parameter(description = "DOWNGRADE or INSURANCE_REFERRAL; default both", example = "DOWNGRADE")
            @QueryParam("kind") String kind,
            @Parameter(description = "customer, region, customerType or salesOwner: adds counts per key; default none",
                    example = "region")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "alerts per page, 1-500 (default 50)", example = "50") @QueryParam("size") String size) {
        return findAlerts.find(AlertsRequest.parse(from, to, kind, groupBy, page, size, LocalDate.now(clock)));
    }
}
