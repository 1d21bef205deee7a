package io.healthpage.model;

import com.ibm.icu.util.MeasureUnit;

/** Checks CLDR unit identifiers ("minute", "milligram-per-kilogram"). */
final class Units {
    private Units() {}

    static String check(String unit, String what) {
        if (unit == null || unit.isBlank()) {
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
