package io.healthpage.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an input — an article file, a bundle, a rendered page, an article checked for
 * plain language — with everything a person needs to find and fix it. The one problem type of healthpage:
 * the JSON reader and validator, the bundle loader, the checkers, the XLIFF reader and the renderers all
 * report {@code Problem}s. Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder(String, String)}; only the rule and the message are required:
 * <pre>{@code
 * Problem p = Problem.builder("json.unknown-field", "unknown field \"titel\"")
 *         .at("article.json", 4, 3).pointer("/titel").suggestion("did you mean \"title\"?").build();
 * }</pre>
 *
 * <p>Two one-line forms: {@link #toString()}, compiler style with severity and rule
 * ({@code es.json:12:5: error [icu.syntax] title: … (hint)}), and {@link #toShortString()}, where and what
 * only ({@code article.json:4:3 /titel: unknown field "titel" (did you mean "title"?)}).
 *
 * @param rule a stable, machine-readable id such as {@code json.unknown-field}, {@code facts.number-changed}
 *             or {@code link.vague-text}: the checker rule or the reader's error code (listed in the docs)
 * @param severity how bad it is
 * @param location where it is (file, line:column, JSON Pointer; any part may be unknown)
 * @param key the message key concerned, or {@code null}
 * @param message what is wrong, in plain English
 * @param suggestion what to do about it, or {@code null}
 * @param text the text concerned (a word, a sentence, a link text), or {@code null}
 * @param guideline where the rule comes from (e.g. "WCAG 2.2 SC 2.4.4", "PEMAT-P item 8"), or {@code null}
 * @param section the id of the article section it is in, or {@code null}
 */
public record Problem(String rule, Severity severity, Location location, String key, String message, String suggestion,
                      String text, String guideline, String section) {

    /** Checks the required parts. */
    public Problem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (rule.isBlank()) throw new IllegalArgumentException("a problem's rule id must not be blank");
    }

    /**
     * A builder for a problem of {@code rule}: severity {@link Severity#ERROR} and location unknown until
     * set.
     *
     * @param rule the rule id or error code, e.g. {@code json.unknown-field}
     * @param message what is wrong
     */
    public static Builder builder(String rule, String message) {
        return new Builder(rule, message);
    }

    /** A builder with everything of this problem, to change a part. */
    public Builder toBuilder() {
        Builder b = new Builder(rule, message);
        b.severity = severity;
        b.location = location;
        b.key = key;
        b.suggestion = suggestion;
        b.text = text;
        b.guideline = guideline;
        b.section = section;
        return b;
    }

    /** The file, or {@code null}: {@code location().file()}. */
    public String file() {
        return location.file();
    }

    /** The 1-based line, or 0: {@code location().line()}. */
    public int line() {
        return location.line();
    }

    /** The 1-based column, or 0: {@code location().column()}. */
    public int column() {
        return location.column();
    }

    /** The JSON Pointer, or {@code null}: {@code location().pointer()}. */
    public String pointer() {
        return location.pointer();
    }

    /** Whether this is an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Compiler style: {@code where: severity [rule] key: message (suggestion)}, e.g.
     * {@code es.json:12:5: error [bundle.icu-syntax] title: Missing 'other' … (hint)}; "where" is
     * {@link Location#toString()} and is left out (with its colon) when unknown, as are the key and the
     * suggestion.
     */
    @Override
    public String toString() {
        String where = location.toString();
        StringBuilder sb = new StringBuilder(where);
        if (!where.isEmpty()) sb.append(": ");
        sb.append(severity.name().toLowerCase(Locale.ROOT)).append(" [").append(rule).append("] ");
        if (key != null) sb.append(key).append(": ");
        sb.append(message);
        if (suggestion != null) sb.append(" (").append(suggestion).append(')');
        return sb.toString();
    }

    /**
     * Where and what, without the rule: {@code file:line:column /pointer: message (suggestion)}, e.g.
     * {@code article.json:41:17 /sections/2/title: expected a message but found an array}. The key is shown as
     * {@code [key]} when there is no pointer; a warning or info says so before the message. This is the
     * form of the article reader's error list ({@code docs/cli.md}).
     */
    public String toShortString() {
        StringBuilder sb = new StringBuilder(location.toString());
        String pointer = location.pointer();
        if (key != null && (pointer == null || pointer.isEmpty())) {
            if (sb.length() > 0) sb.append(' ');
            sb.append('[').append(key).append(']');
        }
        if (sb.length() > 0) sb.append(": ");
        if (severity != Severity.ERROR) sb.append(severity.name().toLowerCase(Locale.ROOT)).append(": ");
        sb.append(message);
        if (suggestion != null) sb.append(" (").append(suggestion).append(')');
        return sb.toString();
    }

    /** Builds a {@link Problem}. Not thread-safe; the problems it builds are. */
    public static final class Builder {
        private String rule;
        private final String message;
        private Severity severity = Severity.ERROR;
        private Location location = Location.UNKNOWN;
        private String key;
        private String suggestion;
        private String text;
        private String guideline;
        private String section;

        private Builder(String rule, String message) {
            this.rule = Objects.requireNonNull(rule, "rule");
            this.message = Objects.requireNonNull(message, "message");
        }

        /** The rule id (replaces the one given to {@link Problem#builder}). */
        public Builder rule(String id) {
            rule = Objects.requireNonNull(id, "rule");
            return this;
        }

        /** How bad it is (default {@link Severity#ERROR}). */
        public Builder severity(Severity s) {
            severity = Objects.requireNonNull(s, "severity");
            return this;
        }

        /** Shorthand for {@code severity(Severity.WARNING)}. */
        public Builder warning() {
            return severity(Severity.WARNING);
        }

        /** Where it is (replaces file, position and pointer). */
        public Builder at(Location where) {
            location = Objects.requireNonNull(where, "location");
            return this;
        }

        /** A line and column in a file (the pointer, if any, is kept). */
        public Builder at(String file, int line, int column) {
            location = new Location(file, line, column, location.pointer());
            return this;
        }

        /** The file (line, column and pointer are kept). */
        public Builder file(String file) {
            location = location.withFile(file);
            return this;
        }

        /** The JSON Pointer of the value concerned ({@code ""} for the whole document; file and position are kept). */
        public Builder pointer(String pointer) {
            location = location.withPointer(pointer);
            return this;
        }

        /** The message key concerned. */
        public Builder key(String messageKey) {
            key = messageKey;
            return this;
        }

        /** What to do about it. */
        public Builder suggestion(String whatToDo) {
            suggestion = whatToDo;
            return this;
        }

        /** The text concerned (a word, a sentence, a link text). */
        public Builder text(String concerned) {
            text = concerned;
            return this;
        }

        /** Where the rule comes from, e.g. "WCAG 2.2 SC 2.4.4". */
        public Builder guideline(String source) {
            guideline = source;
            return this;
        }

        /** The id of the article section it is in. */
        public Builder section(String sectionId) {
            section = sectionId;
            return this;
        }

        /** The problem. */
        public Problem build() {
            return new Problem(rule, severity, location, key, message, suggestion, text, guideline, section);
        }
    }
}
