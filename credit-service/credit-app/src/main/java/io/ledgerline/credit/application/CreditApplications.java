package io.ledgerline.credit.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationRejected;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.PolicyCheck;
import io.ledgerline.credit.application.CreditApplication.Outcome;
import io.ledgerline.credit.application.CreditApplicationCommand.ApproveCreditApplication;
import io.ledgerline.credit.application.CreditApplicationCommand.RejectCreditApplication;
import io.ledgerline.credit.application.CreditApplicationCommand.SubmitCreditApplication;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.credit.book.Books;
import io.ledgerline.credit.profile.CreditProfiles;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.logging.Logger;

/**
 * Runs credit application commands: a submission is held against the customer's latest assessment
 * and the current credit policy; each command runs in one transaction with the application's row in
 * {@link CreditApplicationView} and, when it assigns one, the customer's credit limit.
 */
@ApplicationScoped
public class CreditApplications {

    private static final Logger LOG = Logger.getLogger(CreditApplications.class);

    /** The application as the API shows it; {@code created} is false for a repeated submission. */
    public record Submission(boolean created, ObjectNode application) {
    }

    @Inject
    CommandGateway commands;

    @Inject
    CreditApplicationView views;

    @Inject
    CreditProfiles profiles;

    @Inject
    Books books;

    @Inject
    ObjectMapper json;

