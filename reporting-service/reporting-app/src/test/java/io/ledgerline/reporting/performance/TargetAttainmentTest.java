package io.ledgerline.reporting.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TargetAttainmentTest {

    private static Target target(String collect, String ratio, String dso) {
        return new Target("2016-03/team/north", "2016-03", "north", "SEK", new BigDecimal(collect),
                ratio == null ? null : new BigDecimal(ratio), dso == null ? null : new BigDecimal(dso), "finance-user",
                Instant.parse("2016-02-25T09:00:00Z"));
    }

    private static Figures figures(String sales, String collected, String receivables, String overdue) {
        return new Figures(new BigDecimal(sales), new BigDecimal(collected), new BigDecimal(receivables), new BigDecimal(overdue));
    }

    /** 2000.00 of 3000.00 = 0.66666... = 0.6667 (half even at 4 decimals). */
    @Test
    void attainment_is_collected_over_the_target_with_four_decimals() {
        CollectionPerformanceReport.TargetResult result = TargetAttainment.of(target("3000.00", null, null),
                figures("0", "2000.00", "0", "0"), null, null);
        assertThat(result.attainment()).isEqualTo("0.6667");
        assertThat(result.collect()).isEqualTo("3000.00");
    }

    @Test
    void a_limit_is_met_up_to_and_including_it() {
        assertThat(TargetAttainment.met(new BigDecimal("0.1500"), new BigDecimal("0.15"))).isTrue();
        assertThat(TargetAttainment.met(new BigDecimal("0.1501"), new BigDecimal("0.15"))).isFalse();
        assertThat(TargetAttainment.met(new BigDecimal("45.00"), new BigDecimal("45"))).isTrue();
        assertThat(TargetAttainment.met(new BigDecimal("45.01"), new BigDecimal("45"))).isFalse();
    }

    @Test
    void no_limit_or_an_undefined_metric_cannot_be_judged() {
        assertThat(TargetAttainment.met(new BigDecimal("0.2"), null)).isNull();
        assertThat(TargetAttainment.met(null, new BigDecimal("0.2"))).isNull();
    }

    /**
     * Two owners of one team: 3000 + 1000 receivables at the end of a 30-day month with sales of 2000 + 0 and
     * 1200 + 0 overdue: the team's DSO is 4000 / 2000 x 30 = 60.00 and its ratio 1200 / 4000 = 0.3000, from the sums
     * (the second owner alone, without sales, has no DSO at all).
     */
    @Test
    void a_team_is_measured_from_the_sums_of_its_members() {
        Figures first = figures("2000.00", "500.00", "3000.00", "1200.00");
        Figures second = figures("0.00", "700.00", "1000.00", "0.00");
        Figures team = first.plus(second);

        assertThat(second.dso(30)).isNull();
        assertThat(team.dso(30)).isEqualByComparingTo("60.00");
        assertThat(team.overdueRatio()).isEqualByComparingTo("0.3000");
        assertThat(team.collected()).isEqualByComparingTo("1200.00");
    }
}
