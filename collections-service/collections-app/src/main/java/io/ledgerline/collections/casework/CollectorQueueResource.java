package io.ledgerline.collections.casework;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collector's queue: open cases with something overdue in one currency, highest priority first. */
@Path("/api/v1/collector-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "jwt")
public class CollectorQueueResource {

    private static final int MAX_SIZE = 200;

    @Inject
    CollectorQueue queue;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({"collector", "finance", "sales", "credit-manager"})
    @Operation(summary = "Read the collector's queue", description = "The open cases (of owner, when given) with an overdue item in "
            + "currency that is not disputed, as of today, ranked by priority = overdue in currency x oldest days overdue in currency "
            + "x grade weight (A 1, B 1.5, C 2, D 3, no grade 2). Amounts of different currencies are never added: the queue is "
            + "per currency.")
    @APIResponse(responseCode = "200", description = "{currency, asOf, page, size, total, rows:[{customerId, legalName, caseId, owner, "
            + "level, grade, gradeWeight, overdueInCurrency:{amount, currency}, oldestDaysOverdue, priority, overdue:[{amount, currency}], "
            + "openTasks:[...]}]}")
    @APIResponse(responseCode = "400", description = "currency missing or not ISO 4217, page or size wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CollectorQueue.Page get(@Parameter(description = "only cases of this owner") @QueryParam("owner") String owner,
                                   @Parameter(description = "ISO 4217 currency the queue ranks in, required") @QueryParam("currency")
                                   String currency,
                                   @Parameter(description = "from 0, default 0") @QueryParam("page") String page,
                                   @Parameter(description = "1 to 200, default 50") @QueryParam("size") String size) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw ProblemException.invalidParameter("currency", "currency must be an ISO 4217 code such as CNY: amounts of different "
                    + "currencies are never added, so the queue ranks in one currency");
        }
        int p = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int s = number("size", size, 50, 1, MAX_SIZE);
        return queue.page(owner == null || owner.isBlank() ? null : owner, currency, LocalDate.now(clock), p, s);
    }

    private static int number(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidParameter(name, name + " must be a whole number from " + min + " to " + max + ", got '" + text + "'");
    }
}
