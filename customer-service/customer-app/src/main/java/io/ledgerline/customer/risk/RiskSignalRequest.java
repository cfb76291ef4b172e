package io.ledgerline.customer.risk;

import io.ledgerline.customer.customer.CustomerCommand.RecordRiskSignal;
import io.ledgerline.customer.customer.CustomerValidation;
import io.ledgerline.customer.customer.RiskKind;
import io.ledgerline.customer.customer.RiskSeverity;
import io.ledgerline.platform.web.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An external risk signal as a data provider or analyst sends it; text until {@link #toCommand} says it is sound. */
@Schema(name = "RiskSignal", description = "Something an external source reported about a customer's risk")
public record RiskSignalRequest(
        @Schema(required = true, example = "CR-2013-000881", description = "the source's own id; recorded once per customer") String externalId,
        @Schema(required = true, example = "JUDICIAL_RECORD", enumeration = {"REGISTRATION_CHANGE", "JUDICIAL_RECORD",
                "ENFORCEMENT_LISTING", "FINANCIAL_ANOMALY", "BUREAU_REPORT"}) String kind,
        @Schema(required = true, example = "court-registry") String source,
        @Schema(required = true, example = "2013-02-20", format = "date") String observedOn,
        @Schema(required = true, example = "HIGH", enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}) String severity,
        @Schema(example = "contract dispute filed by a supplier") String details) {

    /** Refuses the signal with the offending field, or returns the command; the signal id derives from customer and externalId. */
    public RecordRiskSignal toCommand(String customerId, LocalDate today) {
        String externalId = CustomerValidation.text("externalId", this.externalId, 200);
        return new RecordRiskSignal(customerId, signalId(customerId, externalId), externalId,
                CustomerValidation.known(RiskKind.class, "kind", kind),
                CustomerValidation.text("source", source, 100),
                CustomerValidation.pastDate("observedOn", observedOn, today),
                CustomerValidation.known(RiskSeverity.class, "severity", severity),
                CustomerValidation.optional("details", details, 2000));
    }

    static RecordRiskSignal validated(String customerId, RiskSignalRequest request, LocalDate today) {
        if (request == null) {
            throw ProblemException.invalidField(null, "the body must be a risk signal object");
        }
        return request.toCommand(customerId, today);
    }

    static String signalId(String customerId, String externalId) {
        return UUID.nameUUIDFromBytes(("risk:" + customerId + ":" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
