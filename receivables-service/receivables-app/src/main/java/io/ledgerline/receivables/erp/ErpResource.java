package io.ledgerline.receivables.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** Where ERP systems push invoices, payments, credit memos, debit adjustments and payment reversals; every message is idempotent on its externalId. */
@Path("/api/v1/erp")
@RolesAllowed("erp-integration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ERP ingestion")
@SecurityRequirement(name = "jwt")
public class ErpResource {

    private static final Logger LOG = Logger.getLogger(ErpResource.class);
    private static final String INVOICE_EXAMPLE = """
            {"externalId":"INV-0000611365","invoiceNumber":"0000611365","customerId":"0379-NEVHP",
             "issueDate":"2013-01-02","dueDate":"2013-02-01","currency":"USD","amount":"55.94","productLine":"Spare parts"}""";
    private static final String CREDIT_MEMO_EXAMPLE = """
            {"externalId":"CM-12","creditMemoNumber":"0000000012","customerId":"0379-NEVHP","issueDate":"2013-01-25",
             "currency":"USD","amount":"5.94","invoiceNumber":"0000611365","reason":"damaged goods"}""";
    private static final String PAYMENT_EXAMPLE = """
            {"externalId":"PAY-1","customerId":"0379-NEVHP","receivedDate":"2013-01-15","currency":"USD","amount":"55.94",
             "allocations":[{"invoiceNumber":"0000611365","amount":"55.94"}]}""";

    @Inject
    ErpIngestion ingestion;

    @Inject
    CustomerForwarding customers;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ledgerline.erp.batch-limit", defaultValue = "10000")
    int batchLimit;

