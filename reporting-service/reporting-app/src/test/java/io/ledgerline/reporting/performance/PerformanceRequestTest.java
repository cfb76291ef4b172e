package io.ledgerline.reporting.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.platform.web.problem.ProblemException;
import io.ledgerline.reporting.metrics.MetricsPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PerformanceRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2016, 5, 17);

    @Test
    void defaults_to_this_month_by_sales_owner() {
        PerformanceRequest request = PerformanceRequest.parse(null, null, null, null, "SEK", TODAY);
        assertThat(request.groupBy()).isEqualTo(PerformanceGroupBy.SALES_OWNER);
        assertThat(request.figures().period()).isEqualTo(MetricsPeriod.MONTH);
        assertThat(request.figures().from()).isEqualTo(YearMonth.of(2016, 5));
        assertThat(request.figures().to()).isEqualTo(YearMonth.of(2016, 5));
        assertThat(request.currency()).isEqualTo("SEK");
    }

    @Test
    void reads_periods_and_team_grouping() {
        PerformanceRequest request = PerformanceRequest.parse("quarter", "2016-01", "2016-12", "team", " SEK ", TODAY);
        assertThat(request.groupBy()).isEqualTo(PerformanceGroupBy.TEAM);
        assertThat(request.figures().period()).isEqualTo(MetricsPeriod.QUARTER);
        assertThat(request.currency()).isEqualTo("SEK");
    }

    @Test
    void a_currency_is_required_and_must_be_an_iso_code_money_is_counted_in() {
        assertField(() -> PerformanceRequest.parse(null, null, null, null, null, TODAY), "currency");
        assertField(() -> PerformanceRequest.parse(null, null, null, null, "kr", TODAY), "currency");
        assertField(() -> PerformanceRequest.parse(null, null, null, null, "XAU", TODAY), "currency");
    }

    @Test
    void groups_only_by_sales_owner_or_team() {
        assertField(() -> PerformanceRequest.parse(null, null, null, "customer", "SEK", TODAY), "groupBy");
    }

    private static void assertField(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
