package io.ledgerline.reporting.credit;

import java.time.LocalDate;

/** One order credit check as the policy-effect report counts it: the grade in force at the check, its decision and what followed. */
record CheckFate(String grade, Money amount, CheckOutcome.Status status, LocalDate releasedOn, LocalDate cancelledOn) {
}
