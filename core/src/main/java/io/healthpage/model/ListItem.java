package io.healthpage.model;

/**
 * An item of a {@link NumberedList}: a title ("Dissociation and hallucinations"), a body, or both. An item
 * may be a title alone ("Nausea") when there is nothing more to say about it. Immutable and thread-safe.
 *
 * @param title the item's title, or {@code null}
 * @param body the item's text, or {@code null} when the title says it all
 */
public record ListItem(Message title, Message body) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException when the item has neither a title nor a body
     */
    public ListItem {
        if (title == null && body == null) {
            throw new IllegalArgumentException("a numbered list item needs a body, a title, or both");
        }
    }
}
