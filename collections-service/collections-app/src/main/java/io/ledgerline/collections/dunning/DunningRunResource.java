package io.ledgerline.collections.dunning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the daily dunning run now, as of today or an earlier business date, and says which steps it reached. */
@Path("/api/v1/dunning/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dunning")
@SecurityRequirement(name = "jwt")
public class DunningRunResource {

    @Inject
    DunningRun run;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** The body is optional, so a client needs no content type: it is read as text and parsed here. */
    @POST
    @RolesAllowed({"finance", "ops"})
    @Operation(summary = "Run the dunning run now",
            description = "Evaluates every customer with an item open as of the business date asOf (default today; never after "
                    + "today) and records the steps reached, as the daily run does. A step already reached is never reached "
                    + "again, so running twice changes nothing. stepsReached counts every step; steps lists the first 1,000 "
                    + "(each customer's dunning and ledgerline.collections.events have them all).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "as of a day", value = "{\"asOf\":\"2026-03-15\"}")))
    @APIResponse(responseCode = "200", description = "{asOf, customersEvaluated, customersFailed, stepsReached, steps:[{customerId, "
            + "invoiceId, invoiceNumber, stepId, action, owner, dueDate, late, amountDunned}]}")
    @APIResponse(responseCode = "400", description = "a body that is not {\"asOf\": \"YYYY-MM-DD\"}, or a day after today",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RunSummary start(String body) throws JsonProcessingException {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = asOf(body, today);
        if (asOf.isAfter(today)) {
            throw ProblemException.invalidField("asOf", "asOf " + asOf + " has not come yet: the business date today is " + today);
        }
        return run.run(asOf);
    }

    private LocalDate asOf(String body, LocalDate today) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return today;
        }
        JsonNode request = json.readTree(body);
        if (!request.isObject()) {
            throw ProblemException.invalidField(null, "the body must be an object {\"asOf\": \"YYYY-MM-DD\"}");
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("asOf")) {
                throw ProblemException.invalidField(name, "unknown field '" + name + "': the body is {\"asOf\": \"YYYY-MM-DD\"}");
            }
        }
        JsonNode asOf = request.path("asOf");
        if (asOf.isMissingNode() || asOf.isNull()) {
            return today;
        }
        try {
            if (!asOf.isTextual()) {
                throw new DateTimeParseException("not text", asOf.toString(), 0);
            }
            return LocalDate.parse(asOf.asText());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "asOf must be an ISO date such as 2026-03-15, got " + asOf);
        }
    }
}
