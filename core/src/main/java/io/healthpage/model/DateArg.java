package io.healthpage.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date, formatted with an ICU skeleton (default {@code yMMMMd}: "27 November 2026",
 * "27 de noviembre de 2026").
 *
 * @param date the date
 * @param skeleton an ICU date skeleton, or {@code null} for {@code yMMMMd}
 */
public record DateArg(LocalDate date, String skeleton) implements Arg {
    /** Validates the argument. */
    public DateArg {
        Objects.requireNonNull(date, "date");
        if (skeleton != null && skeleton.isBlank()) skeleton = null;
    }

    /** A date with the default skeleton. */
    public static DateArg of(LocalDate date) {
        return new DateArg(date, null);
    }

    @Override
    public String typeName() {
        return "date";
    }
}
