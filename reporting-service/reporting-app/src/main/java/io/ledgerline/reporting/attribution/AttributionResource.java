package io.ledgerline.reporting.attribution;

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

/** Which collection actions bring money in: payments attributed by collections-service to the touches before them. */
@Path("/api/v1/collections/attribution")
@RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
@SecurityRequirement(name = "jwt")
public class AttributionResource {

    static final String DESCRIPTION = "The payments in `currency` paid from `from` to `to` (both included), as collections-service "
            + "attributed them (PaymentAttributed: the customer's touches in the window days up to the day paid). byTouch: per kind "
            + "of touch (REMINDER_EMAIL, EMAIL, CALL, VISIT, PROMISE) the payments that followed at least one, what they collected, "
            + "their share of all collected (a payment counts under every kind it followed, so shares may add up to more than 1) "
            + "and the median days from the latest touch of the kind to the payment; NONE: the payments without any touch, the "
            + "baseline. byLastTouch: the same per kind of each payment's last touch, each payment once. Amounts are decimal "
            + "strings in the currency's minor unit, never added across currencies; shares have 4 decimals (null when nothing "
            + "was collected). A payment unapplied later still counts.";

    private static final String EXAMPLE = """
            {"currency":"USD","from":"2041-03-01","to":"2041-03-31","payments":3,"collected":"4000.00",
             "byTouch":[{"kind":"REMINDER_EMAIL","payments":2,"collected":"3000.00","share":0.7500,"medianDaysFromLastTouch":7.5},
                        {"kind":"CALL","payments":1,"collected":"1000.00","share":0.2500,"medianDaysFromLastTouch":1.0},
                        {"kind":"NONE","payments":1,"collected":"1000.00","share":0.2500,"medianDaysFromLastTouch":null}],
             "byLastTouch":[{"kind":"REMINDER_EMAIL","payments":1,"collected":"2000.00","share":0.5000,"medianDaysFromLastTouch":5.0},
                            {"kind":"CALL","payments":1,"collected":"1000.00","share":0.2500,"medianDaysFromLastTouch":1.0},
                            {"kind":"NONE","payments":1,"collected":"1000.00","share":0.2500,"medianDaysFromLastTouch":null}]}""";

    @Inject
    FindAttribution find;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Payments by the collection touches that preceded them", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "the period's payments per kind of touch and per kind of last touch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttributionReport.class),
                    examples = @ExampleObject(name = "a month in USD", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "currency missing or not ISO 4217, a date not ISO, or from after to; field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "the token's role may not read reports", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public AttributionReport attribution(
            @Parameter(description = "ISO 4217 currency; required", example = "USD") @QueryParam("currency") String currency,
            @Parameter(description = "first day paid (ISO date); default the first day of to's month", example = "2041-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "last day paid (ISO date); default today by the business clock", example = "2041-03-31")
            @QueryParam("to") String to) {
        return find.find(AttributionRequest.parse(currency, from, to, LocalDate.now(clock)));
    }
}
