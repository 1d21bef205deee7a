package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * A code in a medical coding system.
 *
 * @param system the coding system
 * @param value the code ("N01AX03")
 */
public record Code(CodingSystem system, String value) {
    /** Validates. */
    public Code {
        Objects.requireNonNull(system, "coding system");
        Validate.notBlank(value, "code value");
    }
}
