package io.healthpage.check;

import java.util.Objects;

/**
 * One problem the checker found. Immutable and thread-safe.
 *
 * @param rule the rule id, e.g. {@code link.vague-text} (the rules are listed in {@code docs/checker.md})
 * @param severity how serious it is
 * @param sectionId the id of the section it is in, or {@code null} (lead, FAQ, article-wide findings)
 * @param messageKey the key of the message concerned, or {@code null} for findings about the article as a whole
 * @param pointer a JSON Pointer into the article JSON ({@code /sections/1/blocks/0/text}); {@code ""} is the whole article
 * @param text the text concerned (a word, a sentence, a link text), or {@code null}
 * @param message what is wrong, in English
 * @param guideline where the rule comes from, e.g. "WCAG 2.2 SC 2.4.4", "PEMAT-P item 8", "CDC CCI 3.1"
 * @param suggestion what to do instead, or {@code null}
 */
public record Finding(String rule, Severity severity, String sectionId, String messageKey, String pointer,
                      String text, String message, String guideline, String suggestion) {
    /** Checks the required parts. */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(guideline, "guideline");
    }

    /** One line: severity, rule, where, message, text, guideline and suggestion. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(severity).append(' ').append(rule).append(" at ").append(pointer.isEmpty() ? "(article)" : pointer);
        if (messageKey != null) sb.append(" [").append(messageKey).append(']');
        sb.append(": ").append(message);
        if (text != null) sb.append(" \u2014 \u201c").append(text).append('\u201d');
        sb.append(" (").append(guideline).append(')');
        if (suggestion != null) sb.append(" Suggestion: ").append(suggestion);
        return sb.toString();
    }
}
