package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;

/**
 * An ordered list whose items may carry a title and a body (the reference page's risk list).
 *
 * @param id optional stable id, or {@code null}
 * @param items the items, at least one
 */
public record NumberedList(String id, List<ListItem> items) implements Block {
    /** Validates and copies. */
    public NumberedList {
        if (id != null) Validate.id(id, "list id");
        items = Validate.list(items, "list items");
        if (items.isEmpty()) throw new IllegalArgumentException("a numbered list needs at least one item");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
