package io.ledgerline.reporting.metrics;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Period metrics of receivables: DSO (simple and countback), best possible DSO, ADD, CEI, overdue ratio, at-risk rate. */
@Path("/api/v1/metrics")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics")
@SecurityRequirement(name = "jwt")
public class MetricsResource {

    static final String FORMULAS = "Per period (calendar month, quarter or year; days = its calendar days), key and currency. "
            + "Receivables on a date are the aging report's open amounts on that date (amount less what was applied, credited "
            + "or written off, plus what was unapplied or debited, on or before it); at the start = on the day before the "
            + "period's first day, at the end = on its last day (a period not over yet is measured as of its last day with "
            + "what the ledger holds so far). "
            + "salesInPeriod = amounts of invoices, installments and late fees issued in the period. "
            + "collected = payments applied less payments unapplied, effective in the period. "
            + "currentAtEnd = receivables at the end not yet past due (due date on or after the end); overdueAtEnd = the rest; "
            + "atRiskAtEnd = receivables more than riskDays past due at the end. "
            + "dso = receivablesAtEnd / salesInPeriod x days. "
            + "countbackDso: from the period's last month backwards, each month's sales are taken off receivablesAtEnd while "
            + "they last and its calendar days counted in full; the month whose sales exceed what is left counts "
            + "left / its sales x its days and ends the count (at most 36 months back); e.g. 212,000 at the end of April 2013 "
            + "with sales of 100,000 in April (30 days), 80,000 in March (31) and 70,000 in February (28) gives "
            + "30 + 31 + 32,000 / 70,000 x 28 = 73.80 days (73.71 on 30-day months). "
            + "bestPossibleDso = currentAtEnd / salesInPeriod x days. "
            + "averageDaysDelinquent = dso - bestPossibleDso. "
            + "collectionEffectivenessIndex = (receivablesAtStart + salesInPeriod - receivablesAtEnd) "
            + "/ (receivablesAtStart + salesInPeriod - currentAtEnd) x 100. "
            + "overdueRatio = overdueAtEnd / receivablesAtEnd; atRiskRate = atRiskAtEnd / receivablesAtEnd. "
            + "Days and CEI have 2 decimals, ratios are fractions with 4, rounded half even; a metric whose denominator is "
            + "zero is null. Amounts are decimal strings in the currency's minor unit; currencies are never added together. "
            + "Groupings by region, customerType and salesOwner use the customer's latest profile ('(unknown)' before the "
            + "customer arrives, '(none)' without the attribute); productLine is each item's own, '(none)' without one.";

    @Inject
    FindMetrics findMetrics;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Receivable metrics per period", description = FORMULAS)
    @APIResponse(responseCode = "200", description = "one row per period, key and currency with anything to measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricsReport.class)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read reports", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MetricsReport metrics(
            @Parameter(description = "month (default), quarter or year", example = "quarter") @QueryParam("period") String period,
            @Parameter(description = "first month (YYYY-MM); the period containing it is the first; default to", example = "2013-01")
            @QueryParam("from") String from,
            @Parameter(description = "last month (YYYY-MM); the period containing it is the last; default this month by the "
                    + "business clock; at most 120 months after from", example = "2013-06")
            @QueryParam("to") String to,
            @Parameter(description = "customer (default), currency, region, customerType, salesOwner, itemType or productLine",
                    example = "region")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "receivables more than this many days past due are at risk; 0 to 3650, default 90",
                    example = "90")
            @QueryParam("riskDays") String riskDays) {
        MetricsRequest request = MetricsRequest.parse(period, from, to, groupBy, riskDays, LocalDate.now(clock));
        return findMetrics.find(request);
    }
}
