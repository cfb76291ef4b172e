package io.ledgerline.customer.customer;

import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer master over REST: commands as sub-resources, reads from the service's own view. */
@Path("/api/v1/customers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@SecurityRequirement(name = "jwt")
public class CustomerResource {

    static final String REGISTER_EXAMPLE = """
            {"customerId":"0379-NEVHP","legalName":"Nevhp Trading Co., Ltd.","registrationId":"91310000MA1FL0XX0X",
             "registeredCapital":{"amount":"5000000.00","currency":"CNY"},"foundingDate":"2009-06-15",
             "ownershipType":"PRIVATE","industry":"WHOLESALE","region":"EAST","customerType":"DISTRIBUTOR",
             "salesOwner":"wang.li","tags":["key-account"],"lifecycle":"ACTIVE"}""";
    static final String VIEW_EXAMPLE = """
            {"customerId":"0379-NEVHP","legalName":"Nevhp Trading Co., Ltd.","registrationId":"91310000MA1FL0XX0X",
             "registeredCapital":{"amount":"5000000.00","currency":"CNY"},"foundingDate":"2009-06-15",
             "ownershipType":"PRIVATE","industry":"WHOLESALE","region":"EAST","customerType":"DISTRIBUTOR",
             "salesOwner":"wang.li","tags":["key-account"],
             "contacts":[{"name":"Chen Jing","role":"finance","email":"chen.jing@nevhp.example","phone":"+86 21 5555 0101"}],
             "lifecycle":"ACTIVE",
             "riskSignals":[{"signalId":"1b4e28ba-2fa1-31d2-883f-0016d3cca427","customerId":"0379-NEVHP",
               "externalId":"CR-2013-000881","kind":"JUDICIAL_RECORD","source":"court-registry","observedOn":"2013-02-20",
               "severity":"HIGH","details":"contract dispute filed by a supplier"}]}""";
    private static final String PROFILE_EXAMPLE = """
            {"legalName":"Nevhp Trading Group Co., Ltd.","registrationId":"91310000MA1FL0XX0X",
             "registeredCapital":{"amount":"8000000.00","currency":"CNY"},"foundingDate":"2009-06-15",
             "ownershipType":"PRIVATE","industry":"WHOLESALE","region":"NORTH","customerType":"DISTRIBUTOR",
             "salesOwner":"zhao.min","tags":["key-account"]}""";
    private static final String CONTACTS_EXAMPLE = """
            {"contacts":[{"name":"Chen Jing","role":"finance","email":"chen.jing@nevhp.example","phone":"+86 21 5555 0101"}]}""";
    private static final String LIFECYCLE_EXAMPLE = """
            {"to":"ON_HOLD","reason":"payment behaviour under review"}""";

    @Inject
    Customers customers;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed({"sales", "finance", "credit-manager", "erp-integration"})
    @Operation(summary = "Register a customer under the ERP's customer code",
            description = "201 when registered; 200 with the first answer when the same id arrives again with the same content; "
                    + "409 when it arrives with different content (change a registered customer through its sub-resources).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "customer", value = REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "registered", content = @Content(examples = @ExampleObject(name = "registered", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "a repeat: the first answer")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "the id is registered with other content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "a customer starts as PROSPECT or ACTIVE", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response register(CustomerRequests.Register request) {
        Customers.Outcome outcome = customers.register(CustomerValidation.register(request, today()));
        String id = outcome.body().path("customerId").asText();
        return outcome.created()
                ? Response.created(URI.create("/api/v1/customers/" + id)).entity(outcome.body()).build()
                : Response.ok(outcome.body()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"finance", "credit-analyst", "credit-manager", "sales", "collector", "ops"})
    @Operation(summary = "Read a customer: profile, contacts, lifecycle and risk signals")
    @APIResponse(responseCode = "200", description = "the customer", content = @Content(examples = @ExampleObject(name = "customer", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no such customer", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Parameter(example = "0379-NEVHP") @PathParam("id") String id) {
        String customerId = CustomerValidation.customerId("id", id, true);
        return Response.ok(customers.find(customerId).orElseThrow(() -> Customers.notFound(customerId))).build();
    }

    @PUT
    @Path("/{id}/profile")
    @RolesAllowed({"sales", "finance", "credit-manager", "erp-integration"})
    @Operation(summary = "Replace the company profile", description = "An identical profile records nothing. A CLOSED customer cannot change.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "profile", value = PROFILE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the customer after the change")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such customer", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "the customer is CLOSED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response updateProfile(@PathParam("id") String id, CustomerRequests.ProfileChange request) {
        String customerId = CustomerValidation.customerId("id", id, true);
        return Response.ok(customers.updateProfile(CustomerValidation.updateProfile(customerId, request, today()))).build();
    }

    @PUT
    @Path("/{id}/contacts")
    @RolesAllowed({"sales", "finance", "credit-manager", "erp-integration"})
    @Operation(summary = "Replace the list of contacts", description = "An identical list records nothing. A CLOSED customer cannot change.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contacts", value = CONTACTS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the customer after the change")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such customer", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "the customer is CLOSED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response changeContacts(@PathParam("id") String id, CustomerRequests.Contacts request) {
        String customerId = CustomerValidation.customerId("id", id, true);
        return Response.ok(customers.changeContacts(CustomerValidation.changeContacts(customerId, request))).build();
    }

    @POST
    @Path("/{id}/lifecycle")
    @RolesAllowed({"finance", "credit-manager"})
    @Operation(summary = "Move the customer to another lifecycle state",
            description = "PROSPECT -> ACTIVE | CLOSED; ACTIVE -> ON_HOLD | CLOSED; ON_HOLD -> ACTIVE | CLOSED; CLOSED is final.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "lifecycle", value = LIFECYCLE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the customer after the change")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such customer", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "the transition is not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response changeLifecycle(@PathParam("id") String id, CustomerRequests.LifecycleChange request) {
        String customerId = CustomerValidation.customerId("id", id, true);
        return Response.ok(customers.changeLifecycle(CustomerValidation.changeLifecycle(customerId, request, today()))).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
