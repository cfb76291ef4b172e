package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer was scored: {@code score} 0-100 (the contributions' sum, rounded half up), its grade
 * and whether the policy trades with it at all, each factor's contribution with the inputs it used,
 * every missing input, the share of the scorecard's weight that had data ({@code coverage}, percent)
 * and the versions of the scorecard and credit policy that decided it. {@code trigger} says why it was assessed
 * ({@link #MANUAL} on request; others are named where they are raised) and {@code facts} what it was scored from; both
 * are absent in assessments recorded before they were kept.
 */
@JsonTypeName("ledgerline.credit.CustomerAssessed.v1")
public record CustomerAssessed(
        String customerId,
        String assessmentId,
        LocalDate assessedOn,
        String assessedBy,
        int score,
        String grade,
        boolean tradeAllowed,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal coverage,
        String missingDataRule,
        int scorecardVersion,
        int policyVersion,
        List<FactorContribution> contributions,
        List<MissingInput> missingData,
        @JsonInclude(JsonInclude.Include.NON_NULL) String trigger,
        @JsonInclude(JsonInclude.Include.NON_NULL) AssessedFacts facts) implements CreditEvent {

    /** Assessed because someone asked for it through the API. */
    public static final String MANUAL = "manual";

    public CustomerAssessed {
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        missingData = missingData == null ? List.of() : List.copyOf(missingData);
    }
}
