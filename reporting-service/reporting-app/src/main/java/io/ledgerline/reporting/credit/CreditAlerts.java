package io.ledgerline.reporting.credit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The credit alerts dated in a period, newest first, one page of them. {@code totals} counts every alert of the period
 * (and kind), not only this page; {@code groups} (with {@code groupBy} only, else null) counts them per key.
 */
@JsonPropertyOrder({"from", "to", "kind", "groupBy", "totals", "groups", "page", "size", "totalItems", "totalPages", "items"})
public record CreditAlerts(LocalDate from, LocalDate to, String kind, String groupBy, Counts totals, List<Group> groups, int page,
                           int size, long totalItems, long totalPages, List<Item> items) {

    /** Alerts of each kind and the distinct customers they are about. */
    @JsonPropertyOrder({"downgrades", "insuranceReferrals", "customers"})
    public record Counts(long downgrades, long insuranceReferrals, long customers) {
    }

    @JsonPropertyOrder({"key", "downgrades", "insuranceReferrals", "customers"})
    public record Group(String key, long downgrades, long insuranceReferrals, long customers) {
    }

    /**
     * One alert: {@code on} is its day (a downgrade's {@code assessedOn}, a referral's {@code raisedOn}); the customer's
     * legal name, region, type and sales owner are its latest profile (all null before it arrives); {@code grade} and
     * {@code score} are what the assessment gave. {@code fromGrade}, {@code fromScore} and {@code trigger} are a
     * downgrade's, {@code belowScore} and {@code exposureToCover} a referral's; null on the other kind or when the
     * event left them out.
     */
    @JsonPropertyOrder({"kind", "on", "customerId", "legalName", "region", "customerType", "salesOwner", "assessmentId", "grade",
            "score", "fromGrade", "fromScore", "trigger", "belowScore", "exposureToCover"})
    public record Item(String kind, LocalDate on, String customerId, String legalName, String region, String customerType,
                       String salesOwner, String assessmentId, String grade, Integer score, String fromGrade, Integer fromScore,
                       String trigger, Integer belowScore, List<Amount> exposureToCover) {
    }

    /** A decimal string in the currency's minor unit, e.g. {@code "32500.00"}. */
    @JsonPropertyOrder({"amount", "currency"})
    public record Amount(String amount, String currency) {
    }
}
