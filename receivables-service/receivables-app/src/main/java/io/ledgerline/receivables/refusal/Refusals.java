package io.ledgerline.receivables.refusal;

import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.receivables.invoice.InvalidInvoiceException;
import io.ledgerline.receivables.ledger.RuleViolation;
import io.ledgerline.receivables.money.CurrencyMismatchException;
import io.ledgerline.receivables.money.InvalidMoneyException;
import io.ledgerline.receivables.payment.InvalidPaymentException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the ledger's refusals into problems: invalid commands are 400, broken business rules 422,
 * an aggregate that does not exist 404. The domain throws its own exceptions and knows nothing of HTTP.
 */
public class Refusals {

    /** Runs {@code work}, rethrowing a ledger refusal as the problem a client should see. */
    public static <T> T asProblems(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw problem(e);
        }
    }

    /** The problem for a refusal, or the exception itself when it is no refusal. */
    public static RuntimeException problem(RuntimeException e) {
        if (e instanceof RuleViolation rule) {
            return ProblemException.ruleViolated(rule.rule(), rule.getMessage(), rule.field());
        }
        if (e instanceof CurrencyMismatchException mismatch) {
            return ProblemException.ruleViolated("currency-mismatch", mismatch.getMessage(), "currency");
        }
        if (e instanceof InvalidInvoiceException invalid) {
            return ProblemException.invalidField(invalid.field(), invalid.getMessage());
        }
        if (e instanceof InvalidPaymentException invalid) {
            return ProblemException.invalidField(invalid.field(), invalid.getMessage());
        }
        if (e instanceof InvalidMoneyException invalid) {
            return ProblemException.invalidField("amount", invalid.getMessage());
        }
        if (e instanceof AggregateNotFoundException missing) {
            return new ProblemException(Problem.of(404, "not-found", "Not found",
                    "no such " + missing.getAggregateIdentifier(), null));
        }
        return e;
    }

    @ServerExceptionMapper
    public Response rule(RuleViolation e) {
        return ((ProblemException) problem(e)).problem().toResponse();
    }
}
