package io.ledgerline.collections.arrangement;

import io.ledgerline.collections.api.v1.Money;
import io.ledgerline.collections.api.v1.PaymentPlanAgreed.Installment;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a customer's {@link Arrangements}; {@code on} is the business date it is asked on. */
public sealed interface ArrangementCommand {

    record MakePromise(@TargetAggregateIdentifier String arrangementsId, String customerId, String promiseId, String caseId,
                       List<String> invoiceIds, Money amount, LocalDate promisedFor, int toleranceDays, String note, String by,
                       LocalDate on) implements ArrangementCommand {

        public MakePromise {
            invoiceIds = List.copyOf(invoiceIds);
        }
    }

    record AgreePlan(@TargetAggregateIdentifier String arrangementsId, String customerId, String planId, String caseId,
                     List<String> invoiceIds, String currency, List<Installment> installments, int toleranceDays, String by,
                     LocalDate on) implements ArrangementCommand {

        public AgreePlan {
            invoiceIds = List.copyOf(invoiceIds);
            installments = List.copyOf(installments);
        }
    }

    /** Judge the promises and plans as of the business date {@code asOf} against {@code payments} on their items. */
    record Review(@TargetAggregateIdentifier String arrangementsId, String customerId, LocalDate asOf, List<ItemPayment> payments)
            implements ArrangementCommand {

        public Review {
            payments = List.copyOf(payments);
        }
    }
}
