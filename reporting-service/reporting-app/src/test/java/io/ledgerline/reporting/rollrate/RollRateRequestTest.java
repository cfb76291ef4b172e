package io.ledgerline.reporting.rollrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.reporting.aging.AgingBasis;
import io.ledgerline.reporting.aging.AgingBuckets;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.MetricsPeriod.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RollRateRequestTest {

    @Test
    void defaults_to_standard_buckets_by_due_date_for_the_whole_currency() {
        RollRateRequest request = RollRateRequest.parse("2017-02", "2017-03", "NZD", null, null, null);

        assertThat(request).isEqualTo(new RollRateRequest(YearMonth.parse("2017-02"), YearMonth.parse("2017-03"), "NZD",
                AgingBuckets.STANDARD, AgingBasis.DUE, null));
        assertThat(RollRateRequest.parse("2017-02", "2017-03", "NZD", null, null, "none").groupBy()).isNull();
        assertThat(RollRateRequest.parse("2017-02", "2017-03", "NZD", "60", "issue", "region"))
                .satisfies(r -> {
                    assertThat(r.buckets().labels()).containsExactly("current", "1-60", "60+");
                    assertThat(r.basis()).isEqualTo(AgingBasis.ISSUE);
                    assertThat(r.groupBy()).isEqualTo(GroupBy.REGION);
                });
    }

    @Test
    void each_month_runs_from_the_last_day_of_the_one_before_to_its_own_last_day() {
        List<Period> months = RollRateRequest.parse("2016-02", "2016-03", "NZD", null, null, null).months();

        assertThat(months).extracting(Period::label).containsExactly("2016-02", "2016-03");
        assertThat(months.get(0).start().minusDays(1)).isEqualTo(LocalDate.parse("2016-01-31"));
        assertThat(months.get(0).end()).as("leap year").isEqualTo(LocalDate.parse("2016-02-29"));
        assertThat(months.get(1).start().minusDays(1)).isEqualTo(LocalDate.parse("2016-02-29"));
    }

    @Test
    void takes_at_most_24_months() {
        assertThat(RollRateRequest.parse("2015-02", "2017-01", "NZD", null, null, null).months()).hasSize(24);
        assertField(() -> RollRateRequest.parse("2015-01", "2017-01", "NZD", null, null, null), "to");
    }

    @Test
    void refuses_what_it_cannot_answer_naming_the_field() {
        assertField(() -> RollRateRequest.parse(null, "2017-03", "NZD", null, null, null), "from");
        assertField(() -> RollRateRequest.parse("2017-02", " ", "NZD", null, null, null), "to");
        assertField(() -> RollRateRequest.parse("2017-02-01", "2017-03", "NZD", null, null, null), "from");
        assertField(() -> RollRateRequest.parse("2017-04", "2017-03", "NZD", null, null, null), "from");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", null, null, null, null), "currency");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", "Nzd", null, null, null), "currency");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", "ABC", null, null, null), "currency");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", "NZD", "30,x", null, null), "buckets");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", "NZD", "-7,0,30", "issue", null), "buckets");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", "NZD", null, "paid", null), "basis");
        assertField(() -> RollRateRequest.parse("2017-02", "2017-03", "NZD", null, null, "planet"), "groupBy");
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
