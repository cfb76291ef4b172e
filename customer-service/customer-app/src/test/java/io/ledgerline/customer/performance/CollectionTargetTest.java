package io.ledgerline.customer.performance;

import io.ledgerline.customer.api.v1.CollectionTargetSet;
import io.ledgerline.customer.performance.CollectionTargetCommand.SetCollectionTarget;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionTargetTest {

    private static final TargetPeriod Q4 = new TargetPeriod("2026-Q4");
    private static final String TARGET = "2026-Q4/team/east-distribution";

    private FixtureConfiguration<CollectionTarget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CollectionTarget.class);
    }

    private static SetCollectionTarget set(String currency, String collect, String ratio, String dso, String by) {
        return new SetCollectionTarget(Q4, TargetScope.TEAM, "east-distribution", currency, new BigDecimal(collect),
                ratio == null ? null : new BigDecimal(ratio), dso == null ? null : new BigDecimal(dso), by);
    }

    private static CollectionTargetSet targetSet(String currency, String collect, String ratio, String dso, String by) {
        return new CollectionTargetSet(TARGET, "2026-Q4", "team", "east-distribution", currency, new BigDecimal(collect),
                ratio == null ? null : new BigDecimal(ratio), dso == null ? null : new BigDecimal(dso), by);
    }

    @Nested
    class SetCollectionTargetCommand {

        @Test
        void sets_a_first_target_under_its_period_scope_and_scope_id() {
            fixture.givenNoPriorActivity()
                    .when(set("CNY", "150000.00", "0.15", "45", "liu.fang"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(targetSet("CNY", "150000.00", "0.15", "45", "liu.fang"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void limits_are_optional() {
            fixture.givenNoPriorActivity()
                    .when(set("CNY", "150000.00", null, null, "liu.fang"))
                    .expectEvents(targetSet("CNY", "150000.00", null, null, "liu.fang"));
        }

        @Test
        void the_same_terms_again_record_nothing_even_from_someone_else_or_at_another_scale() {
            fixture.given(targetSet("CNY", "150000.00", "0.15", "45", "liu.fang"))
                    .when(set("CNY", "150000.00", "0.1500", "45.00", "zhou.yi"))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void other_terms_replace_the_target_as_a_new_event() {
            fixture.given(targetSet("CNY", "150000.00", "0.15", "45", "liu.fang"))
                    .when(set("CNY", "180000.00", "0.15", "45", "zhou.yi"))
                    .expectEvents(targetSet("CNY", "180000.00", "0.15", "45", "zhou.yi"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void dropping_a_limit_is_a_change() {
            fixture.given(targetSet("CNY", "150000.00", "0.15", "45", "liu.fang"))
                    .when(set("CNY", "150000.00", "0.15", null, "liu.fang"))
                    .expectEvents(targetSet("CNY", "150000.00", "0.15", null, "liu.fang"));
        }

        @Test
        void another_currency_is_a_change() {
            fixture.given(targetSet("CNY", "150000.00", null, null, "liu.fang"))
                    .when(set("USD", "150000.00", null, null, "liu.fang"))
                    .expectEvents(targetSet("USD", "150000.00", null, null, "liu.fang"));
        }
    }
}
