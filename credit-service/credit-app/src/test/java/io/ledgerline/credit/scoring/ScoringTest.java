package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.BASICS_AND_STATEMENT;
import static io.ledgerline.credit.scoring.Fixtures.CARD;
import static io.ledgerline.credit.scoring.Fixtures.EVERYTHING;
import static io.ledgerline.credit.scoring.Fixtures.TODAY;
import static io.ledgerline.credit.scoring.Fixtures.factor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.credit.api.v1.FactorContribution;
import io.ledgerline.credit.api.v1.MissingDataRule;
import io.ledgerline.credit.api.v1.MissingInput;
import io.ledgerline.credit.api.v1.ScorecardDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static Map<String, FactorContribution> byFactor(ScoreSheet sheet) {
        return sheet.contributions().stream().collect(java.util.stream.Collectors.toMap(FactorContribution::factor, c -> c));
    }

    @Nested
    class FactorPointsAtTheirBandEdges {

        /** Each band of the default scorecard at its lower edge (inclusive) and just below it (the band before). */
        @ParameterizedTest(name = "{0} = {1} earns {2}")
        @CsvSource({
                "years-since-founding, 1.99, 10", "years-since-founding, 2, 40", "years-since-founding, 4.99, 40",
                "years-since-founding, 5, 70", "years-since-founding, 9.99, 70", "years-since-founding, 10, 100",
                "registered-capital, 999999.99, 20", "registered-capital, 1000000, 50", "registered-capital, 4999999.99, 50",
                "registered-capital, 5000000, 80", "registered-capital, 19999999.99, 80", "registered-capital, 20000000, 100",
                "months-of-relationship, 5, 10", "months-of-relationship, 6, 40", "months-of-relationship, 11, 40",
                "months-of-relationship, 12, 70", "months-of-relationship, 35, 70", "months-of-relationship, 36, 100",
                "invoices-last-12-months, 0, 0", "invoices-last-12-months, 1, 40", "invoices-last-12-months, 5, 40",
                "invoices-last-12-months, 6, 70", "invoices-last-12-months, 23, 70", "invoices-last-12-months, 24, 100",
                "volume-last-12-months, 99999.99, 20", "volume-last-12-months, 100000, 50", "volume-last-12-months, 999999.99, 50",
                "volume-last-12-months, 1000000, 80", "volume-last-12-months, 9999999.99, 80", "volume-last-12-months, 10000000, 100",
                "average-days-late, -3, 100", "average-days-late, 0.99, 100", "average-days-late, 1, 80", "average-days-late, 7.99, 80",
                "average-days-late, 8, 50", "average-days-late, 30.99, 50", "average-days-late, 31, 20", "average-days-late, 60.99, 20",
                "average-days-late, 61, 0",
                "share-paid-on-time, 49.99, 0", "share-paid-on-time, 50, 40", "share-paid-on-time, 74.99, 40",
                "share-paid-on-time, 75, 70", "share-paid-on-time, 89.99, 70", "share-paid-on-time, 90, 100", "share-paid-on-time, 100, 100",
                "overdue-invoices, 0, 100", "overdue-invoices, 1, 70", "overdue-invoices, 2, 70", "overdue-invoices, 3, 40",
                "overdue-invoices, 5, 40", "overdue-invoices, 6, 0",
                "oldest-overdue-age, 0, 100", "oldest-overdue-age, 1, 70", "oldest-overdue-age, 30, 70", "oldest-overdue-age, 31, 30",
                "oldest-overdue-age, 90, 30", "oldest-overdue-age, 91, 0",
                "write-offs, 0, 100", "write-offs, 1, 40", "write-offs, 2, 0", "write-offs, 7, 0",
                "reputation, 0, 100", "reputation, 0.99, 100", "reputation, 1, 80", "reputation, 2.99, 80", "reputation, 3, 60",
                "reputation, 5.99, 60", "reputation, 6, 35", "reputation, 9.99, 35", "reputation, 10, 0"})
        void numeric_factors(String factor, BigDecimal value, int points) {
            assertThat(Scoring.points(factor(factor), Resolution.number(value, Map.of()))).isEqualTo(points);
        }

        @ParameterizedTest(name = "{0} = {1} earns {2}")
        @CsvSource({"ownership-type, STATE_OWNED, 100", "ownership-type, PRIVATE, 60", "ownership-type, SOLE_PROPRIETOR, 30",
                "ownership-type, COOPERATIVE, 40", "altman-z, SAFE, 100", "altman-z, GREY, 50", "altman-z, DISTRESS, 0"})
        void categorical_factors_and_otherwise(String factor, String value, int points) {
            assertThat(Scoring.points(factor(factor), Resolution.category(value, Map.of()))).isEqualTo(points);
        }

        @ParameterizedTest(name = "founded {0}: {1} years")
        @CsvSource({"2011-03-16, 1, 10", "2011-03-15, 2, 40", "2008-03-16, 4, 40", "2008-03-15, 5, 70", "2003-03-15, 10, 100"})
        void years_since_founding_are_whole_years_to_today(LocalDate founded, String years, int points) {
            CreditFacts facts = new CreditFacts(founded, null, null, null, null, null, null, null);
            FactorContribution c = byFactor(Scoring.score(CARD, facts, TODAY)).get("years-since-founding");
            assertThat(c.inputs()).containsEntry("yearsSinceFounding", years).containsEntry("foundingDate", founded.toString());
            assertThat(c.points()).isEqualTo(points);
        }
    }

    @Nested
    class WholeScore {

        @Test
        void every_factor_known_sums_weight_times_points() {
            // 6x40 + 4x80 + 4x60 + 5x70 + 4x100 + 5x80 + 10x80 + 8x100 + 5x70 + 5x70 + 5x100 + 20x100 + 19x35 = 7415 / 100
            ScoreSheet sheet = Scoring.score(CARD, EVERYTHING, TODAY);
            assertThat(sheet.exact()).isEqualByComparingTo("74.15");
            assertThat(sheet.score()).isEqualTo(74);
            assertThat(sheet.coverage()).isEqualByComparingTo("100");
            assertThat(sheet.missingData()).isEmpty();
            Map<String, FactorContribution> c = byFactor(sheet);
            assertThat(c.get("years-since-founding").contribution()).isEqualByComparingTo("2.40");
            assertThat(c.get("registered-capital").contribution()).isEqualByComparingTo("3.20");
            assertThat(c.get("average-days-late").contribution()).isEqualByComparingTo("8.00");
            assertThat(c.get("altman-z").contribution()).isEqualByComparingTo("20.00");
            assertThat(c.get("altman-z").inputs()).containsEntry("model", "Z''").containsEntry("z", "3.0007")
                    .containsEntry("altmanZone", "SAFE").containsEntry("periodEnd", "2012-12-31");
            assertThat(c.get("reputation").inputs()).containsEntry("reputationPenalty", "8.35").containsEntry("signals", "3");
            assertThat(c.get("reputation").contribution()).isEqualByComparingTo("6.65");
            assertThat(sheet.contributions().stream().map(FactorContribution::contribution).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("74.15");
        }

        @Test
        void a_manufacturer_is_scored_with_z_prime() {
            CreditFacts manufacturer = new CreditFacts(null, null, null, "MANUFACTURING", null, null, Fixtures.STATEMENT, null);
            FactorContribution altman = byFactor(Scoring.score(CARD, manufacturer, TODAY)).get("altman-z");
            assertThat(altman.inputs()).containsEntry("model", "Z'").containsEntry("z", "2.2864").containsEntry("altmanZone", "GREY")
                    .containsEntry("x5", "1.5000");
            assertThat(altman.points()).isEqualTo(50);
        }
    }

    @Nested
    class MissingData {

        @Test
        void neutral_points_keep_the_weight_at_the_neutral_points_and_list_each_missing_input() {
            // known: 6x40 + 4x80 + 4x60 + 20x100 = 2800; missing weight 66 at 50 points = 3300; (2800 + 3300) / 100
            ScoreSheet sheet = Scoring.score(CARD, BASICS_AND_STATEMENT, TODAY);
            assertThat(sheet.exact()).isEqualByComparingTo("61.00");
            assertThat(sheet.score()).isEqualTo(61);
            assertThat(sheet.coverage()).isEqualByComparingTo("34");
            assertThat(sheet.missingData()).extracting(MissingInput::factor).containsExactly("months-of-relationship",
                    "invoices-last-12-months", "volume-last-12-months", "average-days-late", "share-paid-on-time",
                    "overdue-invoices", "oldest-overdue-age", "write-offs", "reputation");
            assertThat(sheet.missingData()).allSatisfy(m -> assertThat(m.reason()).isNotBlank());
            FactorContribution averageDaysLate = byFactor(sheet).get("average-days-late");
            assertThat(averageDaysLate.points()).isNull();
            assertThat(averageDaysLate.missingInputs()).containsExactly("averageDaysLate");
            assertThat(averageDaysLate.contribution()).isEqualByComparingTo("5.00");
        }

        @Test
        void renormalise_drops_missing_factors_and_scales_the_rest_to_100() {
            // 2800 / 34 = 82.3529...
            ScoreSheet sheet = Scoring.score(renormalising(), BASICS_AND_STATEMENT, TODAY);
            assertThat(sheet.exact()).isEqualByComparingTo("82.3529");
            assertThat(sheet.score()).isEqualTo(82);
            Map<String, FactorContribution> c = byFactor(sheet);
            assertThat(c.get("altman-z").contribution()).isEqualByComparingTo("58.82");
            assertThat(c.get("years-since-founding").contribution()).isEqualByComparingTo("7.06");
            assertThat(c.get("registered-capital").contribution()).isEqualByComparingTo("9.41");
            assertThat(c.get("average-days-late").contribution()).isEqualByComparingTo("0");
            assertThat(sheet.missingData()).hasSize(9);
            assertThat(sheet.missingDataRule()).isEqualTo(MissingDataRule.RENORMALISE);
        }

        @Test
        void nothing_known_scores_the_neutral_points_under_neutral_points() {
            ScoreSheet sheet = Scoring.score(CARD, CreditFacts.nothingKnown(), TODAY);
            assertThat(sheet.score()).isEqualTo(50);
            assertThat(sheet.coverage()).isEqualByComparingTo("0");
            assertThat(sheet.missingData()).hasSize(CARD.factors().size());
        }

        @Test
        void nothing_known_cannot_be_renormalised() {
            assertThatThrownBy(() -> Scoring.score(renormalising(), CreditFacts.nothingKnown(), TODAY))
                    .isInstanceOf(Scoring.NothingToScore.class);
        }

        @Test
        void money_in_another_currency_is_missing_not_converted() {
            CreditFacts usd = new CreditFacts(null, new Money(new BigDecimal("5000000.00"), "USD"), null, null, null, null, null, null);
            ScoreSheet sheet = Scoring.score(CARD, usd, TODAY);
            assertThat(sheet.missingData()).filteredOn(m -> m.factor().equals("registered-capital"))
                    .singleElement().satisfies(m -> assertThat(m.reason()).contains("USD").contains("no rate"));
        }

        @Test
        void no_signals_reported_is_known_and_clean_while_unknown_signals_are_missing() {
            CreditFacts clean = new CreditFacts(null, null, null, null, null, null, null, java.util.List.of());
            assertThat(byFactor(Scoring.score(CARD, clean, TODAY)).get("reputation").points()).isEqualTo(100);
            assertThat(byFactor(Scoring.score(CARD, CreditFacts.nothingKnown(), TODAY)).get("reputation").points()).isNull();
        }

        private ScorecardDefinition renormalising() {
            return new ScorecardDefinition(CARD.name(), CARD.currency(), new io.ledgerline.credit.api.v1.MissingDataRule(
                    MissingDataRule.RENORMALISE, null), CARD.altman(), CARD.reputation(), CARD.factors());
        }
    }
}
