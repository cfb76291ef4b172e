package io.ledgerline.reporting.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.Instant;
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
        void negative_bounds_split_what_is_not_yet_due_by_the_days_left() {
            AgingBuckets buckets = AgingBuckets.parse("-7,0,30,60,90,180");

            assertThat(buckets.labels()).containsExactly("due in 7+", "due in 0-6", "1-30", "31-60", "61-90", "91-180", "180+");
            // days past due -7 or less, -6 to 0, 1 to 30, ...: each bucket starts the day after the previous bound
            assertThat(buckets.thresholds()).containsExactly(-6, 1, 31, 61, 91, 181);
            assertThat(buckets.splitsNotYetDue()).isTrue();
            assertThat(AgingBuckets.STANDARD.splitsNotYetDue()).isFalse();
        }

        @Test
        void zero_is_always_a_bound_whether_given_or_not() {
            assertThat(AgingBuckets.parse("0,30")).isEqualTo(AgingBuckets.parse("30"));
            assertThat(AgingBuckets.parse("0,30,60,90")).isEqualTo(AgingBuckets.STANDARD);
            assertThat(AgingBuckets.parse("-30,-7,30").labels()).containsExactly("due in 30+", "due in 7-29", "due in 0-6",
                    "1-30", "30+");
            assertThat(AgingBuckets.parse("-1,1").labels()).containsExactly("due in 1+", "due in 0-0", "1-1", "1+");
        }

        @Test
        void a_cell_is_named_by_its_label() {
            assertThat(AgingBuckets.parse("-7,0,30").indexOf("due in 0-6")).isEqualTo(1);
            assertThat(AgingBuckets.STANDARD.indexOf("90+")).isEqualTo(4);
            assertRefused(() -> AgingBuckets.STANDARD.indexOf("91+"), "bucket");
        }

        @Test
        void rejects_bounds_that_are_not_whole_numbers_or_leave_nothing_overdue() {
            assertRefused(() -> AgingBuckets.parse("-5"), "buckets");
            assertRefused(() -> AgingBuckets.parse("-7,0"), "buckets");
            assertRefused(() -> AgingBuckets.parse("-99999,30"), "buckets");
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
        void ages_by_due_date_unless_asked_by_issue_date() {
            assertThat(AgingRequest.parse(null, null, null, null, null, null, TODAY).basis()).isEqualTo(AgingBasis.DUE);
            assertThat(AgingRequest.parse(null, null, null, null, "issue", null, TODAY).basis()).isEqualTo(AgingBasis.ISSUE);
            assertRefused(() -> AgingRequest.parse(null, null, null, null, "paid", null, TODAY), "basis");
        }

        @Test
        void refuses_not_yet_due_buckets_when_aging_by_issue_date() {
            assertThat(AgingRequest.parse(null, null, "-7,0,30", null, "due", null, TODAY).buckets().labels())
                    .startsWith("due in 7+");
            assertRefused(() -> AgingRequest.parse(null, null, "-7,0,30", null, "issue", null, TODAY), "buckets");
        }

        @Test
        void reads_known_at_as_an_instant_and_defaults_to_now() {
            assertThat(AgingRequest.parse(null, null, null, null, null, null, TODAY).knownAt()).isNull();
            assertThat(AgingRequest.parse(null, null, null, null, null, "2014-04-01T00:00:00Z", TODAY).knownAt())
                    .isEqualTo(Instant.parse("2014-04-01T00:00:00Z"));
            assertRefused(() -> AgingRequest.parse(null, null, null, null, null, "2014-04-01", TODAY), "knownAt");
            assertRefused(() -> AgingRequest.parse(null, null, null, null, null, "yesterday", TODAY), "knownAt");
        }

        @Test
        void groups_by_product_line_item_by_item_never_from_the_summaries() {
            AgingRequest request = AgingRequest.parse(null, " productLine ", null, TODAY);
            assertThat(request.groupBy()).isEqualTo(GroupBy.PRODUCT_LINE);
            assertThat(FindAgingSummary.answers(request)).isFalse();
            assertThat(FindAgingSummary.answers(AgingRequest.parse(null, "region", null, TODAY))).isTrue();
        }

        @Test
        void rejects_an_unknown_grouping() {
            assertRefused(() -> AgingRequest.parse(null, "planet", null, TODAY), "groupBy");
            assertRefused(() -> AgingRequest.parse(null, "sales_owner", null, TODAY), "groupBy");
        }
    }

    @Nested
    class Cells {

        private final AgingRequest report = AgingRequest.parse(null, null, null, TODAY);

        @Test
        void a_cell_is_a_currency_with_an_optional_key_and_bucket_paged_by_fifty() {
            AgingItemsRequest cell = AgingItemsRequest.parse(report, "0379-NEVHP", " USD ", "31-60", null, null);

            assertThat(cell).isEqualTo(new AgingItemsRequest(report, "0379-NEVHP", "USD", "31-60", 0, 50));
            assertThat(cell.bucketIndex()).isEqualTo(2);
            assertThat(AgingItemsRequest.parse(report, null, "USD", null, "3", "500").bucketIndex()).isEqualTo(-1);
            assertThat(AgingItemsRequest.parse(report, null, "USD", null, "3", "500").offset()).isEqualTo(1500);
        }

        @Test
        void refuses_a_cell_without_currency_or_with_a_bucket_the_report_does_not_have() {
            assertRefused(() -> AgingItemsRequest.parse(report, "A", null, null, null, null), "currency");
            assertRefused(() -> AgingItemsRequest.parse(report, "A", "USD", "1-15", null, null), "bucket");
        }

        @Test
        void refuses_pages_below_zero_and_sizes_outside_one_to_five_hundred() {
            assertRefused(() -> AgingItemsRequest.parse(report, null, "USD", null, "-1", null), "page");
            assertRefused(() -> AgingItemsRequest.parse(report, null, "USD", null, "first", null), "page");
            assertRefused(() -> AgingItemsRequest.parse(report, null, "USD", null, null, "0"), "size");
            assertRefused(() -> AgingItemsRequest.parse(report, null, "USD", null, null, "501"), "size");
        }
    }

    @Test
    void csv_fields_are_quoted_only_when_they_hold_a_comma_a_quote_or_a_line_break() {
        assertThat(AgingCsv.field("0379-NEVHP")).isEqualTo("0379-NEVHP");
        assertThat(AgingCsv.field("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
        assertThat(AgingCsv.field("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
        assertThat(AgingCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AgingCsv.field(null)).isEmpty();
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
