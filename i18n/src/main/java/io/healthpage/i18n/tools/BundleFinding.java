package io.healthpage.i18n.tools;

import io.healthpage.i18n.BundleProblem;

import java.util.Objects;

/**
 * One finding of the {@link BundleChecker}: which rule, how serious, where ({@code file:line:column}
 * and message key), what is wrong in words a translator understands, and how to fix it. The rules
 * and their ids are listed in {@code TRANSLATING.md}. Immutable and thread-safe.
 *
 * @param rule the rule id, e.g. {@code facts.number-changed}, or a loader code such as {@code bundle.bom}
 * @param severity {@link BundleProblem.Severity#ERROR}: must be fixed (the message is wrong or not shown);
 *     {@link BundleProblem.Severity#WARNING}: worth a look
 * @param file the bundle file (or the name given to a bundle built in code)
 * @param line 1-based line of the entry's key, or 0 when the finding concerns the file or a missing key
 * @param column 1-based column (UTF-16 code units), or 0 with {@code line} 0
 * @param key the message key, or {@code null} for file-level findings
 * @param message what is wrong
 * @param suggestion what to write or do instead, or {@code null}
 */
public record BundleFinding(String rule, BundleProblem.Severity severity, String file, int line, int column, String key,
        String message, String suggestion) {

    /** Checks the required parts. */
    public BundleFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) throw new IllegalArgumentException("line and column must be >= 0");
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == BundleProblem.Severity.ERROR;
    }

    /** {@code es.json:12:5: error [facts.number-changed] key: message (fix: suggestion)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line).append(':').append(column);
        sb.append(": ").append(isError() ? "error" : "warning").append(" [").append(rule).append("] ");
        if (key != null) sb.append(key).append(": ");
        sb.append(message);
        if (suggestion != null) sb.append(" (fix: ").append(suggestion).append(')');
        return sb.toString();
    }
}
