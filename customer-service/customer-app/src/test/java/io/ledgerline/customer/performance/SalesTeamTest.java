package io.ledgerline.customer.performance;

import io.ledgerline.customer.api.v1.SalesTeamDefined;
import io.ledgerline.customer.performance.SalesTeamCommand.DefineSalesTeam;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SalesTeamTest {

    private static final String TEAM = "east-distribution";

    private FixtureConfiguration<SalesTeam> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SalesTeam.class);
    }

    private static SalesTeamDefined defined(String name, String... members) {
        return new SalesTeamDefined(TEAM, name, List.of(members));
    }

    @Nested
    class DefineSalesTeamCommand {

        @Test
        void defines_a_new_team_with_its_members_sorted_and_each_once() {
            fixture.givenNoPriorActivity()
                    .when(new DefineSalesTeam(TEAM, "East distribution", List.of("zhao.min", "wang.li", "zhao.min")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(defined("East distribution", "wang.li", "zhao.min"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void the_same_definition_again_records_nothing_whatever_the_order_of_members() {
            fixture.given(defined("East distribution", "wang.li", "zhao.min"))
                    .when(new DefineSalesTeam(TEAM, "East distribution", List.of("zhao.min", "wang.li")))
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void a_new_member_list_redefines_the_team_with_the_whole_list() {
            fixture.given(defined("East distribution", "wang.li", "zhao.min"))
                    .when(new DefineSalesTeam(TEAM, "East distribution", List.of("wang.li", "chen.jing")))
                    .expectEvents(defined("East distribution", "chen.jing", "wang.li"))
                    .expectResultMessagePayload(true);
        }

        @Test
        void a_new_name_redefines_the_team() {
            fixture.given(defined("East distribution", "wang.li"))
                    .when(new DefineSalesTeam(TEAM, "East and north distribution", List.of("wang.li")))
                    .expectEvents(defined("East and north distribution", "wang.li"));
        }

        @Test
        void a_team_may_be_left_without_members() {
            fixture.given(defined("East distribution", "wang.li"))
                    .when(new DefineSalesTeam(TEAM, "East distribution", List.of()))
                    .expectEvents(defined("East distribution"));
        }
    }
}
