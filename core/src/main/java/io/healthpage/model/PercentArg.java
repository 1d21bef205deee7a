package io.healthpage.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage, given in percent (42.5 means 42.5 %), formatted the locale's way ("42.5 %",
 * "%42,5", "٤٢٫٥٪").
 *
 * @param percent the value in percent
 */
public record PercentArg(BigDecimal percent) implements Arg {
    /** Validates the argument. */
    public PercentArg {
        Objects.requireNonNull(percent, "percent value");
    }

    @Override
    public String typeName() {
        return "percent";
    }
}
