package io.ledgerline.credit.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerline.credit.api.v1.Money;
import io.ledgerline.platform.eventing.envelope.EnvelopeCodec;
import io.ledgerline.platform.eventing.envelope.EventEnvelope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a request of collections reads off the topic and what block it asks for. */
class BlockRequestTest {

    private static final String REQUEST = "7c9e6679-0000-4000-8000-000000000005";

    /** The golden JSON of collections-api's TradingRestrictionRequested.v1, changed by {@code change}. */
    private static EventEnvelope envelope(Consumer<ObjectNode> change) throws Exception {
        ObjectNode data = (ObjectNode) EnvelopeCodec.mapper().readTree("""
                {"customerId":"0379-NEVHP","requestId":"7c9e6679-0000-4000-8000-000000000005","caseId":"CASE-2013-0007",
                 "requestedOn":"2013-03-15","requestedBy":"collections-service","step":"legal",
                 "reason":"90 days past due: the dunning ladder reached legal action",
                 "overdue":[{"amount":"55000.00","currency":"CNY"},{"amount":"1200.50","currency":"USD"}]}""");
        change.accept(data);
        return new EventEnvelope("e-1", "ledgerline/collections", BlockRequest.TYPE, "case/CASE-2013-0007",
                Instant.parse("2013-03-15T09:00:00Z"), "0379-NEVHP", 3, "1", data);
    }

    @Nested
    class Reading {

        @Test
        void every_field_of_the_contract_is_read() throws Exception {
            assertThat(BlockRequest.from(envelope(d -> { }))).isEqualTo(new BlockRequest(REQUEST, "0379-NEVHP", "CASE-2013-0007",
                    LocalDate.of(2013, 3, 15), "collections-service", "legal", "90 days past due: the dunning ladder reached legal action",
                    List.of(new Money(new BigDecimal("55000.00"), "CNY"), new Money(new BigDecimal("1200.50"), "USD"))));
        }

        @Test
        void case_step_reason_and_overdue_may_be_absent() throws Exception {
            BlockRequest r = BlockRequest.from(envelope(d -> d.remove(List.of("caseId", "step", "reason", "overdue"))));
            assertThat(r.caseId()).isNull();
            assertThat(r.step()).isNull();
            assertThat(r.reason()).isNull();
            assertThat(r.overdue()).isEmpty();
        }

        @Test
        void an_upper_case_request_id_is_the_same_request() throws Exception {
            assertThat(BlockRequest.from(envelope(d -> d.put("requestId", REQUEST.toUpperCase()))).requestId()).isEqualTo(REQUEST);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"customerId", "requestId", "requestedOn", "requestedBy"})
        void a_request_without_a_required_field_is_refused(String field) {
            assertThatThrownBy(() -> BlockRequest.from(envelope(d -> d.remove(field)))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + field + "'");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"requestId=CASE-7", "requestId=7c9e6679-0000-4000-8000-00000000000g", "requestedOn=15.03.2013",
                "customerId=0379/NEVHP"})
        void a_request_with_an_unreadable_field_is_refused(String fieldAndValue) {
            String[] parts = fieldAndValue.split("=");
            assertThatThrownBy(() -> BlockRequest.from(envelope(d -> d.put(parts[0], parts[1]))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + parts[0] + "'");
        }

        @Test
        void an_overdue_amount_that_is_no_decimal_or_has_no_currency_is_refused() {
            assertThatThrownBy(() -> BlockRequest.from(envelope(d -> d.withArray("overdue").addObject().put("amount", "lots")
                    .put("currency", "CNY")))).hasMessageContaining("'overdue'");
            assertThatThrownBy(() -> BlockRequest.from(envelope(d -> d.withArray("overdue").addObject().put("amount", "1.00"))))
                    .hasMessageContaining("'overdue'");
        }
    }

    @Nested
    class Block {

        @Test
        void it_is_by_collections_on_behalf_of_the_requester() throws Exception {
            assertThat(BlockRequest.from(envelope(d -> { })).blockedBy()).isEqualTo("collections:collections-service");
            assertThat(BlockRequest.from(envelope(d -> d.put("requestedBy", "collector-user"))).blockedBy())
                    .isEqualTo("collections:collector-user");
        }

        @Test
        void its_reason_names_the_case_the_step_the_date_and_each_overdue_amount() throws Exception {
            assertThat(BlockRequest.from(envelope(d -> { })).blockReason()).isEqualTo("collections case CASE-2013-0007 (step legal, "
                    + "requested on 2013-03-15): 90 days past due: the dunning ladder reached legal action; "
                    + "overdue 55000.00 CNY, 1200.50 USD");
        }

        @Test
        void without_case_step_reason_or_amounts_it_says_only_what_it_knows() throws Exception {
            assertThat(BlockRequest.from(envelope(d -> d.remove(List.of("caseId", "step", "reason", "overdue")))).blockReason())
                    .isEqualTo("collections (requested on 2013-03-15); no overdue amount stated");
        }
    }
}
