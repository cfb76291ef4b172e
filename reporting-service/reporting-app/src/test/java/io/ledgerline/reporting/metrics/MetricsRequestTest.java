package io.ledgerline.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.reporting.aging.GroupBy;
import io.ledgerline.reporting.metrics.MetricsPeriod.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MetricsRequestTest {

    private static final LocalDate TODAY = LocalDate.parse("2013-03-15");

    @Test
    void defaults_to_this_month_by_customer_with_90_risk_days() {
        MetricsRequest request = MetricsRequest.parse(null, null, null, null, null, TODAY);

        assertThat(request).isEqualTo(new MetricsRequest(MetricsPeriod.MONTH, YearMonth.parse("2013-03"),
                YearMonth.parse("2013-03"), GroupBy.CUSTOMER, 90));
    }

    @Test
    void quarters_and_years_cover_the_months_asked_with_their_calendar_days() {
        assertThat(MetricsPeriod.QUARTER.between(YearMonth.parse("2012-11"), YearMonth.parse("2013-02"))).containsExactly(
                new Period("2012-Q4", LocalDate.parse("2012-10-01"), LocalDate.parse("2012-12-31")),
                new Period("2013-Q1", LocalDate.parse("2013-01-01"), LocalDate.parse("2013-03-31")));
        assertThat(MetricsPeriod.YEAR.between(YearMonth.parse("2012-06"), YearMonth.parse("2012-06")))
                .singleElement().satisfies(p -> {
                    assertThat(p.label()).isEqualTo("2012");
                    assertThat(p.days()).as("leap year").isEqualTo(366);
                });
        assertThat(MetricsPeriod.MONTH.between(YearMonth.parse("2013-02"), YearMonth.parse("2013-03")))
                .extracting(Period::label, Period::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2013-02", 28L),
                        org.assertj.core.groups.Tuple.tuple("2013-03", 31L));
    }

    @Test
    void refuses_what_it_cannot_measure_naming_the_field() {
        assertField(() -> MetricsRequest.parse("week", null, null, null, null, TODAY), "period");
        assertField(() -> MetricsRequest.parse(null, "2013-13", null, null, null, TODAY), "from");
        assertField(() -> MetricsRequest.parse(null, "2013-04", "2013-03", null, null, TODAY), "from");
        assertField(() -> MetricsRequest.parse(null, "2000-01", "2013-03", null, null, TODAY), "to");
        assertField(() -> MetricsRequest.parse(null, null, null, "planet", null, TODAY), "groupBy");
        assertField(() -> MetricsRequest.parse(null, null, null, null, "-1", TODAY), "riskDays");
        assertField(() -> MetricsRequest.parse(null, null, null, null, "ninety", TODAY), "riskDays");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
