package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * A link to a related article, rendered with the target's title as link text (never a bare
 * "Read more"), prefixed by a localized label for its kind.
 *
 * @param id optional stable id, or {@code null}
 * @param kind how it relates
 * @param href the target URL
 * @param title the target's title: the link text
 * @param description one line on what the reader finds there, or {@code null}
 */
public record RelatedLink(String id, RelatedKind kind, String href, Message title, Message description) implements Block {
    /** Validates. */
    public RelatedLink {
        if (id != null) Validate.id(id, "related link id");
        Objects.requireNonNull(kind, "related link kind");
        Validate.notBlank(href, "related link href");
        Objects.requireNonNull(title, "related link title");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
