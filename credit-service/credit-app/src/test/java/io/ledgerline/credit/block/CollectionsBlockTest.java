package io.ledgerline.credit.block;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.block.CreditBlockCommand.BlockCustomer;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The block collections ask for is the customer's one credit block: it stands only when no other does. */
class CollectionsBlockTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final String ID = CreditBlock.idOf(CUSTOMER);
    private static final String REQUEST = "7c9e6679-0000-4000-8000-000000000005";
    private static final String REASON = "collections case CASE-2013-0007 (step legal, requested on 2013-03-15): 90 days past due; "
            + "overdue 55000.00 CNY";
    private static final LocalDate MARCH_14 = LocalDate.of(2013, 3, 14);
    private static final LocalDate MARCH_15 = LocalDate.of(2013, 3, 15);

    private FixtureConfiguration<CreditBlock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditBlock.class);
    }

    private static BlockCustomer requested() {
        return new BlockCustomer(ID, CUSTOMER, REQUEST, REASON, "collections:collections-service", CustomerCreditBlocked.COLLECTIONS,
                MARCH_15);
    }

    private static CustomerCreditBlocked blockedByCollections() {
        return new CustomerCreditBlocked(CUSTOMER, REQUEST, REASON, "collections:collections-service", MARCH_15,
                CustomerCreditBlocked.COLLECTIONS);
    }

    private static CustomerCreditBlocked blockedByHand() {
        return new CustomerCreditBlocked(CUSTOMER, "b-1", "disputed invoices", "credit-manager-user", MARCH_14,
                CustomerCreditBlocked.MANUAL);
    }

    @Test
    void a_customer_not_blocked_is_blocked_by_collections_under_the_request_id() {
        fixture.givenNoPriorActivity()
                .when(requested())
                .expectEvents(blockedByCollections())
                .expectResultMessagePayload(blockedByCollections());
    }

    @Test
    void a_customer_blocked_by_hand_stays_blocked_as_it_was() {
        fixture.given(blockedByHand())
                .when(requested())
                .expectNoEvents()
                .expectException(BlockRefused.class)
                .expectExceptionMessage("the credit of customer 0379-NEVHP is already blocked; it is unblocked first");
    }

    @Test
    void a_customer_unblocked_by_a_credit_manager_is_blocked_by_collections_again() {
        fixture.given(blockedByHand(), new CustomerCreditUnblocked(CUSTOMER, "dispute settled", "credit-manager-user", MARCH_14))
                .when(requested())
                .expectEvents(blockedByCollections());
    }

    @Test
    void a_block_by_collections_is_lifted_like_any_other() {
        fixture.given(blockedByCollections())
                .when(new CreditBlockCommand.UnblockCustomer(ID, CUSTOMER, "payment plan agreed", "credit-manager-user", MARCH_15))
                .expectEvents(new CustomerCreditUnblocked(CUSTOMER, "payment plan agreed", "credit-manager-user", MARCH_15));
    }
}
