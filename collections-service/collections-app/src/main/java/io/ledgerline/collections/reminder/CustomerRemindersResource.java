package io.ledgerline.collections.reminder;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's reminder emails: sent, pending (with failed attempts) and not sent (with the reason). */
@Path("/api/v1/customers/{id}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
@SecurityRequirement(name = "jwt")
public class CustomerRemindersResource {

    private static final int MAX_ID = 100;

    @Inject
    ReminderOutbox outbox;

    @GET
    @RolesAllowed({"collector", "finance", "sales"})
    @Operation(summary = "List a customer's reminder emails",
            description = "One per item and email step reached (COURTESY_EMAIL, OVERDUE_EMAIL), by the day the step was reached: SENT "
                    + "with recipient, language, subject, Message-ID and sentOn; NOT_SENT with the reason (NO_FINANCE_CONTACT_EMAIL); "
                    + "PENDING with failed attempts and the last error. An unknown customer has none.")
    @APIResponse(responseCode = "200", description = "{customerId, reminders:[{invoiceId, invoiceNumber, stepId, action, dueDate, "
            + "reachedOn, amountDunned, status, to, language, subject, messageId, sentOn, reason, decidedOn, failedAttempts, lastError}]}")
    @APIResponse(responseCode = "400", description = "status is not PENDING, SENT or NOT_SENT, or the id is too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CustomerRemindersView list(@PathParam("id") String customerId,
                                      @Parameter(description = "PENDING, SENT or NOT_SENT; default all") @QueryParam("status") String status) {
        if (customerId.length() > MAX_ID) {
            throw ProblemException.invalidParameter("id", "a customer id has at most " + MAX_ID + " characters");
        }
        return new CustomerRemindersView(customerId, outbox.of(customerId, status(status)).stream()
                .map(CustomerRemindersView.Item::of).toList());
    }

    private static Reminder.Status status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Reminder.Status.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("status", "status must be one of " + Arrays.toString(Reminder.Status.values())
                    + ", got '" + text + "'");
        }
    }
}
