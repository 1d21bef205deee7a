package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.math.BigDecimal;

/**
 * A percentage, given in percent (42.5 means 42.5 %), formatted the locale's way ("42.5 %",
 * "%42,5", "٤٢٫٥٪").
 *
 * @param percent the value in percent
 */
public record PercentArg(BigDecimal percent) implements Arg {
    /** Validates the argument. */
    public PercentArg {
        Validate.notNull(percent, "percent value");
    }

    @Override
    public String typeName() {
        return "percent";
    }
}
