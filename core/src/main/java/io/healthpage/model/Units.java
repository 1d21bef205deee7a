package io.healthpage.model;

import com.ibm.icu.util.MeasureUnit;
import java.util.Objects;

/** Checks CLDR unit identifiers ("minute", "milligram-per-kilogram"). */
final class Units {
    private Units() {}

    /**
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalArgumentException if {@code unit} is blank or not a CLDR unit identifier
     */
    static String check(String unit, String what) {
        Objects.requireNonNull(unit, what);
        if (unit.isBlank()) {
            throw new IllegalArgumentException(what + " must name a CLDR unit, e.g. \"minute\" or \"milligram-per-kilogram\"");
        }
        try {
            MeasureUnit.forIdentifier(unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " \"" + unit
                    + "\" is not a CLDR unit identifier (examples: minute, hour, day, milligram, milligram-per-kilogram)");
        }
        return unit;
    }
}
