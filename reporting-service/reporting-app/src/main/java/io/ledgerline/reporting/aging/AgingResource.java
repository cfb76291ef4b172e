package io.ledgerline.reporting.aging;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
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

/** The aging report: open receivables by days past due (or since issue), as of any date, as known on any instant. */
@Path("/api/v1/aging")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces({MediaType.APPLICATION_JSON, AgingCsv.MEDIA_TYPE})
@Tag(name = "Aging")
@SecurityRequirement(name = "jwt")
public class AgingResource {

    private static final String CSV = AgingCsv.MEDIA_TYPE + ";charset=UTF-8";
    private static final String REPORT_EXAMPLE = """
            {"asOf":"2013-06-30","knownAt":null,"basis":"due","groupBy":"customer","buckets":["current","1-30","31-60","61-90","90+"],
             "rows":[{"key":"0379-NEVHP","currency":"USD",
                      "amounts":{"current":"55.94","1-30":"20.00","31-60":"0.00","61-90":"0.00","90+":"0.00"},"total":"75.94",
                      "disputed":"20.00"}],
             "totals":[{"currency":"USD",
                        "amounts":{"current":"55.94","1-30":"20.00","31-60":"0.00","61-90":"0.00","90+":"0.00"},"total":"75.94",
                        "disputed":"20.00"}]}""";
    private static final String REPORT_CSV_EXAMPLE = """
            key,currency,current,1-30,31-60,61-90,90+,total,disputed
            0379-NEVHP,USD,55.94,20.00,0.00,0.00,0.00,75.94,20.00
            """;
    private static final String ITEMS_EXAMPLE = """
            {"asOf":"2013-06-30","knownAt":null,"basis":"due","groupBy":"customer","key":"0379-NEVHP","currency":"USD",
             "bucket":"1-30","open":"20.00","disputed":"20.00","page":0,"size":50,"totalItems":1,"totalPages":1,
             "items":[{"invoiceId":"5f0c6a52-8d4e-4d8b-9a57-2b1f1c0e7d11","invoiceNumber":"0000000001","customerId":"0379-NEVHP",
                       "itemType":"INVOICE","currency":"USD","issueDate":"2013-05-01","dueDate":"2013-05-31","daysPastDue":30,
                       "daysSinceIssue":60,"amount":"100.00","open":"20.00","disputed":"20.00","bucket":"1-30"}]}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type":"https://ledgerline.io/problems/invalid-parameter","title":"Invalid parameter","status":400,
             "detail":"asOf must be an ISO date such as 2013-06-30, not '2013-06-31'","field":"asOf"}""";

    private static final String OPEN = "An invoice (or contract installment, or late fee: they age alike) is open on asOf when it was "
            + "issued on or before that date and its amount, less what was applied, credited or written off and plus what was "
            + "unapplied or debited on or before that date, leaves an amount to pay. "
            + "Days = asOf - due date (basis=due, the default; 0 or less is not yet due) or asOf - issue date (basis=issue). "
            + "Buckets are upper bounds in days, 0 always being one: 30,60,90 gives current (0 or less), 1-30, 31-60, 61-90 "
            + "and 90+ (more than 90); negative bounds split what is not yet due by the days left: -7,0,30 gives 'due in 7+' "
            + "(7 days or more to go), 'due in 0-6' (due today or within 6 days), 1-30 and 30+. "
            + "disputed = the part of the open amounts under disputes opened and not resolved on or before asOf, capped at "
            + "each invoice's open amount; it is shown separately and still counted in the buckets and total. "
            + "knownAt answers as the ledger knew it at that instant: invoices, payments, credits, write-offs, debits and "
            + "dispute openings or resolutions recorded after it are left out, even when back-dated to before asOf; facts "
            + "folded before recorded times were kept count as known since forever. "
            + "Groupings by region, customerType and salesOwner use the customer's latest profile (also under knownAt); "
            + "invoices whose customer is not known yet are under '(unknown)', a known customer without that attribute under "
            + "'(none)'. groupBy=productLine groups by each item's own product line as the ERP sent it with the invoice; "
            + "items without one (older invoices, contract installments, late fees) are under '(none)'. "
            + "Currencies are never added together. Amounts are decimal strings in the currency's minor unit, rounded half "
            + "even once per bucket. Answers CSV for Accept: text/csv or format=csv.";

    private static final String AS_OF = "ISO date the report is as of; default today by the business clock";
    private static final String GROUP_BY = "customer (default), currency, region, customerType, salesOwner, itemType or productLine";
    private static final String BUCKETS = "upper bounds in days, strictly increasing, at most 12, at least one positive; "
            + "negative ones (basis=due only) split what is not yet due; default 30,60,90";
    private static final String ITEM_TYPE = "only items of this type: INVOICE, INSTALLMENT (of a contract) or LATE_FEE; "
            + "default every type";
    private static final String BASIS = "due (default): days past the due date; issue: days since the issue date";
    private static final String KNOWN_AT = "ISO instant: answer as the ledger knew it then, before facts recorded later; "
            + "default now";
    private static final String FORMAT = "json or csv; default by the Accept header, json when it says neither";

