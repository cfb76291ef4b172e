package io.ledgerline.credit.book;

import io.ledgerline.credit.scoring.DefinitionYaml;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * At start-up, publishes the scorecard and credit policy shipped as YAML as version 1 of their books
 * when no version is published yet; a shipped file that fails validation stops the start.
 */
@ApplicationScoped
public class ShippedDefinitions {

    static final String PUBLISHER = "credit-service";

    @Inject
    Books books;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent start) {
        LocalDate today = LocalDate.now(clock);
        if (books.currentScorecard().isEmpty()) {
            books.publishScorecard(DefinitionYaml.scorecard(DefinitionYaml.DEFAULT_SCORECARD), PUBLISHER, today);
        }
        if (books.currentPolicy().isEmpty()) {
            books.publishPolicy(DefinitionYaml.policy(DefinitionYaml.DEFAULT_POLICY), PUBLISHER, today);
        }
    }
}
