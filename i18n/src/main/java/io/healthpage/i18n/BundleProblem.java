package io.healthpage.i18n;

import java.util.Objects;

/**
 * One problem found while loading a bundle file: where ({@code file:line:column}, message key), what,
 * and what to do. Immutable and thread-safe.
 *
 * <p>Codes are stable identifiers that tools may match on; they are listed in
 * {@code docs/bundle-format.md} (for example {@code bundle.json-syntax}, {@code bundle.duplicate-key},
 * {@code bundle.icu-syntax}, {@code bundle.unknown-key}, {@code bundle.wrong-type},
 * {@code bundle.unknown-field}, {@code bundle.missing-source-hash}).
 *
 * @param severity {@link Severity#ERROR}: something was not loaded or is wrong; {@link Severity#WARNING}:
 *     loaded, but worth fixing
 * @param code a stable code such as {@code bundle.icu-syntax}
 * @param file the file name or path as given to the loader
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column in UTF-16 code units (as most editors count), or 0 with {@code line} 0
 * @param key the message key concerned, or {@code null}
 * @param message what is wrong, in English
 * @param hint what to do about it, or {@code null}
 */
public record BundleProblem(Severity severity, String code, String file, int line, int column, String key,
        String message, String hint) {

    /** How serious a problem is. */
    public enum Severity {
        /** Something was not loaded (an entry or the whole file) or cannot be trusted. */
        ERROR,
        /** Loaded, but should be fixed. */
        WARNING
    }

    /** Checks the required parts. */
    public BundleProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) throw new IllegalArgumentException("line and column must be >= 0");
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Compiler style: {@code es.json:12:5: error [bundle.icu-syntax] title: Missing 'other' … (hint)}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line).append(':').append(column);
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning")
                .append(" [").append(code).append("] ");
        if (key != null) sb.append(key).append(": ");
        sb.append(message);
        if (hint != null) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }
}
