package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.arrangement.ArrangementCommand.MakePromise;
import io.ledgerline.collections.casework.RequestFields;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A promise to pay recorded on a collection case. */
@Path("/api/v1/cases/{caseId}/promises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promises and plans")
@SecurityRequirement(name = "jwt")
public class PromiseResource {

    static final int MAX_DAYS_AHEAD = 90;
    private static final String SHAPE = "{\"amount\": \"5000.00\", \"currency\": \"USD\", \"promisedFor\": \"YYYY-MM-DD\", "
            + "\"toleranceDays\": 3, \"invoiceIds\": [\"...\"], \"note\": \"...\"}";

    @Inject
    Coverage coverage;

    @Inject
    CustomerArrangements arrangements;

    @Inject
    ArrangementReads reads;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ledgerline.collections.promise.tolerance-days", defaultValue = "3")
    int defaultTolerance;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"collector", "finance", "sales"})
    @Operation(summary = "Record a promise to pay", description = "The customer promised to pay amount (in currency) by promisedFor "
            + "(today up to 90 days ahead) towards invoiceIds, by default every overdue undisputed item of the case's customer in that "
            + "currency. From tomorrow the items' dunning ladder waits until promisedFor plus toleranceDays (0-30, default 3). The "
            + "promise is KEPT as soon as payments on the items since today reach the amount; after its last day it is PARTIALLY_KEPT "
            + "when something was paid, BROKEN when nothing was, and a broken promise escalates the case one level.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a promise",
            value = "{\"amount\":\"5000.00\",\"currency\":\"USD\",\"promisedFor\":\"2026-03-20\",\"toleranceDays\":3,"
                    + "\"note\":\"Wang Fang: transfer after the month-end close\"}")))
    @APIResponse(responseCode = "201", description = "{promiseId, caseId, customerId, invoiceIds, amount:{amount, currency}, "
            + "promisedFor, toleranceDays, madeOn, madeBy, note, status: PENDING}")
    @APIResponse(responseCode = "400", description = "a field missing or wrong, an item not open in the currency, an amount above "
            + "what is open on the items", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "case-closed, or already-arranged (an item is under a pending promise or an "
            + "active plan)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response make(@PathParam("caseId") String caseId, String body) {
        LocalDate today = LocalDate.now(clock);
        RequestFields fields = RequestFields.of(body, Set.of("amount", "currency", "promisedFor", "toleranceDays", "invoiceIds", "note"),
                SHAPE);
        BigDecimal amount = fields.amount("amount");
        String currency = fields.currency("currency");
        LocalDate promisedFor = fields.dayAhead("promisedFor", today, MAX_DAYS_AHEAD);
        int tolerance = fields.whole("toleranceDays", 0, 30, defaultTolerance);
        Coverage.Covered covered = coverage.of(caseId, currency, fields.texts("invoiceIds"), today);
        if (amount.compareTo(covered.dunnable()) > 0) {
            throw ProblemException.invalidField("amount", "amount " + amount.toPlainString() + " " + currency + " is more than the "
                    + covered.dunnable().toPlainString() + " open and undisputed on the items it covers");
        }
        String promiseId = UUID.randomUUID().toString();
        arrangements.sendAlone(new MakePromise(Arrangements.idOf(covered.customerId()), covered.customerId(),
                promiseId, caseId, covered.invoiceIds(), new Money(amount, currency), promisedFor, tolerance, fields.text("note", false),
                identity.getPrincipal().getName(), today));
        return Response.status(201).entity(reads.promise(promiseId).orElseThrow()).build();
    }
}
