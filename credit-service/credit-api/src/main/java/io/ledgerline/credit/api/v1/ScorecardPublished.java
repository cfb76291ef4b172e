package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** A scorecard version took effect; versions are numbered 1, 2, ... and never change once published. */
@JsonTypeName("ledgerline.credit.ScorecardPublished.v1")
public record ScorecardPublished(
        int scorecardVersion,
        String publishedBy,
        LocalDate publishedOn,
        ScorecardDefinition scorecard) implements CreditEvent {
}
