package io.ledgerline.credit.scoring;

import io.ledgerline.credit.api.v1.AltmanZones;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Altman's Z-scores from a financial statement, with his published coefficients:
 * Z' (private firms) = 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5 and
 * Z'' (non-manufacturers) = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4, where X1 = working capital / total
 * assets, X2 = retained earnings / total assets, X3 = EBIT / total assets, X4 = book equity / total
 * liabilities, X5 = sales / total assets.
 */
public final class Altman {

    public enum Model {
        Z_PRIME("Z'"), Z_DOUBLE_PRIME("Z''");

        private final String label;

        Model(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Zone { DISTRESS, GREY, SAFE }

    /** The ratios and the score, each to 4 decimals; the zone is decided on the unrounded score. */
    public record Result(Model model, BigDecimal x1, BigDecimal x2, BigDecimal x3, BigDecimal x4, BigDecimal x5,
                         BigDecimal z, Zone zone) {
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private Altman() {
    }

    public static Result score(Model model, FinancialFigures f, AltmanZones zones) {
        BigDecimal x1 = ratio(f.workingCapital(), f.totalAssets());
        BigDecimal x2 = ratio(f.retainedEarnings(), f.totalAssets());
        BigDecimal x3 = ratio(f.ebit(), f.totalAssets());
        BigDecimal x4 = ratio(f.bookEquity(), f.totalLiabilities());
        BigDecimal x5 = ratio(f.sales(), f.totalAssets());
        BigDecimal z;
        AltmanZones.Zones bounds;
        if (model == Model.Z_PRIME) {
            z = term("0.717", x1).add(term("0.847", x2)).add(term("3.107", x3)).add(term("0.420", x4)).add(term("0.998", x5));
            bounds = zones.zPrime();
        } else {
            z = term("6.56", x1).add(term("3.26", x2)).add(term("6.72", x3)).add(term("1.05", x4));
            bounds = zones.zDoublePrime();
        }
        Zone zone = z.compareTo(bounds.distressBelow()) < 0 ? Zone.DISTRESS
                : z.compareTo(bounds.safeAbove()) > 0 ? Zone.SAFE : Zone.GREY;
        return new Result(model, round(x1), round(x2), round(x3), round(x4), round(x5), round(z), zone);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, PRECISION);
    }

    private static BigDecimal term(String coefficient, BigDecimal x) {
        return new BigDecimal(coefficient).multiply(x, PRECISION);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
