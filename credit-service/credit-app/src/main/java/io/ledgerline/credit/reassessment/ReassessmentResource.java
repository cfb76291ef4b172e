package io.ledgerline.credit.reassessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the re-assessment sweep now, as the nightly run would, and says whom it marked due. */
@Path("/api/v1/reassessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer credit")
@SecurityRequirement(name = "jwt")
public class ReassessmentResource {

    @Inject
    ReassessmentSweep sweep;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** The body is optional, so a client needs no content type: it is read as text and parsed here. */
    @POST
    @RolesAllowed({"credit-manager", "ops"})
    @Operation(summary = "Run the re-assessment sweep now",
            description = "Marks due, as of today, every assessed customer whose oldest overdue item is now past "
                    + "ledgerline.credit.reassessment.overdue-days (default 30) while its last assessment saw it younger "
                    + "(trigger payment-behaviour), and every customer whose last assessment is older than "
                    + "ledgerline.credit.reassessment.every-days (default 90; trigger schedule). Customers already due are "
                    + "not marked again. The marked are re-assessed by credit-service shortly after. Body optional: "
                    + "{\"dryRun\":true} only lists whom it would mark.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "dry run", value = "{\"dryRun\":true}")))
    @APIResponse(responseCode = "200", description = "{asOf, dryRun, overdueDays, everyDays, marked:[{customerId, trigger, cause, "
            + "since}], due}")
    @APIResponse(responseCode = "400", description = "a body that is not {\"dryRun\": true|false}",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Sweep run(String body) throws JsonProcessingException {
        SweepRequest request = body == null || body.isBlank() ? null : json.readValue(body, SweepRequest.class);
        boolean dryRun = request != null && Boolean.TRUE.equals(request.dryRun());
        return sweep.run(LocalDate.now(clock), dryRun);
    }
}
