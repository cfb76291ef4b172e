package io.ledgerline.reporting.credit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** The credit-policy effect over a period: one row per grade (grades in order, '(none)' last) and the same figures over all grades. */
@JsonPropertyOrder({"from", "to", "grades", "total"})
public record PolicyEffectReport(LocalDate from, LocalDate to, List<GradeEffect> grades, GradeEffect total) {

    /**
     * The checks of one grade (the grade in force at the check) and what became of them by {@code to}; the customers in
     * the grade on {@code to}; the grade changes of the period into and out of it. Rates have 4 decimals, null when their
     * denominator is zero.
     */
    @JsonPropertyOrder({"grade", "checks", "approvedAtOnce", "held", "released", "rejected", "cancelled", "holdRate",
            "releaseRate", "amounts", "customersAtTo", "downgradedTo", "downgradedFrom", "upgradedTo", "upgradedFrom"})
    public record GradeEffect(String grade, long checks, long approvedAtOnce, long held, long released, long rejected,
                              long cancelled, String holdRate, String releaseRate, List<CurrencyAmounts> amounts,
                              long customersAtTo, long downgradedTo, long downgradedFrom, long upgradedTo, long upgradedFrom) {
    }

    /** The same counts' order amounts in one currency, as decimal strings in its minor unit; currencies are never added. */
    @JsonPropertyOrder({"currency", "checked", "approvedAtOnce", "held", "released", "rejected", "cancelled"})
    public record CurrencyAmounts(String currency, String checked, String approvedAtOnce, String held, String released,
                                  String rejected, String cancelled) {
    }
}
