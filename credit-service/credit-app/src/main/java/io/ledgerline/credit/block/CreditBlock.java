package io.ledgerline.credit.block;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.block.CreditBlockCommand.BlockCustomer;
import io.ledgerline.credit.block.CreditBlockCommand.UnblockCustomer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One customer's credit block (id {@code credit-block/<customerId>}, which no customer, order or application id can be:
 * those never contain '/'). Invariant: a customer is blocked only when not blocked and unblocked only when blocked.
 */
public class CreditBlock {

    private static final String ID_PREFIX = "credit-block/";

    @AggregateIdentifier
    private String id;
    private boolean blocked;

    protected CreditBlock() {
        // for Axon: created by the customer's first block, rebuilt from events
    }

    public static String idOf(String customerId) {
        return ID_PREFIX + customerId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CustomerCreditBlocked handle(BlockCustomer command) {
        if (blocked) {
            throw new BlockRefused("already-blocked", "the credit of customer " + command.customerId()
                    + " is already blocked; it is unblocked first");
        }
        CustomerCreditBlocked event = new CustomerCreditBlocked(command.customerId(), command.blockId(), command.reason(),
                command.blockedBy(), command.blockedOn(), command.source());
        apply(event);
        return event;
    }

    @CommandHandler
    public CustomerCreditUnblocked handle(UnblockCustomer command) {
        if (!blocked) {
            throw notBlocked(command.customerId());
        }
        CustomerCreditUnblocked event = new CustomerCreditUnblocked(command.customerId(), command.reason(), command.unblockedBy(),
                command.unblockedOn());
        apply(event);
        return event;
    }

    static BlockRefused notBlocked(String customerId) {
        return new BlockRefused("not-blocked", "the credit of customer " + customerId + " is not blocked");
    }

    @EventSourcingHandler
    void on(CustomerCreditBlocked event) {
        id = idOf(event.customerId());
        blocked = true;
    }

    @EventSourcingHandler
    void on(CustomerCreditUnblocked event) {
        blocked = false;
    }
}
