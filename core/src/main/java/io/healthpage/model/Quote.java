package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * A quotation with its source.
 *
 * @param id optional stable id, or {@code null}
 * @param text the quoted text
 * @param source who or what is quoted (e.g. "National Institutes of Health"), or {@code null}
 * @param referenceId the id of the {@link Reference} it comes from, or {@code null}
 */
public record Quote(String id, Message text, Message source, String referenceId) implements Block {
    /** Validates. */
    public Quote {
        if (id != null) Validate.id(id, "quote id");
        Objects.requireNonNull(text, "quote text");
        if (referenceId != null) Validate.id(referenceId, "quote reference id");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
