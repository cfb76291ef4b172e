package io.ledgerline.reporting.performance;

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

/** Collection performance by sales owner or team against the targets finance sets per period. */
@Path("/api/v1/collection-performance")
@RolesAllowed({"finance", "sales", "collector", "credit-manager"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection performance")
@SecurityRequirement(name = "jwt")
public class CollectionPerformanceResource {

    static final String FORMULAS = "Per period (calendar month, quarter or year; days = its calendar days) and sales owner "
            + "(groupBy=salesOwner, the customer's latest profile: '(none)' without one, '(unknown)' before the customer "
            + "arrives) or team (groupBy=team: the sum of the customers of its members by current membership; owners in no "
            + "team are '(none)'), in the one currency asked for (other currencies are left out, never converted). "
            + "The figures are those of GET /api/v1/metrics: salesInPeriod = amounts issued in the period; collected = "
            + "payments applied less payments unapplied, effective in the period; receivablesAtEnd = open amounts on the "
            + "period's last day; overdueAtEnd = the part of it past due (due date before the last day). "
            + "overdueRatio = overdueAtEnd / receivablesAtEnd (4 decimals); dso = receivablesAtEnd / salesInPeriod x days "
            + "(2 decimals); either is null when its denominator is zero. A team's figures are the sums of its members' "
            + "figures, and its ratio and DSO are computed from those sums. "
            + "target: the current target finance set for exactly this period label (2016-03, 2016-Q1 or 2016), scope "
            + "(sales-owner or team) and key in this currency; null when there is none. attainment = collected / "
            + "target.collect (4 decimals, half even); overdueRatioMet = overdueRatio <= maxOverdueRatio; dsoMet = "
            + "dso <= maxDso; each is null when the target sets no such limit or the metric is null. An owner or team "
            + "with a target but nothing to measure gets a row of zeros. Amounts are decimal strings in the currency's "
            + "minor unit.";

    private static final String EXAMPLE = """
            {"period":"month","from":"2016-03","to":"2016-03","groupBy":"team","currency":"SEK",
             "rows":[{"period":"2016-03","start":"2016-03-01","end":"2016-03-31","days":31,"key":"north",
                      "team":{"teamId":"north","name":"North"},"salesInPeriod":"5000.00","collected":"7000.00",
                      "receivablesAtEnd":"10000.00","overdueAtEnd":"5000.00","overdueRatio":"0.5000","dso":"62.00",
                      "target":{"targetId":"2016-03/team/north","collect":"8000.00","maxOverdueRatio":"0.6","maxDso":"60",
                                "setBy":"finance-user","setAt":"2016-02-25T09:00:00Z","attainment":"0.8750",
                                "overdueRatioMet":true,"dsoMet":false}}]}""";

    @Inject
    FindCollectionPerformance findPerformance;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Collection performance per period by sales owner or team, against targets", description = FORMULAS)
    @APIResponse(responseCode = "200", description = "one row per period and owner or team with anything to measure or a target",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollectionPerformanceReport.class),
                    examples = @ExampleObject(name = "team", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read collection performance",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CollectionPerformanceReport performance(
            @Parameter(description = "month (default), quarter or year", example = "quarter") @QueryParam("period") String period,
            @Parameter(description = "first month (YYYY-MM); the period containing it is the first; default to", example = "2016-01")
            @QueryParam("from") String from,
            @Parameter(description = "last month (YYYY-MM); the period containing it is the last; default this month by the "
                    + "business clock; at most 120 months after from", example = "2016-03")
            @QueryParam("to") String to,
            @Parameter(description = "salesOwner (default) or team", example = "team") @QueryParam("groupBy") String groupBy,
            @Parameter(description = "ISO 4217 code; required", required = true, example = "SEK") @QueryParam("currency") String currency) {
        return findPerformance.find(PerformanceRequest.parse(period, from, to, groupBy, currency, LocalDate.now(clock)));
    }
}