    @Inject
    FindAging findAging;

    @Inject
    FindAgingItems findAgingItems;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Age open receivables as of a date", description = OPEN
            + " Rows are per key and currency, totals per currency. The CSV has a header row key, currency, one column per "
            + "bucket, total and disputed, then one line per row; the per-currency totals are in the JSON only.")
    @APIResponse(responseCode = "200", description = "the report; rows and totals are empty when nothing was open",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgingReport.class),
                            examples = @ExampleObject(name = "one customer", value = REPORT_EXAMPLE)),
                    @Content(mediaType = AgingCsv.MEDIA_TYPE, examples = @ExampleObject(name = "one customer",
                            value = REPORT_CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read aging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response aging(
            @Parameter(description = AS_OF, example = "2013-06-30") @QueryParam("asOf") String asOf,
            @Parameter(description = GROUP_BY, example = "customer") @QueryParam("groupBy") String groupBy,
            @Parameter(description = BUCKETS, example = "-7,0,30,60,90,180") @QueryParam("buckets") String buckets,
            @Parameter(description = ITEM_TYPE, example = "INSTALLMENT") @QueryParam("itemType") String itemType,
            @Parameter(description = BASIS, example = "due") @QueryParam("basis") String basis,
            @Parameter(description = KNOWN_AT, example = "2013-07-01T00:00:00Z") @QueryParam("knownAt") String knownAt,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        AgingReport report = findAging.find(AgingRequest.parse(asOf, groupBy, buckets, itemType, basis, knownAt,
                LocalDate.now(clock)));
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(AgingCsv.report(report), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        attachment("aging-" + report.asOf() + "-by-" + report.groupBy() + ".csv"))
                .build();
    }

    @GET
    @Path("/items")
    @Operation(summary = "Drill down from a cell of the aging report to its items", description = OPEN
            + " Takes the report's parameters plus the cell: key (a row's key under groupBy; absent = every row, i.e. the "
            + "totals line), currency (required) and bucket (a label of the report; absent = the whole row). Items are the "
            + "open ones of that cell, most overdue first (by the basis' days, then invoice number); page is 0-based, size 50 "
            + "by default and at most 500; totalPages = ceil(totalItems / size). open and disputed add up every item of the "
            + "cell (all pages), rounded the way the report rounds, so they equal the cell's amount and the row's disputed "
            + "amount. The CSV has a header row and one line per item of the page.")
    @APIResponse(responseCode = "200", description = "one page of the cell's items; items is empty past the last page",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgingItems.class),
                            examples = @ExampleObject(name = "one invoice", value = ITEMS_EXAMPLE)),
                    @Content(mediaType = AgingCsv.MEDIA_TYPE)})
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad date", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read aging", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response items(
            @Parameter(description = AS_OF, example = "2013-06-30") @QueryParam("asOf") String asOf,
            @Parameter(description = GROUP_BY, example = "customer") @QueryParam("groupBy") String groupBy,
            @Parameter(description = BUCKETS, example = "30,60,90") @QueryParam("buckets") String buckets,
            @Parameter(description = ITEM_TYPE, example = "INVOICE") @QueryParam("itemType") String itemType,
            @Parameter(description = BASIS, example = "due") @QueryParam("basis") String basis,
            @Parameter(description = KNOWN_AT, example = "2013-07-01T00:00:00Z") @QueryParam("knownAt") String knownAt,
            @Parameter(description = "the row's key under groupBy; absent = every row", example = "0379-NEVHP")
            @QueryParam("key") String key,
            @Parameter(description = "the row's currency (required)", required = true, example = "USD")
            @QueryParam("currency") String currency,
            @Parameter(description = "a bucket label of the report; absent = the whole row", example = "1-30")
            @QueryParam("bucket") String bucket,
            @Parameter(description = "0-based page number; default 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "items per page, 1 to 500; default 50", example = "50") @QueryParam("size") String size,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = csv(format, headers);
        AgingRequest report = AgingRequest.parse(asOf, groupBy, buckets, itemType, basis, knownAt, LocalDate.now(clock));
        AgingItems items = findAgingItems.find(AgingItemsRequest.parse(report, key, currency, bucket, page, size));
        if (!csv) {
            return Response.ok(items, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(AgingCsv.items(items), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("aging-items-" + items.asOf() + "-page-" + items.page() + ".csv"))
                .build();
    }

    /** format=csv or json decides; otherwise the most preferred of the Accept header's types that names one of them. */
    public static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidParameter("format", "format must be json or csv, not '" + format + "'");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(AgingCsv.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }

    /** File names here are built from dates, grouping names and numbers only, so they need no escaping. */
    private static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }
}
