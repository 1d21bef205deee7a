package io.healthpage.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A range of quantities ("40–60 minutes"), formatted with ICU's number range formatter so each
 * locale gets its own dash, spacing and unit placement.
 *
 * @param low the lower bound
 * @param high the upper bound, not below {@code low}
 * @param unit a CLDR unit identifier, or {@code null} for a range of plain numbers
 */
public record RangeArg(BigDecimal low, BigDecimal high, String unit) implements Arg {
    /** Validates the argument. */
    public RangeArg {
        Objects.requireNonNull(low, "range low");
        Objects.requireNonNull(high, "range high");
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("range high (" + high + ") must not be below range low (" + low + ")");
        }
        if (unit != null) Units.check(unit, "range unit");
    }

    @Override
    public String typeName() {
        return "range";
    }
}
