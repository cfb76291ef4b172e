package io.ledgerline.customer.risk;

import io.ledgerline.customer.customer.CustomerValidation;
import io.ledgerline.customer.customer.Customers;
import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where analysts and data providers report external risk signals about a customer. */
@Path("/api/v1/customers/{id}/risk-signals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk signals")
@SecurityRequirement(name = "jwt")
public class RiskSignalResource {

    private static final String SIGNAL_EXAMPLE = """
            {"externalId":"CR-2013-000881","kind":"JUDICIAL_RECORD","source":"court-registry","observedOn":"2013-02-20",
             "severity":"HIGH","details":"contract dispute filed by a supplier"}""";

    @Inject
    Customers customers;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed({"credit-analyst", "credit-manager", "erp-integration"})
    @Operation(summary = "Record an external risk signal",
            description = "201 when recorded; 200 with the signal recorded first when its externalId was seen before for this customer. "
                    + "The same signals are accepted as JSON on the Kafka topic ledgerline.riskdata.inbound, with a customerId field.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "signal", value = SIGNAL_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "recorded", content = @Content(examples = @ExampleObject(name = "recorded", value = """
            {"signalId":"1b4e28ba-2fa1-31d2-883f-0016d3cca427","customerId":"0379-NEVHP","externalId":"CR-2013-000881",
             "kind":"JUDICIAL_RECORD","source":"court-registry","observedOn":"2013-02-20","severity":"HIGH",
             "details":"contract dispute filed by a supplier"}""")))
    @APIResponse(responseCode = "200", description = "a repeat of the externalId: the signal recorded first")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such customer", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response record(@PathParam("id") String id, RiskSignalRequest request) {
        String customerId = CustomerValidation.customerId("id", id, true);
        Customers.Outcome outcome = customers.recordRiskSignal(
                RiskSignalRequest.validated(customerId, request, LocalDate.now(clock)));
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.body()).build();
    }
}
