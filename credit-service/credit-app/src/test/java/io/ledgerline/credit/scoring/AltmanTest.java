package io.ledgerline.credit.scoring;

import static io.ledgerline.credit.scoring.Fixtures.CARD;
import static io.ledgerline.credit.scoring.Fixtures.STATEMENT;
import static io.ledgerline.credit.scoring.Fixtures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.credit.scoring.Altman.Model;
import io.ledgerline.credit.scoring.Altman.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AltmanTest {

    @Test
    void z_prime_by_hand() {
        // X1 = 1.2/6 = 0.2, X2 = 0.8/6 = 0.13333, X3 = 0.45/6 = 0.075, X4 = 2.5/3.5 = 0.714286, X5 = 9/6 = 1.5
        // Z' = 0.717 x 0.2 + 0.847 x 0.13333 + 3.107 x 0.075 + 0.420 x 0.714286 + 0.998 x 1.5
        //    = 0.1434 + 0.112933 + 0.233025 + 0.3 + 1.497 = 2.286358
        Altman.Result r = Altman.score(Model.Z_PRIME, STATEMENT, CARD.altman());
        assertThat(r.x1()).isEqualByComparingTo("0.2000");
        assertThat(r.x2()).isEqualByComparingTo("0.1333");
        assertThat(r.x3()).isEqualByComparingTo("0.0750");
        assertThat(r.x4()).isEqualByComparingTo("0.7143");
        assertThat(r.x5()).isEqualByComparingTo("1.5000");
        assertThat(r.z()).isEqualByComparingTo("2.2864");
        assertThat(r.zone()).isEqualTo(Zone.GREY);
    }

    @Test
    void z_double_prime_by_hand() {
        // Z'' = 6.56 x 0.2 + 3.26 x 0.13333 + 6.72 x 0.075 + 1.05 x 0.714286 = 1.312 + 0.434667 + 0.504 + 0.75 = 3.000667
        Altman.Result r = Altman.score(Model.Z_DOUBLE_PRIME, STATEMENT, CARD.altman());
        assertThat(r.z()).isEqualByComparingTo("3.0007");
        assertThat(r.zone()).isEqualTo(Zone.SAFE);
    }

    @Test
    void negative_working_capital_and_losses_push_into_distress() {
        // X1 = -0.1, X2 = -0.2, X3 = -0.05, X4 = 0.25: Z'' = -0.656 - 0.652 - 0.336 + 0.2625 = -1.3815
        Altman.Result r = Altman.score(Model.Z_DOUBLE_PRIME,
                figures("-100", "-200", "-50", "200", "1000", "800", "1500"), CARD.altman());
        assertThat(r.z()).isEqualByComparingTo("-1.3815");
        assertThat(r.zone()).isEqualTo(Zone.DISTRESS);
    }

    /**
     * With every other figure 0, Z'' = 1.05 x equity / liabilities; liabilities of 105 make it equity / 100. Likewise
     * Z' = 0.420 x equity / 42. The published zones: Z'' < 1.10 distress, > 2.60 safe; Z' < 1.23 distress, > 2.90 safe.
     */
    @ParameterizedTest(name = "{0} = {2}: {3}")
    @CsvSource({
            "Z_DOUBLE_PRIME, 109.99, 1.0999, DISTRESS", "Z_DOUBLE_PRIME, 110, 1.1000, GREY",
            "Z_DOUBLE_PRIME, 260, 2.6000, GREY", "Z_DOUBLE_PRIME, 260.01, 2.6001, SAFE",
            "Z_PRIME, 122.99, 1.2299, DISTRESS", "Z_PRIME, 123, 1.2300, GREY",
            "Z_PRIME, 290, 2.9000, GREY", "Z_PRIME, 290.01, 2.9001, SAFE"})
    void zones_at_their_published_edges(Model model, String equity, String z, Zone zone) {
        String liabilities = model == Model.Z_DOUBLE_PRIME ? "105" : "42";
        Altman.Result r = Altman.score(model, figures("0", "0", "0", equity, "1000", liabilities, "0"), CARD.altman());
        assertThat(r.z()).isEqualByComparingTo(z);
        assertThat(r.zone()).isEqualTo(zone);
    }
}
