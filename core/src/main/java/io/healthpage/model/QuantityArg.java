package io.healthpage.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity with a CLDR unit ("40 minutes", "0.5 mg/kg"), formatted with ICU's unit formatter.
 *
 * @param value the amount
 * @param unit a CLDR unit identifier such as {@code minute} or {@code milligram-per-kilogram}
 */
public record QuantityArg(BigDecimal value, String unit) implements Arg {
    /**
     * Validates the argument; the unit must be known to ICU.
     *
     * @throws NullPointerException if {@code value} or {@code unit} is null
     * @throws IllegalArgumentException if {@code unit} is not a CLDR unit identifier
     */
    public QuantityArg {
        Objects.requireNonNull(value, "quantity value");
        Units.check(unit, "quantity unit");
    }

    @Override
    public String typeName() {
        return "quantity";
    }
}
