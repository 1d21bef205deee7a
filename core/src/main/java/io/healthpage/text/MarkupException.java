package io.healthpage.text;

/**
 * A message's inline tags are not valid: an unknown tag (raw HTML is never allowed), a tag that is
 * not closed, or tags nested wrongly. Carries the offset in the formatted text.
 */
public final class MarkupException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    MarkupException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** The offset in the text where the problem is. */
    public int offset() {
        return offset;
    }
}
