package io.ledgerline.reporting.rollrate;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.reporting.aging.AgingCsv;
import io.ledgerline.reporting.aging.AgingResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roll rates: how the receivables of one currency moved between aging buckets, month over month. Same readers as aging. */
@Path("/api/v1/aging/roll-rates")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces({MediaType.APPLICATION_JSON, AgingCsv.MEDIA_TYPE})
@Tag(name = "Aging")
@SecurityRequirement(name = "jwt")
public class RollRateResource {

    static final String FORMULAS = "For each calendar month M from 'from' to 'to' (at most 24 months, one currency): "
            + "start = the day before M's first day, end = M's last day. An item's open amount and bucket on a date are the "
            + "aging report's: its amount, less what was applied, credited or written off and plus what was unapplied or "
            + "debited on or before that date, open when more than zero; bucket by days = date - due date (basis=due, the "
            + "default) or date - issue date (basis=issue), from the same bucket bounds as aging. "
            + "Each item counts in one row: its start bucket when it was open at the start; 'new' when it was issued in M; "
            + "'reopened' when it was issued earlier, not open at the start and open at the end (e.g. a payment unapplied). "
            + "Its base is its open amount at the start (start buckets), its issued amount (new) or 0 (reopened). What is "
            + "open at the end goes to its end bucket; settled = base - open at end when positive; increase = open at end - "
            + "base when positive (a debit, or a payment unapplied, beyond what was settled; all of a reopened item). So a "
            + "partly paid item puts what is left in its end bucket and the paid part in settled, and for every row "
            + "sum(to) = startBalance + issued + increase, to being the end buckets plus settled. The end-bucket columns added "
            + "over all rows are the aging report's buckets at the end of M in that currency; the start-bucket rows' "
            + "startBalance are its buckets at the start. "
            + "settledBy.paid = the part of each item's settled amount covered by payments applied less unapplied in M (for "
            + "a new item: all of them), at most what it settled; creditedOrWrittenOff = settled - paid. "
            + "rollRate = the row's amounts that ended in a later (older) bucket / startBalance; settledRate = settled / "
            + "startBalance (new: settled / issued). An item's age only grows, so what neither rolled nor settled stayed in "
            + "its bucket. Rates are fractions with 4 decimals, rounded half even, from the amounts as shown; null when the "
            + "denominator is zero; rollRate is always null for new and reopened. Amounts are decimal strings in the "
            + "currency's minor unit, each cell rounded half even once. A month not over yet is measured with what the ledger "
            + "holds so far. With groupBy, groups holds the same matrix per key, in key order, for keys with any item in the "
            + "month (region, customerType and salesOwner from the customer's latest profile: '(unknown)' before it arrives, "
            + "'(none)' without the attribute; productLine from the item itself, '(none)' without one). Answers CSV for Accept: text/csv or format=csv: a header row, then "
            + "month, start, end, key (empty for the currency's own rows), from, startBalance, issued, increase, one column per "
            + "end bucket, settled, paid, creditedOrWrittenOff, rollRate and settledRate per row.";

    private static final String CSV = AgingCsv.MEDIA_TYPE + ";charset=UTF-8";
    private static final String EXAMPLE = """
            {"currency":"NZD","basis":"due","groupBy":null,"buckets":["current","1-30","31-60","61-90","90+"],
             "months":[{"month":"2017-02","start":"2017-01-31","end":"2017-02-28","rows":[
               {"from":"current","startBalance":"1800.00","issued":"0.00","increase":"0.00",
                "to":{"current":"0.00","1-30":"800.00","31-60":"0.00","61-90":"0.00","90+":"0.00","settled":"1000.00"},
                "settledBy":{"paid":"1000.00","creditedOrWrittenOff":"0.00"},"rollRate":"0.4444","settledRate":"0.5556"},
               {"from":"new","startBalance":"0.00","issued":"450.00","increase":"0.00",
                "to":{"current":"350.00","1-30":"60.00","31-60":"0.00","61-90":"0.00","90+":"0.00","settled":"40.00"},
                "settledBy":{"paid":"40.00","creditedOrWrittenOff":"0.00"},"rollRate":null,"settledRate":"0.0889"}]}]}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://ledgerline.io/problems/invalid-parameter","title":"Invalid parameter","status":400,
             "detail":"from (2017-04) must not be after to (2017-02)","field":"from"}""";

    @Inject
    FindRollRates findRollRates;

    @GET
    @Operation(summary = "Roll-rate matrix: how receivables moved between aging buckets month over month",
            description = FORMULAS)
    @APIResponse(responseCode = "200", description = "one matrix per month, every row shown (zeros when nothing was in it)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RollRateReport.class),
                            examples = @ExampleObject(name = "February 2017, two of its rows", value = EXAMPLE)),
                    @Content(mediaType = AgingCsv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "from after to", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read aging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response rollRates(
            @Parameter(description = "first month (YYYY-MM), required", required = true, example = "2017-02")
            @QueryParam("from") String from,
            @Parameter(description = "last month (YYYY-MM), required; not before from, at most 24 months in all", required = true,
                    example = "2017-03")
            @QueryParam("to") String to,
            @Parameter(description = "ISO 4217 code, required: currencies are never added together", required = true,
                    example = "NZD")
            @QueryParam("currency") String currency,
            @Parameter(description = "upper bounds in days as in aging, strictly increasing, at most 12, at least one positive; "
                    + "negative ones (basis=due only) split what is not yet due; default 30,60,90", example = "30,60,90")
            @QueryParam("buckets") String buckets,
            @Parameter(description = "due (default): days past the due date; issue: days since the issue date", example = "due")
            @QueryParam("basis") String basis,
            @Parameter(description = "none (default: the currency as a whole), or customer, currency, region, customerType, "
                    + "salesOwner, itemType or productLine for a matrix per key as well", example = "region")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "json or csv; default by the Accept header, json when it says neither", example = "csv")
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = AgingResource.csv(format, headers);
        RollRateReport report = findRollRates.find(RollRateRequest.parse(from, to, currency, buckets, basis, groupBy));
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        RollRateReport.Month first = report.months().get(0);
        RollRateReport.Month last = report.months().get(report.months().size() - 1);
        // built from a validated currency code and months only, so the file name needs no escaping
        return Response.ok(RollRateCsv.report(report), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roll-rates-" + report.currency() + "-"
                        + first.month() + "-to-" + last.month() + ".csv\"")
                .build();
    }
}
