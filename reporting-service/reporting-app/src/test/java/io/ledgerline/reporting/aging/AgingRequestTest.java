package io.ledgerline.reporting.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgingRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2013, 3, 15);

    @Nested
    class Buckets {

        @Test
        void standard_bounds_give_current_three_ranges_and_an_open_end() {
            assertThat(AgingBuckets.parse(null).labels()).containsExactly("current", "1-30", "31-60", "61-90", "90+");
        }

        @Test
        void custom_bounds_label_from_the_day_after_the_previous_bound() {
            assertThat(AgingBuckets.parse("15, 45").labels()).containsExactly("current", "1-15", "16-45", "45+");
        }

        @Test
        void thresholds_are_the_lower_bounds_of_the_overdue_buckets() {
            assertThat(AgingBuckets.parse("30,60,90").thresholds()).containsExactly(1, 31, 61, 91);
        }

        @Test
        void rejects_bounds_that_do_not_strictly_increase() {
            assertRefused(() -> AgingBuckets.parse("30,30,90"), "buckets");
            assertRefused(() -> AgingBuckets.parse("60,30"), "buckets");
        }

        @Test
        void rejects_bounds_that_are_not_positive_whole_numbers() {
            assertRefused(() -> AgingBuckets.parse("0,30"), "buckets");
            assertRefused(() -> AgingBuckets.parse("-5"), "buckets");
            assertRefused(() -> AgingBuckets.parse("30,6o"), "buckets");
            assertRefused(() -> AgingBuckets.parse("30,"), "buckets");
            assertRefused(() -> AgingBuckets.parse(""), "buckets");
            assertRefused(() -> AgingBuckets.parse("99999999999"), "buckets");
        }

        @Test
        void rejects_more_than_twelve_bounds() {
            assertThat(AgingBuckets.parse("1,2,3,4,5,6,7,8,9,10,11,12").labels()).hasSize(14);
            assertRefused(() -> AgingBuckets.parse("1,2,3,4,5,6,7,8,9,10,11,12,13"), "buckets");
        }
    }

    @Nested
    class Parameters {

        @Test
        void defaults_to_today_by_customer_with_standard_buckets() {
            AgingRequest request = AgingRequest.parse(null, null, null, TODAY);

            assertThat(request).isEqualTo(new AgingRequest(TODAY, GroupBy.CUSTOMER, AgingBuckets.STANDARD));
        }

        @Test
        void reads_an_iso_date_and_a_known_grouping() {
            AgingRequest request = AgingRequest.parse("2013-06-30", "currency", "30", TODAY);

            assertThat(request.asOf()).isEqualTo(LocalDate.of(2013, 6, 30));
            assertThat(request.groupBy()).isEqualTo(GroupBy.CURRENCY);
            assertThat(request.buckets().labels()).containsExactly("current", "1-30", "30+");
        }

        @Test
        void rejects_a_date_that_does_not_exist() {
            assertRefused(() -> AgingRequest.parse("2013-06-31", null, null, TODAY), "asOf");
            assertRefused(() -> AgingRequest.parse("30/06/2013", null, null, TODAY), "asOf");
        }

        @Test
        void reads_the_customer_dimensions_by_their_api_names() {
            assertThat(AgingRequest.parse(null, "region", null, TODAY).groupBy()).isEqualTo(GroupBy.REGION);
            assertThat(AgingRequest.parse(null, "customerType", null, TODAY).groupBy()).isEqualTo(GroupBy.CUSTOMER_TYPE);
            assertThat(AgingRequest.parse(null, "salesOwner", null, TODAY).groupBy()).isEqualTo(GroupBy.SALES_OWNER);
        }

        @Test
        void reads_an_item_type_filter_and_the_item_type_grouping() {
            assertThat(AgingRequest.parse(null, null, null, TODAY).itemType()).isNull();
            assertThat(AgingRequest.parse(null, "itemType", null, "INSTALLMENT", TODAY))
                    .isEqualTo(new AgingRequest(TODAY, GroupBy.ITEM_TYPE, AgingBuckets.STANDARD, "INSTALLMENT"));
            assertThat(AgingRequest.parse(null, null, null, "LATE_FEE", TODAY).itemType()).isEqualTo("LATE_FEE");
        }

        @Test
        void rejects_an_unknown_item_type() {
            assertRefused(() -> AgingRequest.parse(null, null, null, "FEE", TODAY), "itemType");
            assertRefused(() -> AgingRequest.parse(null, null, null, "invoice", TODAY), "itemType");
        }

        @Test
        void rejects_an_unknown_grouping() {
            assertRefused(() -> AgingRequest.parse(null, "planet", null, TODAY), "groupBy");
            assertRefused(() -> AgingRequest.parse(null, "sales_owner", null, TODAY), "groupBy");
        }
    }

    @Test
    void currencies_round_to_their_own_minor_unit() {
        assertThat(FindAging.scaleOf("USD")).isEqualTo(2);
        assertThat(FindAging.scaleOf("JPY")).isZero();
        assertThat(FindAging.scaleOf("BHD")).isEqualTo(3);
    }

    private static void assertRefused(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).field()).isEqualTo(field));
    }
}
