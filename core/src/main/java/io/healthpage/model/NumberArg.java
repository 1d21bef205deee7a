package io.healthpage.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plain number (integer or decimal), formatted with the locale's digits and separators.
 * Usable in {@code plural} and {@code selectordinal}.
 *
 * @param value the number
 */
public record NumberArg(BigDecimal value) implements Arg {
    /** Validates the argument. */
    public NumberArg {
        Objects.requireNonNull(value, "number value");
    }

    /** A number argument from a long. */
    public static NumberArg of(long value) {
        return new NumberArg(BigDecimal.valueOf(value));
    }

    @Override
    public String typeName() {
        return "number";
    }
}
