package io.healthpage.text;

/**
 * A message could not be formatted: ICU syntax, a missing or mistyped argument, or invalid inline
 * tags. Says which key and why; callers (the localizer, the renderer) fall back and report.
 */
public final class MessageFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final Kind kind;

    /** What is wrong. */
    public enum Kind {
        /** The ICU pattern does not parse (braces, unknown argument type, plural without other). */
        SYNTAX,
        /** An argument is missing or of the wrong type. */
        ARGUMENT,
        /** The inline tags are not valid (unknown tag, bad nesting). */
        MARKUP
    }

    MessageFormatException(String key, Kind kind, String message, Throwable cause) {
        super("message '" + key + "': " + message, cause);
        this.key = key;
        this.kind = kind;
    }

    /** What is wrong. */
    public Kind kind() {
        return kind;
    }

    /** The key of the message that failed. */
    public String key() {
        return key;
    }
}
