package io.ledgerline.receivables.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.api.v1.ContractSigned.ScheduledInstallment;
import io.ledgerline.receivables.api.v1.LateFeeClause;
import io.ledgerline.receivables.contract.ContractCommand.SignContract;
import io.ledgerline.receivables.erp.ErpIngestion;
import io.ledgerline.receivables.latefee.RunDate;
import io.ledgerline.receivables.money.InvalidMoneyException;
import io.ledgerline.receivables.money.Money;
import io.ledgerline.receivables.refusal.Refusals;
import io.ledgerline.receivables.refusal.RequestFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Contracts (or orders) with payment terms: signing resolves the terms into a schedule, and the
 * schedule issues the contract's invoices on the dates it says. Signing is idempotent on externalId.
 */
@Path("/api/v1/contracts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@SecurityRequirement(name = "jwt")
public class ContractResource {

    private static final Logger LOG = Logger.getLogger(ContractResource.class);
    static final String KIND = "contract";
    private static final String CONTRACT_EXAMPLE = """
            {"externalId":"K-2013-7","contractNumber":"K-7","customerId":"0379-NEVHP","signedOn":"2013-01-02",
             "currency":"USD","amount":"1000.00","netDays":30,"prepaymentShare":"10",
             "installments":[{"dueDate":"2013-03-01","percent":"45"},{"dueDate":"2013-06-01","percent":"45"}],
             "lateFee":{"ratePerDay":"0.0005","graceDays":5,"capPercent":"10"}}""";

    /** A contract as sales or the ERP states it; amounts and percentages are decimal strings. */
    @Schema(name = "ContractSigning")
    public record Signing(
            @Schema(required = true, example = "K-2013-7", description = "the sender's own id; a repeat returns the first answer") String externalId,
            @Schema(required = true, example = "K-7", description = "installments are numbered <contractNumber>-<sequence>") String contractNumber,
            @Schema(required = true, example = "0379-NEVHP") String customerId,
            @Schema(required = true, example = "2013-01-02", format = "date") String signedOn,
            @Schema(required = true, example = "USD") String currency,
            @Schema(required = true, example = "1000.00") String amount,
            @Schema(required = true, example = "30", description = "days from invoice to due date") Integer netDays,
            @Schema(example = "10", description = "percent due on signing (installment 0)") String prepaymentShare,
            @Schema(description = "all by percent or all by amount; absent: the rest due netDays after signing") List<Term> installments,
            @Schema(description = "absent: no late fees") LateFee lateFee) {
    }

    /** One installment: {@code percent} or {@code amount}, due on {@code dueDate}. */
    @Schema(name = "ContractInstallmentTerm")
    public record Term(
            @Schema(required = true, example = "2013-03-01", format = "date") String dueDate,
            @Schema(example = "45") String percent,
            @Schema(example = "450.00") String amount,
            @Schema(format = "date", description = "default: the later of signedOn and dueDate minus netDays") String invoiceOn) {
    }

    /** The late-fee clause. */
    @Schema(name = "LateFeeClause")
    public record LateFee(
            @Schema(required = true, example = "0.0005", description = "a fraction per day: 0.0005 = 0.05 % a day") String ratePerDay,
            @Schema(required = true, example = "5") Integer graceDays,
            @Schema(required = true, example = "10", description = "all fees on one invoice at most this percent of it") String capPercent) {
    }

    /** What a schedule run issued. */
    @Schema(name = "ScheduleRunResult")
    public record ScheduleRun(String asOf, List<IssuedInstallment> issued) {
    }

    /** One installment issued as an invoice. */
    public record IssuedInstallment(String contractId, int sequence, String invoiceId, String invoiceNumber, String customerId,
                                    String issueDate, String dueDate, String currency, String amount) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    ContractRegister contracts;

    @Inject
    ContractSchedule schedule;

    @Inject
    ErpIngestion ingestion;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed({"finance", "sales", "erp-integration"})
    @Operation(summary = "Sign a contract with payment terms",
            description = "Resolves the terms into a schedule of exact amounts adding up to the contract's amount (the last "
                    + "installment takes the remainder cent) and issues every installment due to be invoiced by the signing date (or "
                    + "today, if that is earlier); the rest come with schedule runs (the business-day timer, or ops) as their dates arrive. "
                    + "201 when signed; 200 with the first answer for a repeat of the same externalId and content; 409 for "
                    + "different content or a contract number the customer already has.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contract", value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "signed; the body is the contract with its schedule")
    @APIResponse(responseCode = "200", description = "a repeat: the first answer")
    @APIResponse(responseCode = "400", description = "invalid field, nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "externalId reused with other content, or contract number taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response sign(Signing request, @Context UriInfo uri) {
        SignContract sign = signContract(request);
        List<ScheduledInstallment> resolved = terms(() -> {
            PaymentTerms.check(sign.lateFee());
            return PaymentTerms.resolve(sign.signedOn(), sign.amount(), sign.netDays(), sign.prepaymentShare(), sign.installments());
        });
        ErpIngestion.Outcome outcome = ingestion.book(new ErpIngestion.Booking(KIND, sign.externalId(), hash(sign), () -> {
            if (!contracts.record(sign, resolved)) {
                throw ProblemException.conflict("duplicate-contract-number", "customer " + sign.customerId()
                        + " already has a contract numbered " + sign.contractNumber(), "contractNumber");
            }
            Refusals.asProblems(() -> terms(() -> commands.sendAndWait(sign)));
            LOG.infof("Signed contract %s with customer %s: %s in %d installment(s)",
                    sign.contractNumber(), sign.customerId(), sign.amount(), resolved.size());
            // Signing issues what its own date makes due; later installments come with schedule runs as their dates arrive.
            LocalDate today = LocalDate.now(clock);
            Refusals.asProblems(() -> schedule.issue(sign.contractId(), sign.signedOn().isBefore(today) ? sign.signedOn() : today));
            return (ObjectNode) json.valueToTree(contracts.find(sign.contractId()).orElseThrow());
        }));
        return outcome.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(sign.contractId()).build()).entity(outcome.body()).build()
                : Response.ok(outcome.body()).build();
    }

    @GET
    @Path("/{contractId}")
    @RolesAllowed({"finance", "sales", "collector", "credit-analyst", "credit-manager"})
    @Operation(summary = "A contract's terms and schedule, and which installments are invoiced")
    @APIResponse(responseCode = "200", description = "the contract")
    @APIResponse(responseCode = "404", description = "no such contract", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ContractRegister.ContractView contract(@PathParam("contractId") String contractId) {
        return contracts.find(contractId).orElseThrow(() -> new ProblemException(
                Problem.of(404, "not-found", "Not found", "no contract " + contractId, null)));
    }

    @POST
    @Path("/schedule-runs")
    @RolesAllowed({"finance", "ops"})
    @Operation(summary = "Issue every installment due to be invoiced by a business date",
            description = "asOf defaults to today by the business clock and may not be after it. Each contract's installments "
                    + "are issued in a transaction of their own; an installment is issued once however often this runs.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "run", value = "{\"asOf\":\"2013-03-01\"}")))
    @APIResponse(responseCode = "200", description = "the installments issued by this run")
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "as-of-in-the-future", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ScheduleRun run(RunDate.Request request) {
        LocalDate asOf = RunDate.of(request == null ? null : request.asOf(), clock);
        List<IssuedInstallment> issued = schedule.run(asOf).stream().map(i -> new IssuedInstallment(i.contractId(), i.sequence(),
                i.invoiceId(), i.invoiceNumber(), i.customerId(), i.issueDate().toString(), i.dueDate().toString(),
                i.amount().currency().getCurrencyCode(), i.amount().amount().toPlainString())).toList();
        return new ScheduleRun(asOf.toString(), issued);
    }

    private static SignContract signContract(Signing r) {
        if (r == null) {
            throw ProblemException.invalidField(null, "the body must be a contract object");
        }
        String externalId = RequestFields.text("externalId", r.externalId(), 200);
        Currency currency = currency(r.currency());
        Money amount = money("amount", RequestFields.amount("amount", r.amount()), currency);
        if (r.netDays() == null) {
            throw ProblemException.invalidField("netDays", "netDays is required");
        }
        BigDecimal share = r.prepaymentShare() == null ? null : decimal("prepaymentShare", r.prepaymentShare());
        List<PaymentTerms.Term> terms = new ArrayList<>();
        List<Term> stated = r.installments() == null ? List.of() : r.installments();
        for (int i = 0; i < stated.size(); i++) {
            Term t = stated.get(i);
            String field = "installments[" + i + "]";
            if (t == null) {
                throw ProblemException.invalidField(field, "an installment must be an object");
            }
            terms.add(new PaymentTerms.Term(RequestFields.date(field + ".dueDate", t.dueDate()),
                    t.percent() == null ? null : decimal(field + ".percent", t.percent()),
                    t.amount() == null ? null : decimal(field + ".amount", t.amount()),
                    t.invoiceOn() == null ? null : RequestFields.date(field + ".invoiceOn", t.invoiceOn())));
        }
        return new SignContract(contractId(externalId), externalId,
                RequestFields.text("contractNumber", r.contractNumber(), 80),
                RequestFields.text("customerId", r.customerId(), 100),
                RequestFields.date("signedOn", r.signedOn()), amount, r.netDays(), share, terms, lateFee(r.lateFee()));
    }

    private static LateFeeClause lateFee(LateFee fee) {
        if (fee == null) {
            return null;
        }
        if (fee.graceDays() == null) {
            throw ProblemException.invalidField("lateFee.graceDays", "lateFee.graceDays is required");
        }
        return new LateFeeClause(decimal("lateFee.ratePerDay", fee.ratePerDay()), fee.graceDays(),
                decimal("lateFee.capPercent", fee.capPercent()));
    }

    private static <T> T terms(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidContractException e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    private static BigDecimal decimal(String field, String value) {
        try {
            return new BigDecimal(RequestFields.text(field, value, 30));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, field + " must be a decimal string like \"12.5\", got '" + value + "'");
        }
    }

    private static Money money(String field, BigDecimal amount, Currency currency) {
        try {
            return new Money(amount, currency);
        } catch (InvalidMoneyException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }

    private static Currency currency(String code) {
        String value = RequestFields.text("currency", code, 3);
        try {
            Currency currency = Currency.getInstance(value);
            if (currency.getDefaultFractionDigits() < 0) {
                throw ProblemException.invalidField("currency", value + " is not a currency money can be counted in");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("currency", "unknown ISO 4217 currency '" + value + "'");
        }
    }

    static String contractId(String externalId) {
        return UUID.nameUUIDFromBytes(("contract:" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** What makes two signings with the same externalId the same: the command's record text is all of its content. */
    private static String hash(SignContract sign) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sign.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
