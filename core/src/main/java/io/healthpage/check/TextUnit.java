package io.healthpage.check;

import io.healthpage.model.Message;
import java.util.Objects;

/**
 * One text unit of an article as the checker reads it. Immutable and thread-safe.
 *
 * @param message the message (key, pattern, arguments, the language it is really in)
 * @param pointer its JSON Pointer in the article format, e.g. {@code /sections/1/blocks/0/text}
 * @param section the id of the section it is in, or {@code null} (title, lead, FAQ, takeaways, ...)
 * @param text the text as readers see it: arguments formatted for the locale, inline tags removed, terms
 *             inserted
 * @param prose whether it is running prose (a takeaway, paragraph, list item or quote), the text that
 *              sentence and readability rules read
 */
public record TextUnit(Message message, String pointer, String section, String text, boolean prose) {
    /** Checks the required parts. */
    public TextUnit {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
    }
}
