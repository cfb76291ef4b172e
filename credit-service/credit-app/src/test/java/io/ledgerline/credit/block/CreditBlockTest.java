package io.ledgerline.credit.block;

import io.ledgerline.credit.api.v1.CustomerCreditBlocked;
import io.ledgerline.credit.api.v1.CustomerCreditUnblocked;
import io.ledgerline.credit.block.CreditBlockCommand.BlockCustomer;
import io.ledgerline.credit.block.CreditBlockCommand.UnblockCustomer;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditBlockTest {

    private static final String CUSTOMER = "0379-NEVHP";
    private static final String ID = "credit-block/0379-NEVHP";
    private static final LocalDate MARCH_15 = LocalDate.of(2013, 3, 15);
    private static final LocalDate MARCH_20 = LocalDate.of(2013, 3, 20);

    private FixtureConfiguration<CreditBlock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CreditBlock.class);
    }

    private static BlockCustomer block(String blockId, String reason, LocalDate on) {
        return new BlockCustomer(ID, CUSTOMER, blockId, reason, "credit-manager-user", CustomerCreditBlocked.MANUAL, on);
    }

    private static CustomerCreditBlocked blocked(String blockId, String reason, LocalDate on) {
        return new CustomerCreditBlocked(CUSTOMER, blockId, reason, "credit-manager-user", on, CustomerCreditBlocked.MANUAL);
    }

    private static CustomerCreditUnblocked unblocked(LocalDate on) {
        return new CustomerCreditUnblocked(CUSTOMER, "dispute settled", "credit-manager-user", on);
    }

    @Test
    void the_id_is_prefixed_so_it_never_clashes_with_a_customer_order_or_application_id() {
        org.assertj.core.api.Assertions.assertThat(CreditBlock.idOf(CUSTOMER)).isEqualTo(ID).contains("/");
    }

    @Nested
    class Block {

        @Test
        void a_customer_never_blocked_is_blocked() {
            fixture.givenNoPriorActivity()
                    .when(block("b-1", "disputed invoices", MARCH_15))
                    .expectEvents(blocked("b-1", "disputed invoices", MARCH_15))
                    .expectResultMessagePayload(blocked("b-1", "disputed invoices", MARCH_15));
        }

        @Test
        void a_customer_unblocked_before_is_blocked_again() {
            fixture.given(blocked("b-1", "disputed invoices", MARCH_15), unblocked(MARCH_15))
                    .when(block("b-2", "cheque bounced", MARCH_20))
                    .expectEvents(blocked("b-2", "cheque bounced", MARCH_20));
        }

        @Test
        void rejects_blocking_a_customer_already_blocked() {
            fixture.given(blocked("b-1", "disputed invoices", MARCH_15))
                    .when(block("b-2", "cheque bounced", MARCH_20))
                    .expectNoEvents()
                    .expectException(BlockRefused.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("already blocked"));
        }
    }

    @Nested
    class Unblock {

        private final UnblockCustomer unblock = new UnblockCustomer(ID, CUSTOMER, "dispute settled", "credit-manager-user", MARCH_20);

        @Test
        void a_blocked_customer_is_unblocked() {
            fixture.given(blocked("b-1", "disputed invoices", MARCH_15))
                    .when(unblock)
                    .expectEvents(unblocked(MARCH_20));
        }

        @Test
        void rejects_unblocking_a_customer_unblocked_already() {
            fixture.given(blocked("b-1", "disputed invoices", MARCH_15), unblocked(MARCH_15))
                    .when(unblock)
                    .expectNoEvents()
                    .expectException(BlockRefused.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("is not blocked"));
        }
    }
}
