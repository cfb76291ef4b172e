package io.ledgerline.customer.performance;

import io.ledgerline.customer.performance.CollectionTargetCommand.SetCollectionTarget;
import io.ledgerline.customer.performance.CollectionTargetView.Target;
import io.ledgerline.platform.web.problem.Problem;
import io.ledgerline.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Sets collection targets, each in its own transaction together with its version in {@link CollectionTargetView}.
 * A team's target needs the team to be defined; a sales owner's is taken as named (owners live on customers' profiles).
 */
@ApplicationScoped
public class CollectionTargets {

    private static final Logger LOG = Logger.getLogger(CollectionTargets.class);

    @Inject
    CommandGateway commands;

    @Inject
    CollectionTargetView views;

    @Inject
    SalesTeamView teams;

    @Inject
    AggregateLock lock;

    @Inject
    Clock clock;

    public List<Target> current(TargetPeriod period) {
        return views.current(period == null ? null : period.label());
    }

    public List<Target> history(String targetId) {
        List<Target> history = views.history(targetId);
        if (history.isEmpty()) {
            throw new ProblemException(Problem.of(404, "collection-target-not-found", "Not found",
                    "no collection target " + targetId + " is set", "targetId"));
        }
        return history;
    }

    /** Sets the target; the same terms again record nothing and answer the target as it is. */
    public Outcome<Target> set(SetCollectionTarget command) {
        return QuarkusTransaction.requiringNew().call(() -> {
            lock.hold(command.aggregateId());
            if (command.scope() == TargetScope.TEAM && !teams.exists(command.scopeId())) {
                throw ProblemException.ruleViolated("unknown-sales-team", "no sales team " + command.scopeId()
                        + " is defined; define it before setting its target", "scopeId");
            }
            int versions = views.history(command.targetId()).size();
            if (Boolean.TRUE.equals(commands.sendAndWait(command))) {
                views.add(command, versions + 1, clock.instant());
                LOG.infof("Set collection target %s: %s %s (version %d, by %s)", command.targetId(), command.collect(),
                        command.currency(), versions + 1, command.setBy());
            }
            return new Outcome<>(versions == 0, views.find(command.targetId()).orElseThrow());
        });
    }
}