    public Submission submit(String applicationId, String customerId, CreditRequest request, String requestedBy, LocalDate today) {
        Version<CreditPolicyDefinition> policy = books.currentPolicy().orElseThrow(() -> new ProblemException(Problem.of(503,
                "no-credit-policy", "Service unavailable", "no credit policy is published yet", null)));
        AssessmentUsed assessment = latestAssessment(customerId);
        SubmitCreditApplication command = new SubmitCreditApplication(applicationId, customerId, request, assessment, policy.version(),
                policy.definition(), requestedBy, today);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Outcome outcome = send(command);
                return outcome.events().isEmpty() ? new Submission(false, views.find(applicationId).orElseThrow())
                        : new Submission(true, record(outcome));
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // the same id submitted twice at once: the one stored first is the answer to both, if they asked the same
            Optional<ObjectNode> first = views.find(applicationId);
            if (first.isPresent()) {
                return QuarkusTransaction.requiringNew().call(() -> {
                    send(command);
                    return new Submission(false, views.find(applicationId).orElseThrow());
                });
            }
            throw e;
        }
    }

    public ObjectNode approve(String applicationId, String approvedBy, String reason, LocalDate today) {
        known(applicationId);
        return QuarkusTransaction.requiringNew().call(() -> record(send(new ApproveCreditApplication(applicationId, approvedBy, reason,
                today))));
    }

    public ObjectNode reject(String applicationId, String rejectedBy, String reason, LocalDate today) {
        known(applicationId);
        return QuarkusTransaction.requiringNew().call(() -> record(send(new RejectCreditApplication(applicationId, rejectedBy, reason,
                today))));
    }

    public Optional<ObjectNode> find(String applicationId) {
        return views.find(applicationId);
    }

    public CreditApplicationView.Page list(CreditApplication.Status status, String customerId, int page, int size) {
        return views.page(status == null ? null : status.name(), customerId, page, size);
    }

    public Optional<ObjectNode> creditLimit(String customerId) {
        return views.findLimit(customerId);
    }

    /** Folds the events a command recorded into the application's row and the customer's limit. */
    private ObjectNode record(Outcome outcome) {
        ObjectNode view = null;
        for (CreditEvent event : outcome.events()) {
            if (event instanceof CreditApplicationSubmitted s) {
                view = submitted(s);
            } else if (event instanceof CreditApplicationGranted g) {
                view = decided(view, g.applicationId(), true, g.automatic(), g.decidedBy(), g.decidedOn(), g.reason());
            } else if (event instanceof CreditApplicationRejected r) {
                view = decided(view, r.applicationId(), false, false, r.decidedBy(), r.decidedOn(), r.reason());
            } else if (event instanceof CreditLimitAssigned l) {
                views.storeLimit(l.customerId(), json.valueToTree(l));
                LOG.infof("%s assigned customer %s a credit limit of %s %s on %d days (application %s, policy v%d)",
                        l.assignedBy(), l.customerId(), l.limit().amount().toPlainString(), l.limit().currency(),
                        l.paymentTermsDays(), l.applicationId(), l.policyVersion());
            }
        }
        view.put("status", outcome.status().name());
        views.store(view.path("applicationId").asText(), view.path("customerId").asText(), outcome.status().name(), view);
        return view;
    }

    private ObjectNode submitted(CreditApplicationSubmitted s) {
        ObjectNode view = json.createObjectNode();
        view.put("applicationId", s.applicationId());
        view.put("customerId", s.customerId());
        view.put("status", CreditApplication.Status.PENDING.name());
        view.set("requestedLimit", json.valueToTree(s.requestedLimit()));
        view.put("paymentTermsDays", s.paymentTermsDays());
        view.put("prepaymentShare", s.prepaymentShare().toPlainString());
        view.put("requestedBy", s.requestedBy());
        view.put("submittedOn", s.submittedOn().toString());
        ArrayNode reasons = view.putArray("reasons");
        s.evaluation().checks().stream().filter(c -> !c.passed()).map(PolicyCheck::detail).forEach(reasons::add);
        view.set("evaluation", json.valueToTree(s.evaluation()));
        view.putNull("decision");
        LOG.infof("%s applied for %s %s on %d days for customer %s: %s (policy v%d)", s.requestedBy(),
                s.requestedLimit().amount().toPlainString(), s.requestedLimit().currency(), s.paymentTermsDays(), s.customerId(),
                s.evaluation().withinPolicy() ? "within policy" : "outside policy", s.evaluation().policyVersion());
        return view;
    }

    private ObjectNode decided(ObjectNode submitted, String applicationId, boolean granted, boolean automatic, String decidedBy,
                               LocalDate on, String reason) {
        ObjectNode view = submitted != null ? submitted : views.find(applicationId).orElseThrow();
        ObjectNode decision = view.putObject("decision");
        decision.put("outcome", granted ? "GRANTED" : "REJECTED");
        decision.put("automatic", automatic);
        decision.put("decidedBy", decidedBy);
        decision.put("decidedOn", on.toString());
        decision.put("reason", reason);
        if (!automatic) {
            LOG.infof("%s %s credit application %s: %s", decidedBy, granted ? "approved" : "rejected", applicationId, reason);
        }
        return view;
    }

    /** The customer's latest assessment, {@code null} when it was never assessed. */
    private AssessmentUsed latestAssessment(String customerId) {
        return profiles.credit(customerId).map(a -> new AssessmentUsed(a.path("assessmentId").asText(),
                LocalDate.parse(a.path("assessedOn").asText()), a.path("score").asInt(), a.path("grade").asText(),
                a.path("scorecardVersion").asInt(), a.path("policyVersion").asInt())).orElse(null);
    }

    private void known(String applicationId) {
        if (views.find(applicationId).isEmpty()) {
            throw notFound(applicationId);
        }
    }

    public static ProblemException notFound(String applicationId) {
        return new ProblemException(Problem.of(404, "credit-application-not-found", "Not found",
                "there is no credit application " + applicationId, "id"));
    }

    private Outcome send(CreditApplicationCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ApplicationRefused refused) {
                    throw refused.kind() == ApplicationRefused.Kind.FORBIDDEN
                            ? new ProblemException(Problem.of(403, refused.slug(), "Forbidden", refused.getMessage(), null))
                            : ProblemException.conflict(refused.slug(), refused.getMessage(), null);
                }
                if (t instanceof AggregateNotFoundException) {
                    throw notFound(command.applicationId());
                }
            }
            throw e;
        }
    }
}
