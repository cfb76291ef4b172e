package io.ledgerline.credit.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.GradeTerms;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.application.CreditApplications;
import io.ledgerline.credit.block.CreditBlockView;
import io.ledgerline.credit.check.CreditCheck.Outcome;
import io.ledgerline.credit.check.CreditCheckCommand.CancelCheck;
import io.ledgerline.credit.check.CreditCheckCommand.CheckOrder;
import io.ledgerline.credit.check.CreditCheckCommand.ReleaseHold;
import io.ledgerline.credit.profile.CreditProfiles;
import io.ledgerline.credit.receivables.CurrencyLedger;
import io.ledgerline.credit.receivables.CustomerReceivables;
import io.ledgerline.credit.receivables.ReceivablesFacts;
import io.ledgerline.credit.scoring.PaymentBehaviour;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.logging.Logger;

/**
 * Runs order credit checks from credit-service's own tables only (assessment, credit limit, receivables projection,
 * reservations), never another service: each command runs in one transaction, under a per-customer lock, with the
 * check's row in {@link CreditCheckView}.
 */
@ApplicationScoped
public class CreditChecks {

    private static final Logger LOG = Logger.getLogger(CreditChecks.class);

    /** The check as the API shows it; {@code created} is false for a repeat. */
    public record Result(boolean created, ObjectNode check) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    CreditCheckView views;

    @Inject
    CreditProfiles profiles;

    @Inject
    CreditApplications applications;

    @Inject
    ReceivablesFacts receivables;

    @Inject
    CreditBlockView blocks;

    @Inject
    ObjectMapper json;

