package io.ledgerline.credit.api.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * Altman's published zones: below {@code distressBelow} distress, above {@code safeAbove} safe, grey
 * between. Z' (private firms) is used for the {@code manufacturingIndustries}, Z'' (non-manufacturers)
 * for every other industry.
 */
public record AltmanZones(Zones zPrime, Zones zDoublePrime, List<String> manufacturingIndustries) {

    public AltmanZones {
        manufacturingIndustries = manufacturingIndustries == null ? List.of() : List.copyOf(manufacturingIndustries);
    }

    public record Zones(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal distressBelow,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal safeAbove) {
    }
}
