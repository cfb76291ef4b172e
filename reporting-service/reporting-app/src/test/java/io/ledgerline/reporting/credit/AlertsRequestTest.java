package io.ledgerline.reporting.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.platform.web.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertsRequestTest {

    private static final LocalDate TODAY = LocalDate.parse("2013-03-15");

    @Test
    void defaults_to_this_month_up_to_today_every_kind_no_counts_first_page_of_fifty() {
        AlertsRequest request = AlertsRequest.parse(null, null, null, null, null, null, TODAY);

        assertThat(request).isEqualTo(new AlertsRequest(new CreditPeriod(LocalDate.parse("2013-03-01"), TODAY), null, null, 0, 50));
    }

    @Test
    void from_defaults_to_the_first_day_of_the_month_of_to() {
        assertThat(CreditPeriod.parse(null, "2012-02-29", TODAY))
                .isEqualTo(new CreditPeriod(LocalDate.parse("2012-02-01"), LocalDate.parse("2012-02-29")));
    }

    @Test
    void reads_every_parameter() {
        AlertsRequest request = AlertsRequest.parse("2013-01-01", "2013-01-01", "INSURANCE_REFERRAL", "salesOwner", "3", "500",
                TODAY);

        assertThat(request).isEqualTo(new AlertsRequest(new CreditPeriod(LocalDate.parse("2013-01-01"),
                LocalDate.parse("2013-01-01")), AlertKind.INSURANCE_REFERRAL, AlertGroupBy.SALES_OWNER, 3, 500));
        assertThat(request.offset()).isEqualTo(1500);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not a date           | from    | 2013-13-01 |            |                    |          |      |",
            "to not a date        | to      |            | 31.03.2013 |                    |          |      |",
            "from after to        | from    | 2013-04-01 | 2013-03-31 |                    |          |      |",
            "unknown kind         | kind    |            |            | UPGRADE            |          |      |",
            "lower-case kind      | kind    |            |            | downgrade          |          |      |",
            "unknown groupBy      | groupBy |            |            |                    | currency |      |",
            "negative page        | page    |            |            |                    |          | -1   |",
            "page not a number    | page    |            |            |                    |          | one  |",
            "size zero            | size    |            |            |                    |          |      | 0",
            "size above 500       | size    |            |            |                    |          |      | 501"})
    void refuses_bad_parameters_naming_the_field(String rule, String field, String from, String to, String kind, String groupBy,
                                                 String page, String size) {
        assertThatThrownBy(() -> AlertsRequest.parse(from, to, kind, groupBy, page, size, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem().status()).isEqualTo(400);
                });
    }
}
