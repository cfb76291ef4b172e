package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an assessment was scored from, recorded with it so that the history can be scored again under another
 * scorecard or policy version (a what-if) without asking anyone what was known that day. Any part may be null: not
 * known then. {@code riskSignals} null means the customer's signals were not known at all; an empty list means none
 * were reported.
 */
public record AssessedFacts(
        LocalDate foundingDate,
        Money registeredCapital,
        String ownershipType,
        String industry,
        Trading trading,
        Payments payments,
        Statement statement,
        List<Signal> riskSignals) {

    public AssessedFacts {
        riskSignals = riskSignals == null ? null : List.copyOf(riskSignals);
    }

    /** How long and how much the customer had traded with us. */
    public record Trading(int monthsOfRelationship, int invoicesLast12Months, Money volumeLast12Months) {
    }

    /** How the customer paid: both averages null when no invoice was paid in the last 12 months. */
    public record Payments(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageDaysLate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentPaidOnTime,
            int overdueInvoices,
            int oldestOverdueDays,
            int writeOffsLast24Months) {
    }

    /** The latest financial statement's figures, all in {@code currency}. */
    public record Statement(
            String statementId,
            LocalDate periodEnd,
            String currency,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal workingCapital,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retainedEarnings,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ebit,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bookEquity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAssets,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalLiabilities,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sales) {
    }

    /** A public risk signal: its kind, severity and the day it was observed. */
    public record Signal(String kind, String severity, LocalDate observedOn) {
    }
}
