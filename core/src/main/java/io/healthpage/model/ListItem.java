package io.healthpage.model;

import java.util.Objects;

/**
 * An item of a {@link NumberedList}: an optional title ("Dissociation and hallucinations") and a body.
 *
 * @param title the item's title, or {@code null}
 * @param body the item's text
 */
public record ListItem(Message title, Message body) {
    /** Validates. */
    public ListItem {
        Objects.requireNonNull(body, "list item body");
    }
}
