package io.healthpage.model;

import java.util.Objects;

/**
 * A literal that must not be translated (a drug or brand name, a code). Shown as written,
 * isolated for bidi, never interpreted as markup.
 *
 * @param text the literal text
 */
public record TextArg(String text) implements Arg {
    /** Validates the argument. */
    public TextArg {
        Objects.requireNonNull(text, "text argument");
    }

    @Override
    public String typeName() {
        return "text";
    }
}
