package io.ledgerline.credit.book;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.book.BookCommand.PublishCreditPolicy;
import io.ledgerline.credit.book.BookCommand.PublishScorecard;
import io.ledgerline.credit.book.BookVersions.Version;
import io.ledgerline.credit.scoring.PolicyRules;
import io.ledgerline.credit.scoring.ScorecardRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

/**
 * Publishes and reads scorecard and credit policy versions. A definition is validated before
 * anything is stored ({@link io.ledgerline.credit.scoring.InvalidDefinition}); each publication runs
 * in one transaction with its row in {@link BookVersions}.
 */
@ApplicationScoped
public class Books {

    public static final String SCORECARDS = ScorecardBook.ID;
    public static final String POLICIES = CreditPolicyBook.ID;
    private static final Logger LOG = Logger.getLogger(Books.class);

    @Inject
    CommandGateway commands;

    @Inject
    BookVersions versions;

    public Publication publishScorecard(ScorecardDefinition scorecard, String publishedBy, LocalDate today) {
        ScorecardRules.validate(scorecard);
        return QuarkusTransaction.requiringNew().call(() -> {
            Publication p = commands.sendAndWait(new PublishScorecard(SCORECARDS, scorecard, publishedBy, today));
            if (p.created()) {
                versions.insert(SCORECARDS, p.version(), scorecard, publishedBy, today);
                LOG.infof("%s published scorecard version %d (%s)", publishedBy, p.version(), scorecard.name());
            }
            return p;
        });
    }

    public Publication publishPolicy(CreditPolicyDefinition policy, String publishedBy, LocalDate today) {
        PolicyRules.validate(policy);
        return QuarkusTransaction.requiringNew().call(() -> {
            Publication p = commands.sendAndWait(new PublishCreditPolicy(POLICIES, policy, publishedBy, today));
            if (p.created()) {
                versions.insert(POLICIES, p.version(), policy, publishedBy, today);
                LOG.infof("%s published credit policy version %d (%s)", publishedBy, p.version(), policy.name());
            }
            return p;
        });
    }

    public List<Version<ScorecardDefinition>> scorecards() {
        return versions.all(SCORECARDS, ScorecardDefinition.class);
    }

    public Optional<Version<ScorecardDefinition>> scorecard(int version) {
        return versions.find(SCORECARDS, version, ScorecardDefinition.class);
    }

    public Optional<Version<ScorecardDefinition>> currentScorecard() {
        return versions.current(SCORECARDS, ScorecardDefinition.class);
    }

    public Optional<Version<CreditPolicyDefinition>> currentPolicy() {
        return versions.current(POLICIES, CreditPolicyDefinition.class);
    }

    public Optional<Version<CreditPolicyDefinition>> policy(int version) {
        return versions.find(POLICIES, version, CreditPolicyDefinition.class);
    }
}