    public Result check(String orderId, String customerId, Money amount, String requestedBy, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            views.lockCustomer(customerId);
            Outcome outcome = send(new CheckOrder(orderId, customerId, amount, facts(customerId, amount.currency(), today),
                    requestedBy, today));
            return outcome.events().isEmpty() ? new Result(false, views.find(orderId).orElseThrow())
                    : new Result(true, record(outcome));
        });
    }

    public ObjectNode release(String orderId, String releasedBy, Set<String> roles, String reason, LocalDate today) {
        known(orderId);
        return QuarkusTransaction.requiringNew().call(() -> record(send(new ReleaseHold(orderId, releasedBy, roles, reason, today))));
    }

    public ObjectNode cancel(String orderId, String cancelledBy, String reason, LocalDate today) {
        known(orderId);
        return QuarkusTransaction.requiringNew().call(() -> record(send(new CancelCheck(orderId, cancelledBy, reason, today))));
    }

    public Optional<ObjectNode> find(String orderId) {
        return views.find(orderId);
    }

    /** What the rules read, in the order's currency, as of today. */
    CheckFacts facts(String customerId, String currency, LocalDate today) {
        CheckFacts.Assessment assessment = profiles.credit(customerId).map(this::assessment).orElse(null);
        Money limit = applications.creditLimit(customerId).map(l -> new Money(new BigDecimal(l.path("limit").path("amount").asText()),
                l.path("limit").path("currency").asText())).orElse(null);
        CustomerReceivables ledger = receivables.of(customerId, today);
        Optional<CurrencyLedger> inCurrency = ledger.currencies().stream().filter(c -> c.currency().equals(currency)).findFirst();
        BigDecimal open = inCurrency.map(CurrencyLedger::open).orElse(BigDecimal.ZERO);
        BigDecimal prepaid = inCurrency.map(CurrencyLedger::prepayments).orElse(BigDecimal.ZERO);
        PaymentBehaviour payments = ledger.payments();
        int oldestOverdue = payments == null ? 0 : payments.oldestOverdueDays();
        BigDecimal reserved = views.byCurrency(customerId).getOrDefault(currency, BigDecimal.ZERO);
        CheckFacts.Block block = blocks.find(customerId).map(b -> new CheckFacts.Block(b.reason(), b.blockedBy(), b.blockedOn()))
                .orElse(null);
        return new CheckFacts(assessment, limit, open, reserved, prepaid, oldestOverdue, block);
    }

    private CheckFacts.Assessment assessment(JsonNode a) {
        JsonNode terms = a.path("terms");
        GradeTerms grade = new GradeTerms(terms.path("grade").asText(), terms.path("minScore").asInt(),
                new BigDecimal(terms.path("limitMin").asText()), new BigDecimal(terms.path("limitMax").asText()),
                terms.path("paymentTermsDays").asInt(), new BigDecimal(terms.path("prepaymentShare").asText()),
                terms.path("autoApprove").asBoolean(), new BigDecimal(terms.path("autoApproveMaxAmount").asText()),
                terms.path("overdueToleranceDays").isInt() ? terms.path("overdueToleranceDays").asInt() : null);
        return new CheckFacts.Assessment(a.path("assessmentId").asText(), a.path("score").asInt(), a.path("grade").asText(),
                a.path("policyVersion").asInt(), terms.path("minimumScoreToTrade").asInt(), terms.path("currency").asText(), grade);
    }

    /** Folds the events a command recorded into the check's row. */
    private ObjectNode record(Outcome outcome) {
        ObjectNode view = null;
        for (CreditEvent event : outcome.events()) {
            if (event instanceof CreditCheckApproved e) {
                view = opened(e.orderId(), e.customerId(), e.amount(), e.checkedOn(), e.requestedBy(), json.createArrayNode(), e.inputs());
            } else if (event instanceof CreditCheckHeld e) {
                view = opened(e.orderId(), e.customerId(), e.amount(), e.checkedOn(), e.requestedBy(), json.valueToTree(e.reasons()),
                        e.inputs());
            } else if (event instanceof CreditCheckRejected e) {
                view = opened(e.orderId(), e.customerId(), e.amount(), e.checkedOn(), e.requestedBy(), json.valueToTree(e.reasons()),
                        e.inputs());
            } else if (event instanceof CreditCheckReleased e) {
                view = views.find(e.orderId()).orElseThrow();
                ObjectNode release = view.putObject("release");
                release.put("releasedBy", e.releasedBy());
                release.put("role", e.role());
                release.put("releasedOn", e.releasedOn().toString());
                release.put("reason", e.reason());
                LOG.infof("%s (%s) released order %s of customer %s: %s", e.releasedBy(), e.role(), e.orderId(), e.customerId(), e.reason());
            } else if (event instanceof CreditCheckCancelled e) {
                view = views.find(e.orderId()).orElseThrow();
                ObjectNode cancellation = view.putObject("cancellation");
                cancellation.put("cancelledBy", e.cancelledBy());
                cancellation.put("cancelledOn", e.cancelledOn().toString());
                cancellation.put("reason", e.reason());
                cancellation.put("reservationFreed", e.reservationFreed());
            }
        }
        view.put("status", outcome.status().name());
        views.store(view.path("orderId").asText(), view.path("customerId").asText(), outcome.status(),
                view.path("amount").path("currency").asText(), new BigDecimal(view.path("amount").path("amount").asText()), view);
        return view;
    }

    private ObjectNode opened(String orderId, String customerId, Money amount, LocalDate on, String by, JsonNode reasons, Object inputs) {
        ObjectNode view = json.createObjectNode();
        view.put("orderId", orderId);
        view.put("customerId", customerId);
        view.set("amount", json.valueToTree(amount));
        view.put("status", "");
        view.set("reasons", reasons);
        view.put("checkedOn", on.toString());
        view.put("requestedBy", by);
        view.set("inputs", json.valueToTree(inputs));
        view.putNull("release");
        view.putNull("cancellation");
        LOG.infof("%s checked order %s of customer %s for %s %s", by, orderId, customerId, amount.amount().toPlainString(),
                amount.currency());
        return view;
    }

    private void known(String orderId) {
        if (views.find(orderId).isEmpty()) {
            throw notFound(orderId);
        }
    }

    static ProblemException notFound(String orderId) {
        return new ProblemException(Problem.of(404, "credit-check-not-found", "Not found",
                "there is no credit check of order " + orderId, "orderId"));
    }

    private Outcome send(CreditCheckCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CheckRefused refused) {
                    throw refused.kind() == CheckRefused.Kind.FORBIDDEN
                            ? new ProblemException(Problem.of(403, refused.slug(), "Forbidden", refused.getMessage(), null))
                            : ProblemException.conflict(refused.slug(), refused.getMessage(), null);
                }
                if (t instanceof AggregateNotFoundException) {
                    throw notFound(command.orderId());
                }
            }
            throw e;
        }
    }
}
