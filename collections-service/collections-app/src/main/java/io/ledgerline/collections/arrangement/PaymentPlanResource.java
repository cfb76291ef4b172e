package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed.Installment;
import io.ledgerline.collections.arrangement.ArrangementCommand.AgreePlan;
import io.ledgerline.collections.casework.RequestFields;
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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A payment plan agreed on a collection case. */
@Path("/api/v1/cases/{caseId}/payment-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promises and plans")
@SecurityRequirement(name = "jwt")
public class PaymentPlanResource {

    static final int MAX_INSTALLMENTS = 36;
    static final int MAX_DAYS_AHEAD = 3 * 365;
    private static final String SHAPE = "{\"currency\": \"USD\", \"installments\": [{\"dueDate\": \"YYYY-MM-DD\", \"amount\": "
            + "\"2500.00\"}], \"toleranceDays\": 5, \"invoiceIds\": [\"...\"]}";

    @Inject
    Coverage coverage;

    @Inject
    CustomerArrangements arrangements;

    @Inject
    ArrangementReads reads;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ledgerline.collections.plan.tolerance-days", defaultValue = "5")
    int defaultTolerance;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"collector", "finance"})
    @Operation(summary = "Agree a payment plan", description = "The items invoiceIds (by default every overdue undisputed item of the "
            + "case's customer in currency) are paid in installments (1 to 36, due dates increasing from today, within three years; "
            + "in all no more than what is open on them). From tomorrow the items' dunning ladder waits while the plan is met: "
            + "installment n is met once payments on the items since today reach the first n installments; unmet toleranceDays "
            + "(0-30, default 5) after its date, the plan defaults and the ladder resumes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two installments",
            value = "{\"currency\":\"USD\",\"installments\":[{\"dueDate\":\"2026-04-01\",\"amount\":\"3000.00\"},"
                    + "{\"dueDate\":\"2026-05-01\",\"amount\":\"3480.00\"}],\"toleranceDays\":5}")))
    @APIResponse(responseCode = "201", description = "{planId, caseId, customerId, invoiceIds, currency, toleranceDays, agreedOn, "
            + "agreedBy, status: ACTIVE, installmentsMet, installments:[{number, dueDate, amount:{amount, currency}}]}")
    @APIResponse(responseCode = "400", description = "a field missing or wrong, an item not open in the currency, installments "
            + "out of order or above what is open", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such case", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "case-closed, or already-arranged (an item is under a pending promise or an "
            + "active plan)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response agree(@PathParam("caseId") String caseId, String body) {
        LocalDate today = LocalDate.now(clock);
        RequestFields fields = RequestFields.of(body, Set.of("currency", "installments", "toleranceDays", "invoiceIds"), SHAPE);
        String currency = fields.currency("currency");
        List<Installment> installments = installments(fields, currency, today);
        int tolerance = fields.whole("toleranceDays", 0, 30, defaultTolerance);
        Coverage.Covered covered = coverage.of(caseId, currency, fields.texts("invoiceIds"), today);
        BigDecimal total = installments.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(covered.dunnable()) > 0) {
            throw ProblemException.invalidField("installments", "the installments come to " + total.toPlainString() + " " + currency
                    + ", more than the " + covered.dunnable().toPlainString() + " open and undisputed on the items they cover");
        }
        String planId = UUID.randomUUID().toString();
        arrangements.sendAlone(new AgreePlan(Arrangements.idOf(covered.customerId()), covered.customerId(),
                planId, caseId, covered.invoiceIds(), currency, installments, tolerance, identity.getPrincipal().getName(), today));
        return Response.status(201).entity(reads.plan(planId).orElseThrow()).build();
    }

    private static List<Installment> installments(RequestFields fields, String currency, LocalDate today) {
        List<Installment> installments = new ArrayList<>();
        for (RequestFields installment : fields.objects("installments", Set.of("dueDate", "amount"), "{\"dueDate\": \"YYYY-MM-DD\", "
                + "\"amount\": \"2500.00\"}", MAX_INSTALLMENTS)) {
            LocalDate due = installment.dayAhead("dueDate", today, MAX_DAYS_AHEAD);
            if (!installments.isEmpty() && !due.isAfter(installments.get(installments.size() - 1).dueDate())) {
                throw ProblemException.invalidField("installments", "installment " + (installments.size() + 1) + " is due " + due
                        + ", not after the one before it");
            }
            installments.add(new Installment(installments.size() + 1, due, new Money(installment.amount("amount"), currency)));
        }
        return installments;
    }
}
