package io.ledgerline.customer.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * An external source reported something about the customer's risk. {@code kind} is one of
 * {@code REGISTRATION_CHANGE}, {@code JUDICIAL_RECORD}, {@code ENFORCEMENT_LISTING},
 * {@code FINANCIAL_ANOMALY}, {@code BUREAU_REPORT}; {@code severity} one of {@code LOW},
 * {@code MEDIUM}, {@code HIGH}, {@code CRITICAL}. Recorded once per {@code externalId}.
 */
@JsonTypeName("ledgerline.customer.RiskSignalRecorded.v1")
public record RiskSignalRecorded(
        String customerId,
        String signalId,
        String kind,
        String source,
        LocalDate observedOn,
        String severity,
        String details,
        String externalId) implements CustomerEvent {
}
