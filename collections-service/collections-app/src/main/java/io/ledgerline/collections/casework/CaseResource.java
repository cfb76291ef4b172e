package io.ledgerline.collections.casework;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.TaskCreated;
import io.ledgerline.collections.casework.CaseworkCommand.CreateTask;
import io.ledgerline.collections.casework.CaseworkCommand.LogActivity;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignCase;
import io.ledgerline.collections.casework.CaseworkCommand.RequestRestriction;
import io.ledgerline.collections.ladder.Overdue;
import io.ledgerline.collections.receivables.CustomerItems;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A collection case: read it, reassign it, log a touch with the customer on it, ask for a trading restriction. */
@Path("/api/v1/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "jwt")
public class CaseResource {

    static final Set<String> ACTIVITY_TYPES = Set.of("CALL", "EMAIL", "NOTE", "VISIT");
    static final Set<String> TASK_KINDS = Set.of(TaskCreated.CALL, TaskCreated.EMAIL, TaskCreated.VISIT, TaskCreated.REVIEW,
            TaskCreated.LEGAL_REVIEW);

    @Inject
    CaseReads reads;

    @Inject
    Cases cases;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    CustomerItems items;

    @GET
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "Read a collection case", description = "Its owner and escalation level, its tasks, its history "
            + "(opening, every reassignment automatic or manual, task creations and completions, closing) and its activities.")
    @APIResponse(responseCode = "200", description = "{caseId, caseNumber, customerId, status, owner, level, openedOn, closedOn, "
            + "tasks:[{taskId, kind, owner, dueDate, status, outcome, invoiceId, invoiceNumber, stepId}], history:[{event, on, by, "
            + "taskId, fromOwner, toOwner, level, detail}], activities:[{activityId, type, occurredOn, summary, outcome, loggedBy}]}")
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseView get(@PathParam("caseId") String caseId) {
        return view(caseId);
    }

    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"collector", "finance", "sales"})
    @Operation(summary = "Log a touch with the customer on the case", description = "A call, email, note or visit on a day up to "
            + "today, what was said and its outcome (optional); closed cases take activities too.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a call",
            value = "{\"type\":\"CALL\",\"occurredOn\":\"2026-03-15\",\"summary\":\"called Wang Fang\",\"outcome\":\"promised to pay\"}")))
    @APIResponse(responseCode = "201", description = "the case with the activity")
    @APIResponse(responseCode = "400", description = "a field missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response logActivity(@PathParam("caseId") String caseId, String body) {
        String customerId = customerOf(caseId);
        LocalDate today = LocalDate.now(clock);
        RequestFields fields = RequestFields.of(body, Set.of("type", "occurredOn", "summary", "outcome"),
                "{\"type\": \"CALL|EMAIL|NOTE|VISIT\", \"occurredOn\": \"YYYY-MM-DD\", \"summary\": \"...\", \"outcome\": \"...\"}");
        String type = fields.oneOf("type", ACTIVITY_TYPES);
        LocalDate occurredOn = fields.date("occurredOn", today);
        String summary = fields.text("summary", true);
        String outcome = fields.text("outcome", false);
        send(new LogActivity(Casework.idOf(customerId), caseId, UUID.randomUUID().toString(), type, occurredOn, summary, outcome,
                identity.getPrincipal().getName(), today));
        return Response.status(201).entity(view(caseId)).build();
    }

    @POST
    @Path("/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"collector", "finance"})
    @Operation(summary = "Reassign the open case", description = "The case passes to another owner at the same escalation level; "
            + "the reassignment is kept in its history.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "to a colleague",
            value = "{\"owner\":\"finance.zhao\",\"reason\":\"finance.qian is on leave\"}")))
    @APIResponse(responseCode = "200", description = "the case")
    @APIResponse(responseCode = "400", description = "owner or reason missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "case-closed, or same-owner", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseView reassign(@PathParam("caseId") String caseId, String body) {
        String customerId = customerOf(caseId);
        RequestFields fields = RequestFields.of(body, Set.of("owner", "reason"), "{\"owner\": \"user\", \"reason\": \"...\"}");
        String owner = fields.owner("owner");
        String reason = fields.text("reason", true);
        send(new ReassignCase(Casework.idOf(customerId), caseId, owner, reason, identity.getPrincipal().getName(), LocalDate.now(clock)));
        return view(caseId);
    }

    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"collector", "finance", "sales"})
    @Operation(summary = "Give the open case a task", description = "A call, an email, a visit, a review or a legal review for an "
            + "owner, due today or up to a year ahead, with what is to be done (note, optional); completed and reassigned like the "
            + "ladder's tasks. Its step is manual; it names no invoice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a visit",
            value = "{\"kind\":\"VISIT\",\"owner\":\"sales.li\",\"dueDate\":\"2026-03-20\",\"note\":\"collect the cheque\"}")))
    @APIResponse(responseCode = "201", description = "the case with the task")
    @APIResponse(responseCode = "400", description = "a field missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "case-closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response createTask(@PathParam("caseId") String caseId, String body) {
        String customerId = customerOf(caseId);
        LocalDate today = LocalDate.now(clock);
        RequestFields fields = RequestFields.of(body, Set.of("kind", "owner", "dueDate", "note"),
                "{\"kind\": \"CALL|EMAIL|VISIT|REVIEW|LEGAL_REVIEW\", \"owner\": \"user\", \"dueDate\": \"YYYY-MM-DD\", \"note\": \"...\"}");
        String kind = fields.oneOf("kind", TASK_KINDS);
        String owner = fields.owner("owner");
        LocalDate due = fields.dayAhead("dueDate", today, 365);
        String note = fields.text("note", false);
        send(new CreateTask(Casework.idOf(customerId), caseId, UUID.randomUUID().toString(), kind, owner, due, note,
                identity.getPrincipal().getName(), today));
        return Response.status(201).entity(view(caseId)).build();
    }

    @POST
    @Path("/trading-restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"collector", "finance"})
    @Operation(summary = "Ask credit-service to restrict trading", description = "A collector asks, on the open case, that the "
            + "customer be sold nothing more on credit: TradingRestrictionRequested (step manual) is published with the reason and "
            + "what the customer has overdue today per currency; credit-service blocks the customer until a credit manager lifts "
            + "it. Once per case; the ladder's legal step and a promise broken at finance level ask by themselves.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a reason",
            value = "{\"reason\":\"third broken promise; the customer stopped answering\"}")))
    @APIResponse(responseCode = "202", description = "{requestId, caseId, customerId, requestedOn, requestedBy, reason, overdue:[{amount, "
            + "currency}]}: the request is published; credit-service acts on it")
    @APIResponse(responseCode = "400", description = "reason missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "case-closed, or restriction-requested (once per case)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response requestRestriction(@PathParam("caseId") String caseId, String body) {
        String customerId = customerOf(caseId);
        RequestFields fields = RequestFields.of(body, Set.of("reason"), "{\"reason\": \"...\"}");
        String reason = fields.text("reason", true);
        LocalDate today = LocalDate.now(clock);
        List<Money> overdue = Overdue.of(items.openOn(customerId, today), today);
        String requestId = UUID.randomUUID().toString();
        String by = identity.getPrincipal().getName();
        send(new RequestRestriction(Casework.idOf(customerId), caseId, requestId, reason, overdue, by, today));
        return Response.status(202).entity(new RestrictionRequest(requestId, caseId, customerId, today, by, reason, overdue)).build();
    }

    /** A trading restriction asked for by hand, as published. */
    public record RestrictionRequest(String requestId, String caseId, String customerId, LocalDate requestedOn, String requestedBy,
                                     String reason, List<Money> overdue) {
    }

    private String customerOf(String caseId) {
        return reads.customerOfCase(caseId).orElseThrow(() -> notFound(caseId));
    }

    private CaseView view(String caseId) {
        return reads.find(caseId).orElseThrow(() -> notFound(caseId));
    }

    /** A refusal leaves as 409 through {@link CaseworkRefusals}. */
    private void send(CaseworkCommand command) {
        cases.sendAlone(command);
    }

    static ProblemException notFound(String caseId) {
        return new ProblemException(Problem.of(404, "case-not-found", "Not found", "there is no collection case " + caseId, "caseId"));
    }

}
