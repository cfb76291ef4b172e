package io.ledgerline.credit.check;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.CheckReason;
import io.ledgerline.credit.api.v1.CreditCheckApproved;
import io.ledgerline.credit.api.v1.CreditCheckCancelled;
import io.ledgerline.credit.api.v1.CreditCheckHeld;
import io.ledgerline.credit.api.v1.CreditCheckRejected;
import io.ledgerline.credit.api.v1.CreditCheckReleased;
import io.ledgerline.credit.api.v1.CreditEvent;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.credit.check.CreditCheckCommand.CancelCheck;
import io.ledgerline.credit.check.CreditCheckCommand.CheckOrder;
import io.ledgerline.credit.check.CreditCheckCommand.ReleaseHold;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Invariant: an order is checked once (a repeat with the same content changes nothing); a hold is released only by a role
 * every one of its reasons names; only an approved (or released) and not cancelled check reserves its amount.
 */
public class CreditCheck {

    /** Where a check stands; APPROVED reserves the amount. */
    public enum Status { APPROVED, HOLD, REJECTED, CANCELLED }

    /** The check's status after a command and the events it recorded (none for a repeated check). */
    public record Outcome(Status status, List<CreditEvent> events) {
    }

    @AggregateIdentifier
    private String orderId;
    private String customerId;
    private Money amount;
    private List<CheckReason> reasons;
    private Status status;

    protected CreditCheck() {
        // for Axon: created by its first check, rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(CheckOrder command) {
        if (status != null) {
            if (!customerId.equals(command.customerId()) || !amount.currency().equals(command.amount().currency())
                    || amount.amount().compareTo(command.amount().amount()) != 0) {
                throw new CheckRefused("order-id-in-use", CheckRefused.Kind.CONFLICT, "order " + orderId
                        + " was checked for another customer or amount; a changed order is cancelled and checked under a new id");
            }
            return new Outcome(status, List.of());
        }
        CreditCheckRules.Verdict verdict = CreditCheckRules.decide(command.amount(), command.facts());
        CreditEvent event = switch (verdict.status()) {
            case APPROVED -> new CreditCheckApproved(command.customerId(), command.orderId(), command.amount(), command.checkedOn(),
                    command.requestedBy(), verdict.inputs());
            case HOLD -> new CreditCheckHeld(command.customerId(), command.orderId(), command.amount(), command.checkedOn(),
                    command.requestedBy(), verdict.reasons(), verdict.inputs());
            default -> new CreditCheckRejected(command.customerId(), command.orderId(), command.amount(), command.checkedOn(),
                    command.requestedBy(), verdict.reasons(), verdict.inputs());
        };
        List<CreditEvent> events = List.of(record(event));
        return new Outcome(status, events);
    }

    @CommandHandler
    public Outcome handle(ReleaseHold command) {
        if (status != Status.HOLD) {
            throw new CheckRefused("credit-check-not-held", CheckRefused.Kind.CONFLICT, "the credit check of order " + orderId
                    + " is " + status + "; only a HOLD is released");
        }
        String role = releasingRole(command.roles()).orElseThrow(() -> new CheckRefused("role-may-not-release",
                CheckRefused.Kind.FORBIDDEN, command.releasedBy() + " may not release order " + orderId + ": " + reasons.stream()
                .map(r -> r.code() + " is released by " + String.join(" or ", r.releasableBy())).toList()));
        List<CreditEvent> events = List.of(record(new CreditCheckReleased(customerId, orderId, amount, command.releasedBy(), role,
                command.releasedOn(), command.reason())));
        return new Outcome(status, events);
    }

    @CommandHandler
    public Outcome handle(CancelCheck command) {
        if (status == Status.REJECTED || status == Status.CANCELLED) {
            throw new CheckRefused("credit-check-not-open", CheckRefused.Kind.CONFLICT, "the credit check of order " + orderId
                    + " is " + status + "; only an APPROVED or HOLD check is cancelled");
        }
        List<CreditEvent> events = List.of(record(new CreditCheckCancelled(customerId, orderId, amount, command.cancelledBy(),
                command.cancelledOn(), command.reason(), status == Status.APPROVED)));
        return new Outcome(status, events);
    }

    /** A role of the user's that every reason of the hold names, preferring the reasons' order. */
    private Optional<String> releasingRole(java.util.Set<String> roles) {
        return reasons.get(0).releasableBy().stream()
                .filter(roles::contains)
                .filter(role -> reasons.stream().allMatch(r -> r.releasableBy().contains(role)))
                .findFirst();
    }

    private static CreditEvent record(CreditEvent event) {
        apply(event);
        return event;
    }

    @EventSourcingHandler
    void on(CreditCheckApproved event) {
        opened(event.orderId(), event.customerId(), event.amount(), List.of());
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(CreditCheckHeld event) {
        opened(event.orderId(), event.customerId(), event.amount(), event.reasons());
        status = Status.HOLD;
    }

    @EventSourcingHandler
    void on(CreditCheckRejected event) {
        opened(event.orderId(), event.customerId(), event.amount(), event.reasons());
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(CreditCheckReleased event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(CreditCheckCancelled event) {
        status = Status.CANCELLED;
    }

    private void opened(String order, String customer, Money money, List<CheckReason> why) {
        orderId = order;
        customerId = customer;
        amount = money;
        reasons = why;
    }
}