    @POST
    @Path("/invoices")
    @Operation(summary = "Issue an invoice pushed by the ERP",
            description = "201 when booked; 200 with the first answer when the same externalId arrives again with the same content; "
                    + "409 when it arrives with different content. The customer need not be known yet.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "invoice", value = INVOICE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "booked", content = @Content(examples = @ExampleObject(name = "booked", value = """
            {"invoiceId":"6f1c...","externalId":"INV-0000611365","invoiceNumber":"0000611365","customerId":"0379-NEVHP",
             "issueDate":"2013-01-02","dueDate":"2013-02-01","currency":"USD","amount":"55.94","productLine":"Spare parts"}""")))
    @APIResponse(responseCode = "200", description = "a repeat: the first answer")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "externalId reused with other content, or invoice number taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response invoice(ErpInvoice invoice) {
        return answer(ingestion.invoice(invoice));
    }

    @POST
    @Path("/payments")
    @Operation(summary = "Receive a payment pushed by the ERP",
            description = "Allocations apply to the named invoices up to each invoice's open amount (what an invoice cannot take stays "
                    + "unapplied cash). The unallocated rest goes to invoices numbered in remittanceReference, else to an open item of "
                    + "exactly that undisputed amount, else oldest first; what remains is the customer's credit balance. Cash naming an "
                    + "invoice not received yet waits for it; the payment is never refused for that. Each applied entry says its method.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "payment", value = PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "booked", content = @Content(examples = @ExampleObject(name = "booked", value = """
            {"paymentId":"9b2e...","externalId":"PAY-1","customerId":"0379-NEVHP","receivedDate":"2013-01-15","currency":"USD",
             "amount":"55.94","applied":[{"invoiceNumber":"0000611365","invoiceId":"6f1c...","amount":"55.94","method":"ALLOCATION"}],
             "awaitingInvoice":[],"unapplied":"0.00"}""")))
    @APIResponse(responseCode = "200", description = "a repeat: the first answer")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "externalId reused with other content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response payment(ErpPayment payment) {
        return answer(ingestion.payment(payment));
    }

    @POST
    @Path("/credit-memos")
    @Operation(summary = "Issue a credit memo pushed by the ERP",
            description = "With an invoiceNumber it credits that invoice, never above its open amount and only in its currency "
                    + "(422, nothing stored); for an invoice not received yet it waits and credits it when it arrives, as of the "
                    + "later date. Without an invoiceNumber it is free customer credit. Idempotent on externalId like invoices.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "credit memo", value = CREDIT_MEMO_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "booked")
    @APIResponse(responseCode = "200", description = "a repeat: the first answer")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "externalId reused with other content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "credit-exceeds-open-amount or currency-mismatch, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response creditMemo(ErpCreditMemo memo) {
        return answer(ingestion.creditMemo(memo));
    }

    @POST
    @Path("/debit-adjustments")
    @Operation(summary = "Debit an invoice pushed by the ERP",
            description = "Raises what the invoice asks for and its open amount, as of debitedOn (not before the invoice's issue "
                    + "date). The invoice must have arrived: a debit for one not received yet is refused with 422 unknown-invoice "
                    + "(nothing stored; send it again after the invoice). Idempotent on externalId like invoices.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "debit adjustment", value = """
            {"externalId":"DA-31","customerId":"0379-NEVHP","invoiceNumber":"0000611365","debitedOn":"2013-01-20",
             "currency":"USD","amount":"12.50","reason":"freight billed afterwards"}""")))
    @APIResponse(responseCode = "201", description = "booked")
    @APIResponse(responseCode = "200", description = "a repeat: the first answer")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "externalId reused with other content", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "unknown-invoice or currency-mismatch, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response debitAdjustment(ErpDebitAdjustment debit) {
        return answer(ingestion.debitAdjustment(debit));
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Push up to 10,000 invoices, payments, credit memos, payment reversals and customers at once",
            description = "Each item is booked on its own, in order; one bad item does not reject the others. "
                    + "The answer has one result per item with the status a single call would have returned. "
                    + "Customer items (the body of customer-service's POST /api/v1/customers plus \"kind\":\"customer\") "
                    + "are forwarded to customer-service with the caller's token before the other items are booked, and carry "
                    + "its answer; 503 customer-service-unavailable when it cannot be reached (safe to resend).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "batch", value = "[{\"kind\":\"invoice\"," + """
            "externalId":"INV-0000611365","invoiceNumber":"0000611365","customerId":"0379-NEVHP","issueDate":"2013-01-02",
            "dueDate":"2013-02-01","currency":"USD","amount":"55.94"},{"kind":"payment","externalId":"PAY-1",
            "customerId":"0379-NEVHP","receivedDate":"2013-01-15","currency":"USD","amount":"20.00",
            "allocations":[{"invoiceNumber":"0000611365","amount":"20.00"}]}]""")))
    @APIResponse(responseCode = "200", description = "one result per item", content = @Content(examples = @ExampleObject(name = "results", value = """
            [{"index":0,"kind":"invoice","externalId":"INV-0000611365","status":201,"result":{"invoiceId":"6f1c..."}},
             {"index":1,"kind":"payment","externalId":"PAY-1","status":400,
              "problem":{"type":"https://ledgerline.io/problems/invalid-field","title":"Invalid field","status":400,
                         "detail":"amount must be positive, got -5","field":"amount"}}]""")))
    @APIResponse(responseCode = "400", description = "not a JSON array, or more items than the limit", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response batch(JsonNode items, @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (items == null || !items.isArray()) {
            throw ProblemException.invalidField(null, "the batch must be a JSON array of items with a kind");
        }
        if (items.size() > batchLimit) {
            throw ProblemException.invalidField(null, "a batch holds at most " + batchLimit + " items, got " + items.size());
        }
        ArrayNode results = json.createArrayNode();
        List<ErpIngestion.Booking> bookings = new ArrayList<>();
        List<ObjectNode> booked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode result = results.addObject().put("index", i);
            prepare(items.get(i), result, authorization).ifPresent(booking -> {
                bookings.add(booking);
                booked.add(result);
            });
        }
        List<ErpIngestion.Result> outcomes = ingestion.bookAll(bookings);
        for (int i = 0; i < outcomes.size(); i++) {
            ErpIngestion.Result outcome = outcomes.get(i);
            ObjectNode result = booked.get(i);
            if (outcome.outcome() != null) {
                result.put("status", outcome.outcome().created() ? 201 : 200);
                result.set("result", outcome.outcome().body());
            } else {
                refuse(result, outcome.refusal());
            }
        }
        return Response.ok(results).build();
    }

    /**
     * Validates one batch item; an invalid one gets its problem now and is not booked. A customer item is
     * customer-service's: it is forwarded now, with the caller's token, and gets customer-service's answer.
     */
    private Optional<ErpIngestion.Booking> prepare(JsonNode item, ObjectNode result, String authorization) {
        result.put("kind", item.path("kind").asText(""));
        result.put("externalId", item.path("externalId").asText(null));
        if (CustomerForwarding.KIND.equals(item.path("kind").asText())) {
            CustomerForwarding.Answer answer = customers.register(item, authorization);
            result.put("status", answer.status());
            result.set(answer.accepted() ? "result" : "problem", answer.body());
            return Optional.empty();
        }
        try {
            return Optional.of(ingestion.bookingOf(item));
        } catch (RuntimeException e) {
            refuse(result, e);
        }
        return Optional.empty();
    }

    private void refuse(ObjectNode result, RuntimeException e) {
        if (e instanceof ProblemException problem) {
            fail(result, problem.problem());
        } else {
            LOG.errorf(e, "Batch item %d (%s %s) could not be booked", result.path("index").asInt(),
                    result.path("kind").asText(), result.path("externalId").asText());
            fail(result, Problem.of(500, "booking-failed", "Booking failed", "the item could not be booked; it is safe to resend", null));
        }
    }

    private void fail(ObjectNode result, Problem problem) {
        result.put("status", problem.status());
        result.set("problem", json.valueToTree(problem));
    }

    private static Response answer(ErpIngestion.Outcome outcome) {
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.body()).build();
    }
}
