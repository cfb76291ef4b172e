package io.ledgerline.credit.book;

import io.ledgerline.credit.api.v1.CreditPolicyDefinition;
import io.ledgerline.credit.api.v1.CreditPolicyPublished;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import io.ledgerline.credit.api.v1.ScorecardPublished;
import io.ledgerline.credit.book.BookCommand.PublishCreditPolicy;
import io.ledgerline.credit.book.BookCommand.PublishScorecard;
import io.ledgerline.credit.scoring.DefinitionYaml;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BooksTest {

    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);
    private static final ScorecardDefinition CARD = DefinitionYaml.scorecard(DefinitionYaml.DEFAULT_SCORECARD);
    private static final ScorecardDefinition RENAMED = new ScorecardDefinition("stricter", CARD.currency(), CARD.missingData(),
            CARD.altman(), CARD.reputation(), CARD.factors());
    private static final CreditPolicyDefinition POLICY = DefinitionYaml.policy(DefinitionYaml.DEFAULT_POLICY);
    private static final CreditPolicyDefinition TIGHTER = new CreditPolicyDefinition(POLICY.name(), POLICY.currency(), 55,
            POLICY.grades());

    @Nested
    class PublishScorecardCommand {

        private final AggregateTestFixture<ScorecardBook> fixture = new AggregateTestFixture<>(ScorecardBook.class);

        @Test
        void the_first_publication_is_version_1() {
            fixture.givenNoPriorActivity()
                    .when(new PublishScorecard(ScorecardBook.ID, CARD, "credit-service", TODAY))
                    .expectEvents(new ScorecardPublished(1, "credit-service", TODAY, CARD))
                    .expectResultMessagePayload(new Publication(1, true));
        }

        @Test
        void other_content_is_the_next_version() {
            fixture.given(new ScorecardPublished(1, "credit-service", TODAY, CARD))
                    .when(new PublishScorecard(ScorecardBook.ID, RENAMED, "manager", TODAY))
                    .expectEvents(new ScorecardPublished(2, "manager", TODAY, RENAMED))
                    .expectResultMessagePayload(new Publication(2, true));
        }

        @Test
        void the_content_of_the_current_version_records_nothing() {
            fixture.given(new ScorecardPublished(1, "credit-service", TODAY, CARD), new ScorecardPublished(2, "manager", TODAY, RENAMED))
                    .when(new PublishScorecard(ScorecardBook.ID, RENAMED, "manager", TODAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Publication(2, false));
        }

        @Test
        void an_older_versions_content_comes_back_as_a_new_version() {
            fixture.given(new ScorecardPublished(1, "credit-service", TODAY, CARD), new ScorecardPublished(2, "manager", TODAY, RENAMED))
                    .when(new PublishScorecard(ScorecardBook.ID, CARD, "manager", TODAY))
                    .expectEvents(new ScorecardPublished(3, "manager", TODAY, CARD));
        }
    }

    @Nested
    class PublishCreditPolicyCommand {

        private final AggregateTestFixture<CreditPolicyBook> fixture = new AggregateTestFixture<>(CreditPolicyBook.class);

        @Test
        void versions_follow_each_other_and_identical_content_records_nothing() {
            fixture.given(new CreditPolicyPublished(1, "credit-service", TODAY, POLICY))
                    .when(new PublishCreditPolicy(CreditPolicyBook.ID, TIGHTER, "manager", TODAY))
                    .expectEvents(new CreditPolicyPublished(2, "manager", TODAY, TIGHTER));
            fixture.given(new CreditPolicyPublished(1, "credit-service", TODAY, POLICY))
                    .when(new PublishCreditPolicy(CreditPolicyBook.ID, POLICY, "manager", TODAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Publication(1, false));
        }
    }
}
