package io.ledgerline.collections.policy;

import io.ledgerline.collections.api.v1.DunningPolicyDefinition;
import io.ledgerline.collections.api.v1.DunningPolicyPublished;
import io.ledgerline.collections.policy.PolicyCommand.PublishDunningPolicy;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DunningPolicyBookTest {

    private static final DunningPolicyDefinition SHIPPED = PolicyText.shipped(PolicyText.DEFAULT_POLICY);
    private static final DunningPolicyDefinition SHORTER = new DunningPolicyDefinition("shorter", SHIPPED.ladders().subList(0, 1),
            List.of());
    private static final LocalDate JAN_2 = LocalDate.of(2026, 1, 2);

    private FixtureConfiguration<DunningPolicyBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DunningPolicyBook.class);
    }

    @Nested
    class Publish {

        @Test
        void the_first_policy_is_version_1() {
            fixture.givenNoPriorActivity()
                    .when(new PublishDunningPolicy(DunningPolicyBook.ID, SHIPPED, "collections-service", JAN_2))
                    .expectEvents(new DunningPolicyPublished(1, "collections-service", JAN_2, SHIPPED))
                    .expectResultMessagePayload(new Publication(1, true));
        }

        @Test
        void another_policy_is_the_next_version() {
            fixture.given(new DunningPolicyPublished(1, "collections-service", JAN_2, SHIPPED))
                    .when(new PublishDunningPolicy(DunningPolicyBook.ID, SHORTER, "finance-user", JAN_2))
                    .expectEvents(new DunningPolicyPublished(2, "finance-user", JAN_2, SHORTER))
                    .expectResultMessagePayload(new Publication(2, true));
        }

        @Test
        void the_current_policy_again_publishes_nothing() {
            fixture.given(new DunningPolicyPublished(1, "collections-service", JAN_2, SHIPPED),
                            new DunningPolicyPublished(2, "finance-user", JAN_2, SHORTER))
                    .when(new PublishDunningPolicy(DunningPolicyBook.ID, SHORTER, "credit-manager-user", JAN_2))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Publication(2, false));
        }

        @Test
        void an_earlier_version_again_is_a_new_version() {
            fixture.given(new DunningPolicyPublished(1, "collections-service", JAN_2, SHIPPED),
                            new DunningPolicyPublished(2, "finance-user", JAN_2, SHORTER))
                    .when(new PublishDunningPolicy(DunningPolicyBook.ID, SHIPPED, "finance-user", JAN_2))
                    .expectEvents(new DunningPolicyPublished(3, "finance-user", JAN_2, SHIPPED));
        }
    }
}
