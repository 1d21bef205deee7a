package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;
import java.util.Objects;

/**
 * A highlighted box: note, warning, important or tip. Its heading level follows the outline
 * where it is placed; renderers never use a fixed level.
 *
 * @param id optional stable id, or {@code null}
 * @param kind the kind
 * @param title an optional title (without it the localized kind label is used)
 * @param body the content, at least one block
 */
public record Callout(String id, CalloutKind kind, Message title, List<Block> body) implements Block {
    /** Validates and copies. */
    public Callout {
        if (id != null) Validate.id(id, "callout id");
        Objects.requireNonNull(kind, "callout kind");
        body = Validate.list(body, "callout body");
        if (body.isEmpty()) throw new IllegalArgumentException("a callout needs at least one block");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
