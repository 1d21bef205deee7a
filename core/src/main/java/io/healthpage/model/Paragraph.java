package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * A paragraph of running text.
 *
 * @param id optional stable id, or {@code null}
 * @param text the text
 */
public record Paragraph(String id, Message text) implements Block {
    /** Validates. */
    public Paragraph {
        if (id != null) Validate.id(id, "paragraph id");
        Objects.requireNonNull(text, "paragraph text");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
