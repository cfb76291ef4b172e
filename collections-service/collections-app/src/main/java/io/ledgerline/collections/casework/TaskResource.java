package io.ledgerline.collections.casework;

import io.ledgerline.collections.casework.CaseworkCommand.CompleteTask;
import io.ledgerline.collections.casework.CaseworkCommand.ReassignTask;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A task of a collection case: complete it with its outcome, or reassign it. */
@Path("/api/v1/tasks/{taskId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "jwt")
public class TaskResource {

    @Inject
    CaseReads reads;

    @Inject
    Cases cases;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Path("/completion")
    @RolesAllowed({"collector", "finance", "sales"})
    @Operation(summary = "Complete an open task", description = "The task is DONE with its outcome, as of today.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a call made",
            value = "{\"outcome\":\"promised to pay by 2026-03-31\"}")))
    @APIResponse(responseCode = "200", description = "the case of the task, or {taskId, status} for a task without case")
    @APIResponse(responseCode = "400", description = "outcome missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such task", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "task-not-open", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Object complete(@PathParam("taskId") String taskId, String body) {
        String customerId = customerOf(taskId);
        String outcome = RequestFields.of(body, Set.of("outcome"), "{\"outcome\": \"...\"}").text("outcome", true);
        send(new CompleteTask(Casework.idOf(customerId), taskId, outcome, identity.getPrincipal().getName(), LocalDate.now(clock)));
        return after(taskId);
    }

    @POST
    @Path("/reassignment")
    @RolesAllowed({"collector", "finance", "sales"})
    @Operation(summary = "Reassign an open task", description = "The task passes to another owner; kept in the case's history.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "to a colleague",
            value = "{\"owner\":\"sales.wu\",\"reason\":\"sales.li is on leave\"}")))
    @APIResponse(responseCode = "200", description = "the case of the task, or {taskId, status} for a task without case")
    @APIResponse(responseCode = "400", description = "owner or reason missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such task", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "task-not-open, or same-owner", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Object reassign(@PathParam("taskId") String taskId, String body) {
        String customerId = customerOf(taskId);
        RequestFields fields = RequestFields.of(body, Set.of("owner", "reason"), "{\"owner\": \"user\", \"reason\": \"...\"}");
        String owner = fields.owner("owner");
        String reason = fields.text("reason", true);
        send(new ReassignTask(Casework.idOf(customerId), taskId, owner, reason, identity.getPrincipal().getName(), LocalDate.now(clock)));
        return after(taskId);
    }

    private Object after(String taskId) {
        return reads.caseOfTask(taskId).flatMap(reads::find).map(Object.class::cast).orElseGet(() -> reads.task(taskId).orElseThrow());
    }

    private String customerOf(String taskId) {
        return reads.customerOfTask(taskId).orElseThrow(() -> new ProblemException(Problem.of(404, "task-not-found", "Not found",
                "there is no task " + taskId, "taskId")));
    }

    /** A refusal leaves as 409 through {@link CaseworkRefusals}. */
    private void send(CaseworkCommand command) {
        cases.sendAlone(command);
    }
}
