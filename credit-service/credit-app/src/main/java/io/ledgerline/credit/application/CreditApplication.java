package io.ledgerline.credit.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.CreditApplicationGranted;
import io.ledgerline.credit.api.v1.CreditApplicationRejected;
import io.ledgerline.credit.api.v1.CreditApplicationSubmitted;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.CreditLimitAssigned;
import io.ledgerline.credit.api.v1.PolicyCheck;
import io.ledgerline.credit.api.v1.PolicyEvaluation;
import io.ledgerline.credit.application.CreditApplicationCommand.ApproveCreditApplication;
import io.ledgerline.credit.application.CreditApplicationCommand.RejectCreditApplication;
import io.ledgerline.credit.application.CreditApplicationCommand.SubmitCreditApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Invariant: an application within the policy is granted when submitted; one outside it is decided
 * once, by a credit manager who is not its requester; every grant assigns the requested limit and terms.
 */
public class CreditApplication {

    /** Who decides an application within the policy. */
    public static final String AUTOMATIC = "credit-service";

    /** Where an application stands. */
    public enum Status { PENDING, GRANTED, REJECTED }

    /** The application's status after a command and the events it recorded, in order (none for a repeated submission). */
    public record Outcome(Status status, List<CreditEvent> events) {
    }

    @AggregateIdentifier
    private String applicationId;
    private String customerId;
    private CreditRequest request;
    private String requestedBy;
    private PolicyEvaluation evaluation;
    private Status status;

    protected CreditApplication() {
        // for Axon: created by its submission, rebuilt from events
    }

    /** A repeated submission returns the application's status with no events: it records nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(SubmitCreditApplication command) {
        if (status != null) {
            if (!customerId.equals(command.customerId()) || !request.sameAs(command.request())) {
                throw new ApplicationRefused("application-id-in-use", ApplicationRefused.Kind.CONFLICT, "application "
                        + applicationId + " was submitted with another customer, limit or terms; a new application needs a new id");
            }
            return new Outcome(status, List.of());
        }
        CreditRequest r = command.request();
        PolicyEvaluation evaluated = PolicyFit.evaluate(command.customerId(), r, command.assessment(), command.policyVersion(),
                command.policy());
        List<CreditEvent> events = new ArrayList<>();
        events.add(record(new CreditApplicationSubmitted(command.customerId(), command.applicationId(), r.limit(), r.paymentTermsDays(),
                r.prepaymentShare(), command.requestedBy(), command.submittedOn(), evaluated)));
        if (evaluated.withinPolicy()) {
            String reason = "within credit policy version " + evaluated.policyVersion() + ": " + evaluated.checks().stream()
                    .map(PolicyCheck::detail).collect(Collectors.joining("; "));
            events.addAll(grant(true, AUTOMATIC, command.submittedOn(), reason));
        }
        return new Outcome(status, events);
    }

    @CommandHandler
    public Outcome handle(ApproveCreditApplication command) {
        mayDecide(command.approvedBy(), "approve");
        List<CreditEvent> events = grant(false, command.approvedBy(), command.approvedOn(), command.reason());
        return new Outcome(status, events);
    }

    @CommandHandler
    public Outcome handle(RejectCreditApplication command) {
        mayDecide(command.rejectedBy(), "reject");
        CreditEvent rejected = record(new CreditApplicationRejected(customerId, applicationId, command.rejectedBy(),
                command.rejectedOn(), command.reason(), evaluation));
        return new Outcome(status, List.of(rejected));
    }

    private void mayDecide(String user, String verb) {
        if (status != Status.PENDING) {
            throw new ApplicationRefused("application-already-decided", ApplicationRefused.Kind.CONFLICT, "application "
                    + applicationId + " is already " + status + "; an application is decided once");
        }
        if (requestedBy.equals(user)) {
            throw new ApplicationRefused("requester-cannot-decide", ApplicationRefused.Kind.FORBIDDEN, user + " requested application "
                    + applicationId + " and may not " + verb + " it: another credit manager decides");
        }
    }

    private List<CreditEvent> grant(boolean automatic, String decidedBy, LocalDate on, String reason) {
        return List.of(record(new CreditApplicationGranted(customerId, applicationId, automatic, decidedBy, on, reason, evaluation)),
                record(new CreditLimitAssigned(customerId, applicationId, request.limit(), request.paymentTermsDays(),
                        request.prepaymentShare(), on, decidedBy, evaluation.policyVersion())));
    }

    private static CreditEvent record(CreditEvent event) {
        apply(event);
        return event;
    }

    @EventSourcingHandler
    void on(CreditApplicationSubmitted event) {
        applicationId = event.applicationId();
        customerId = event.customerId();
        request = new CreditRequest(event.requestedLimit(), event.paymentTermsDays(), event.prepaymentShare());
        requestedBy = event.requestedBy();
        evaluation = event.evaluation();
        status = Status.PENDING;
    }

    @EventSourcingHandler
    void on(CreditApplicationGranted event) {
        status = Status.GRANTED;
    }

    @EventSourcingHandler
    void on(CreditApplicationRejected event) {
        status = Status.REJECTED;
    }
}
