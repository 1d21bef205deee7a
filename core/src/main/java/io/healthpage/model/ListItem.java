package io.healthpage.model;

import io.healthpage.internal.Validate;

/**
 * An item of a {@link NumberedList}: an optional title ("Dissociation and hallucinations") and a body.
 *
 * @param title the item's title, or {@code null}
 * @param body the item's text
 */
public record ListItem(Message title, Message body) {
    /** Validates. */
    public ListItem {
        Validate.notNull(body, "list item body");
    }
}
