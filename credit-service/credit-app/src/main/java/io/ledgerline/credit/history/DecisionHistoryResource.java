package io.ledgerline.credit.history;

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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's credit decision history: every decision with why, its figures, its inputs and the versions that made it. */
@Path("/api/v1/customers/{id}/credit/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer credit")
@SecurityRequirement(name = "jwt")
public class DecisionHistoryResource {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final int MAX_ID = 100;

    @Inject
    DecisionHistory history;

    @GET
    @RolesAllowed({"credit-analyst", "credit-manager", "finance"})
    @Operation(summary = "The customer's credit decisions, oldest first, each explained",
            description = "Assessments (and a GRADE_CHANGE naming the factors whose contributions moved most, inputs before -> after), "
                    + "downgrade alerts, insurance referrals, financial statements, credit applications and the limits they assign, "
                    + "order credit checks with their reasons and figures, releases, cancellations, credit blocks. Each entry: at "
                    + "(business date), recordedAt, kind, summary, explanation, decidedBy, versions {scorecard, policy}, inputs as "
                    + "recorded, eventId and the assessment, order and application ids. Optionally only some kinds "
                    + "(kind=CHECK_HELD,CHECK_REJECTED or kind repeated); page from 0, size 1-200 (default 50). Built from "
                    + "ledgerline.credit.events, so a decision shows a moment after it was made.")
    @APIResponse(responseCode = "200", description = "{customerId, page, size, totalItems, totalPages, items:[...]}")
    @APIResponse(responseCode = "400", description = "invalid id, page, size or kind", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "the customer has no credit decision (credit-history-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Map<String, Object> history(@PathParam("id") String id, @QueryParam("kind") List<String> kind,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        String customerId = customerId(id);
        Set<EntryKind> kinds = kinds(kind);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        DecisionHistory.Page found = history.of(customerId, kinds, pageNumber, pageSize).orElseThrow(() -> new ProblemException(
                Problem.of(404, "credit-history-not-found", "Not found", "customer " + customerId + " has no credit decision", "id")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("page", pageNumber);
        body.put("size", pageSize);
        body.put("totalItems", found.totalItems());
        body.put("totalPages", (found.totalItems() + pageSize - 1) / pageSize);
        body.put("items", found.items());
        return body;
    }

    /** Kinds named in one or more {@code kind} parameters, each a comma-separated list; none means every kind. */
    static Set<EntryKind> kinds(List<String> values) {
        Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",", -1)) {
                if (name.isBlank() && value.isBlank()) {
                    continue;
                }
                kinds.add(Arrays.stream(EntryKind.values()).filter(k -> k.name().equals(name.strip())).findFirst()
                        .orElseThrow(() -> ProblemException.invalidParameter("kind", "kind must be one of "
                                + Arrays.toString(EntryKind.values()) + ", not '" + name.strip() + "'")));
            }
        }
        return kinds;
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ProblemException.invalidParameter(field, field + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + value + "'");
    }

    private static String customerId(String value) {
        String problem = value == null || value.isBlank() ? "id is required"
                : value.strip().length() > MAX_ID ? "id is longer than " + MAX_ID + " characters"
                : value.contains("/") ? "id must not contain '/'" : null;
        if (problem != null) {
            throw ProblemException.invalidParameter("id", problem);
        }
        return value.strip();
    }
}
