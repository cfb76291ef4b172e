package io.ledgerline.receivables.latefee;

import io.ledgerline.platform.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Late-fee runs on demand; the business-day timer runs the same as of today. */
@Path("/api/v1/late-fees/runs")
@RolesAllowed({"finance", "ops"})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Late fees")
@SecurityRequirement(name = "jwt")
public class LateFeeResource {

    /** What a run answers: the fees it posted. */
    @Schema(name = "LateFeeRunResult")
    public record Result(String asOf, List<Fee> fees) {
    }

    /** One fee: the overdue invoice, the fee item posted for it, and the amount. */
    public record Fee(String invoiceId, String invoiceNumber, String customerId, String feeInvoiceId,
                      String feeInvoiceNumber, String currency, String amount) {
    }

    @Inject
    LateFeeRun run;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Post the late fees accrued as of a business date",
            description = "Every invoice with a late-fee clause charges what its clause accrued up to asOf (today when absent) "
                    + "and did not charge yet, posted as a fee item (an invoice of type LATE_FEE numbered <invoiceNumber>-LF<yyyyMMdd>, "
                    + "issued and due on asOf). Running it again for the same asOf posts nothing new.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "run", value = "{\"asOf\":\"2013-03-01\"}")))
    @APIResponse(responseCode = "200", description = "the fees posted", content = @Content(examples = @ExampleObject(name = "posted", value = """
            {"asOf":"2013-03-01","fees":[{"invoiceId":"6f1c...","invoiceNumber":"K-7-1","customerId":"0379-NEVHP",
             "feeInvoiceId":"0b8a...","feeInvoiceNumber":"K-7-1-LF20130301","currency":"USD","amount":"1.40"}]}""")))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "as-of-in-the-future", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Result run(RunDate.Request request) {
        LocalDate asOf = RunDate.of(request == null ? null : request.asOf(), clock);
        List<Fee> posted = run.run(asOf).stream().map(p -> new Fee(p.invoiceId(), p.invoiceNumber(), p.customerId(),
                p.feeInvoiceId(), p.feeInvoiceNumber(), p.amount().currency().getCurrencyCode(),
                p.amount().amount().toPlainString())).toList();
        return new Result(asOf.toString(), posted);
    }
}
