package io.ledgerline.credit.block;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.block.CreditBlockCommand.BlockCustomer;
import io.ledgerline.credit.block.CreditBlockCommand.UnblockCustomer;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jboss.logging.Logger;

/** Blocks and unblocks customers' credit: each command runs in one transaction with the customer's row in {@link CreditBlockView}. */
@ApplicationScoped
public class CreditBlocks {

    private static final Logger LOG = Logger.getLogger(CreditBlocks.class);

    @Inject
    CommandGateway commands;

    @Inject
    CreditBlockView views;

    public CurrentBlock block(String customerId, String reason, String blockedBy, String source, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> blockWithin(customerId, UUID.randomUUID().toString(), reason, blockedBy,
                source, today));
    }

    /**
     * Blocks the customer's credit in the caller's transaction, naming the block {@code blockId}; when it is already
     * blocked, a 409 problem is thrown and the caller's transaction can only roll back.
     */
    CurrentBlock blockWithin(String customerId, String blockId, String reason, String blockedBy, String source, LocalDate today) {
        CustomerCreditBlocked e = send(new BlockCustomer(CreditBlock.idOf(customerId), customerId, blockId, reason, blockedBy, source,
                today), customerId);
        views.blocked(e);
        LOG.infof("%s blocked the credit of customer %s (%s): %s", blockedBy, customerId, source, reason);
        return new CurrentBlock(e.customerId(), e.blockId(), e.reason(), e.blockedBy(), e.blockedOn(), e.source());
    }

    public CustomerCreditUnblocked unblock(String customerId, String reason, String unblockedBy, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CustomerCreditUnblocked e = send(new UnblockCustomer(CreditBlock.idOf(customerId), customerId, reason, unblockedBy, today),
                    customerId);
            views.unblocked(customerId);
            LOG.infof("%s unblocked the credit of customer %s: %s", unblockedBy, customerId, reason);
            return e;
        });
    }

    public Optional<CurrentBlock> find(String customerId) {
        return views.find(customerId);
    }

    private <T> T send(CreditBlockCommand command, String customerId) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BlockRefused refused) {
                    throw ProblemException.conflict(refused.slug(), refused.getMessage(), null);
                }
                if (t instanceof AggregateNotFoundException) {
                    BlockRefused refused = CreditBlock.notBlocked(customerId);
                    throw ProblemException.conflict(refused.slug(), refused.getMessage(), null);
                }
            }
            throw e;
        }
    }
}
