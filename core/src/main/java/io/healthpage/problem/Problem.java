package io.healthpage.problem;

import java.util.Objects;

/**
 * One problem found in an input, with everything a person needs to find and fix it.
 * Immutable and thread-safe.
 *
 * <p>{@link #toString()} gives the one-line form used in error output:
 * <pre>article.json:41:17 /sections/2/blocks/0/items/3/title: expected a message (string or object) but found an array</pre>
 * followed by {@code " (hint)"} when there is a hint.
 *
 * @param severity how bad it is
 * @param code a stable, machine-readable code such as {@code json.unknown-field} or {@code article.duplicate-id}
 * @param file the file name, or {@code null} when the input is not a file (e.g. a built article)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON Pointer (RFC 6901) of the value concerned, {@code ""} for the whole document,
 *                or {@code null} when unknown
 * @param key the message key concerned, or {@code null}
 * @param message what is wrong, in plain English
 * @param hint what to do about it, or {@code null}
 */
public record Problem(Severity severity, String code, String file, int line, int column, String pointer, String key,
                      String message, String hint) {

    /** Validates. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) throw new IllegalArgumentException("line and column must not be negative");
    }

    /** An error at a JSON Pointer, without file position (what a validator of a built article reports). */
    public static Problem error(String code, String pointer, String key, String message, String hint) {
        return new Problem(Severity.ERROR, code, null, 0, 0, pointer, key, message, hint);
    }

    /** The same problem placed in a file at a line and column. */
    public Problem at(String newFile, int newLine, int newColumn) {
        return new Problem(severity, code, newFile, newLine, newColumn, pointer, key, message, hint);
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column pointer: message (hint)}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (line > 0) {
            if (sb.length() > 0) sb.append(':');
            sb.append(line);
            if (column > 0) sb.append(':').append(column);
        }
        if (pointer != null && !pointer.isEmpty()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(pointer);
        }
        if (key != null && (pointer == null || pointer.isEmpty())) {
            if (sb.length() > 0) sb.append(' ');
            sb.append('[').append(key).append(']');
        }
        if (sb.length() > 0) sb.append(": ");
        if (severity == Severity.WARNING) sb.append("warning: ");
        sb.append(message);
        if (hint != null) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }
}
