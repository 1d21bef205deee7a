package io.healthpage.text;

/**
 * A message could not be formatted: ICU syntax, a missing or mistyped argument, or invalid inline
 * tags. Says which key and why; callers (the localizer, the renderer) fall back and report.
 */
public final class MessageFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    MessageFormatException(String key, String message, Throwable cause) {
        super("message '" + key + "': " + message, cause);
        this.key = key;
    }

    /** The key of the message that failed. */
    public String key() {
        return key;
    }
}
