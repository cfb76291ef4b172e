package io.ledgerline.credit.application;

import io.ledgerline.credit.api.v1.Money;
import java.math.BigDecimal;

/** What an application asks for: a credit limit above zero, payment terms of 0-365 days, a prepayment share of 0-1. */
public record CreditRequest(Money limit, int paymentTermsDays, BigDecimal prepaymentShare) {

    /** The same limit, terms and share, whatever the scale the amounts were written with. */
    boolean sameAs(CreditRequest other) {
        return limit.currency().equals(other.limit.currency()) && limit.amount().compareTo(other.limit.amount()) == 0
                && paymentTermsDays == other.paymentTermsDays && prepaymentShare.compareTo(other.prepaymentShare) == 0;
    }
}
