package io.ledgerline.receivables.cashapplication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.api.v1.PaymentApplied;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.position.Positions;
import io.ledgerline.receivables.refusal.RequestFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How well cash application matches payments to invoices without a person: the auto-match rate. */
@Path("/api/v1/cash-application/match-rate")
@RolesAllowed({"finance", "ops"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cash application")
@SecurityRequirement(name = "jwt")
public class MatchRateResource {

    private static final List<String> METHODS = List.of(PaymentApplied.ALLOCATION, PaymentApplied.REMITTANCE_REFERENCE,
            PaymentApplied.EXACT_AMOUNT, PaymentApplied.OLDEST_FIRST, PaymentApplied.MANUAL);
    private static final String RANGE = "(CAST(? AS date) IS NULL OR received_date >= CAST(? AS date)) "
            + "AND (CAST(? AS date) IS NULL OR received_date <= CAST(? AS date))";

    @Inject
    Positions positions;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "The auto-match rate of cash application",
            description = """
                    Over the payments received between from and to (inclusive, both optional): paymentsReceived; fullyApplied (no \
                    unapplied cash left now, reversed payments excluded); reversed; and per method (ALLOCATION, REMITTANCE_REFERENCE, \
                    EXACT_AMOUNT, OLDEST_FIRST, MANUAL) how many payments had cash applied that way and how much, per currency, as \
                    applied (later unapplications do not lower it). autoMatchRate = fullyAppliedAutomatically / withoutAllocations, \
                    where withoutAllocations counts the payments that came without explicit allocations and \
                    fullyAppliedAutomatically those of them whose cash was applied in full by REMITTANCE_REFERENCE, EXACT_AMOUNT \
                    and OLDEST_FIRST together (whatever happened to it later); a decimal string with 4 places, null when \
                    withoutAllocations is 0.""")
    @APIResponse(responseCode = "200", description = "the figures", content = @Content(examples = @ExampleObject(name = "rate", value = """
            {"from":"2013-01-01","to":"2013-03-31","paymentsReceived":4,"fullyApplied":3,"reversed":0,"withoutAllocations":2,
             "fullyAppliedAutomatically":1,"autoMatchRate":"0.5000",
             "methods":[{"method":"ALLOCATION","payments":2,"applied":[{"currency":"USD","amount":"150.00"}]},
                        {"method":"EXACT_AMOUNT","payments":1,"applied":[{"currency":"USD","amount":"55.94"}]}]}""")))
    @APIResponse(responseCode = "400", description = "from or to is not an ISO date, or from is after to", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ObjectNode matchRate(@Parameter(description = "first received date counted", example = "2013-01-01") @QueryParam("from") String from,
                                @Parameter(description = "last received date counted", example = "2013-03-31") @QueryParam("to") String to) {
        LocalDate first = from == null ? null : RequestFields.date("from", from);
        LocalDate last = to == null ? null : RequestFields.date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.invalidField("from", "from " + first + " is after to " + last);
        }
        ObjectNode body = json.createObjectNode();
        body.put("from", first == null ? null : first.toString());
        body.put("to", last == null ? null : last.toString());
        positions.query("""
                WITH received AS (SELECT payment_id, amount, applied, allocated, reversed_on FROM payment_cash WHERE %s),
                automatic AS (
                    SELECT payment_id, sum(amount) AS amount FROM cash_applied
                    WHERE method IN ('REMITTANCE_REFERENCE', 'EXACT_AMOUNT', 'OLDEST_FIRST')
                      AND payment_id IN (SELECT payment_id FROM received) GROUP BY payment_id)
                SELECT count(*),
                       count(*) FILTER (WHERE r.reversed_on IS NULL AND r.applied >= r.amount),
                       count(*) FILTER (WHERE r.reversed_on IS NOT NULL),
                       count(*) FILTER (WHERE NOT r.allocated),
                       count(*) FILTER (WHERE NOT r.allocated AND coalesce(a.amount, 0) >= r.amount)
                FROM received r LEFT JOIN automatic a ON a.payment_id = r.payment_id""".formatted(RANGE), rs -> {
            body.put("paymentsReceived", rs.getLong(1));
            body.put("fullyApplied", rs.getLong(2));
            body.put("reversed", rs.getLong(3));
            body.put("withoutAllocations", rs.getLong(4));
            body.put("fullyAppliedAutomatically", rs.getLong(5));
            body.put("autoMatchRate", rs.getLong(4) == 0 ? null
                    : BigDecimal.valueOf(rs.getLong(5)).divide(BigDecimal.valueOf(rs.getLong(4)), 4, RoundingMode.HALF_UP).toPlainString());
        }, first, first, last, last);

        Map<String, ObjectNode> byMethod = new LinkedHashMap<>();
        ArrayNode methods = body.putArray("methods");
        METHODS.forEach(method -> {
            ObjectNode line = methods.addObject().put("method", method).put("payments", 0);
            line.putArray("applied");
            byMethod.put(method, line);
        });
        positions.query("""
                SELECT c.method, count(DISTINCT c.payment_id) FROM cash_applied c JOIN payment_cash p ON p.payment_id = c.payment_id
                WHERE %s GROUP BY c.method""".formatted(RANGE.replace("received_date", "p.received_date")), rs -> {
            ObjectNode line = byMethod.get(rs.getString(1));
            if (line != null) {
                line.put("payments", rs.getLong(2));
            }
        }, first, first, last, last);
        positions.query("""
                SELECT c.method, p.currency, sum(c.amount) FROM cash_applied c JOIN payment_cash p ON p.payment_id = c.payment_id
                WHERE %s GROUP BY c.method, p.currency ORDER BY p.currency""".formatted(RANGE.replace("received_date", "p.received_date")), rs -> {
            ObjectNode line = byMethod.get(rs.getString(1));
            if (line != null) {
                ((ArrayNode) line.get("applied")).addObject().put("currency", rs.getString(2))
                        .put("amount", Money.of(rs.getBigDecimal(3).toPlainString(), rs.getString(2)).amount().toPlainString());
            }
        }, first, first, last, last);
        return body;
    }
}
