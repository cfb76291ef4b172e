package io.ledgerline.collections.policy;

import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.policy.PolicyCommand.PublishDunningPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Publishes and reads dunning policy versions. A policy is validated before anything is stored ({@link InvalidPolicy});
 * each publication runs in one transaction with its row in {@link PolicyVersions}.
 */
@ApplicationScoped
public class DunningPolicies {

    private static final Logger LOG = Logger.getLogger(DunningPolicies.class);

    @Inject
    CommandGateway commands;

    @Inject
    PolicyVersions versions;

    public Publication publish(DunningPolicyDefinition policy, String publishedBy, LocalDate today) {
        PolicyRules.validate(policy);
        return QuarkusTransaction.requiringNew().call(() -> {
            Publication p = commands.sendAndWait(new PublishDunningPolicy(DunningPolicyBook.ID, policy, publishedBy, today));
            if (p.created()) {
                versions.insert(p.version(), policy, publishedBy, today);
                LOG.infof("%s published dunning policy version %d (%s): ladders %s", publishedBy, p.version(), policy.name(),
                        policy.ladders().stream().map(l -> l.name() + " for " + String.join("/", l.grades())).toList());
            }
            return p;
        });
    }

    /** The version in force: the latest published. */
    public Optional<PolicyVersion> current() {
        return versions.current();
    }

    public Optional<PolicyVersion> version(int version) {
        return versions.find(version);
    }
}
