package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;

/**
 * An unordered list.
 *
 * @param id optional stable id, or {@code null}
 * @param items the items, at least one
 */
public record BulletList(String id, List<Message> items) implements Block {
    /** Validates and copies. */
    public BulletList {
        if (id != null) Validate.id(id, "list id");
        items = Validate.list(items, "list items");
        if (items.isEmpty()) throw new IllegalArgumentException("a bulleted list needs at least one item");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
