package io.ledgerline.reporting.forecast;

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

/** Cash expected from open receivables, week by week, from each customer's own lateness. */
@Path("/api/v1/forecast/collections")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast")
@SecurityRequirement(name = "jwt")
public class CollectionForecastResource {

    static final String DESCRIPTION = "Weeks are ISO weeks (Monday to Sunday), the first being asOf's. Every invoice, "
            + "installment or late fee open on asOf (as in the aging report) is expected for its undisputed part (open amount "
            + "less disputes open on asOf) on its due date shifted by its customer's days late over the payment-behaviour "
            + "window ending on asOf (see /api/v1/customers/{customerId}/payment-behaviour): expected at the average, early at "
            + "the 25th percentile, late at the 75th, each rounded half up to whole days. A customer that paid nothing in the "
            + "window takes the figures of every customer's paid invoices; with none at all the due date stands. An amount "
            + "expected before the first week (overdue, or due earlier) is expected in the first week; after the last week "
            + "it is under later. Per week: expected, early and late amounts; the band is cumulativeLow (collected by the end "
            + "of the week if every customer pays at its 75th percentile) to cumulativeHigh (at its 25th), with "
            + "cumulativeExpected for the average; cumulativeLow <= cumulativeHigh always. open = the undisputed amounts "
            + "forecast, equal to the weeks plus later in each scenario. Amounts are decimal strings in the currency's minor "
            + "unit, rounded half even per week; currencies are never added together.";

    @Inject
    FindCollectionForecast findCollectionForecast;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Cash-collection forecast by week", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "one row per key and currency with anything open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionForecast.class)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read reports", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CollectionForecast forecast(
            @Parameter(description = "ISO date the forecast starts from; default today by the business clock", example = "2013-06-30")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "number of weeks, 1 to 52; default 13", example = "13") @QueryParam("weeks") String weeks,
            @Parameter(description = "currency (default) or customer", example = "customer") @QueryParam("groupBy") String groupBy) {
        return findCollectionForecast.find(ForecastRequest.parse(asOf, weeks, groupBy, LocalDate.now(clock)));
    }
}
