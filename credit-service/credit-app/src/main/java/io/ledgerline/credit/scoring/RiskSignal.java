package io.ledgerline.credit.scoring;

import java.time.LocalDate;

/** A public risk signal about the customer: its kind, severity and when it was observed. */
public record RiskSignal(String kind, String severity, LocalDate observedOn) {
}
