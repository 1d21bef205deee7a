package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One human-readable text unit: a stable key, an ICU MessageFormat (v1) pattern, an optional
 * note for translators and typed arguments. Immutable and thread-safe.
 *
 * <p>The pattern may contain the closed vocabulary of inline tags described in
 * {@code docs/article-format.md}: {@code <em>…</em>}, {@code <strong>…</strong>},
 * {@code <term:ID>…</term:ID>}, {@code <link:ID>…</link:ID>} and {@code <cite:ID/>}.
 *
 * @param key stable message key (letters, digits, '.', '_', '-')
 * @param pattern the ICU MessageFormat pattern, in {@code locale}
 * @param note a note for translators, or {@code null}
 * @param args the typed arguments by name (unmodifiable, in insertion order)
 * @param locale the language the pattern is really in
 * @param status where the text comes from (source, translation, fallback)
 */
public record Message(String key, String pattern, String note, Map<String, Arg> args, Locale locale, TextStatus status) {

    /** Validates and copies. */
    public Message {
        Validate.key(key, "message key");
        Objects.requireNonNull(pattern, "pattern of message '" + key + "'");
        if (note != null && note.isBlank()) note = null;
        args = Validate.map(args, "arguments of message '" + key + "'");
        Objects.requireNonNull(locale, "locale of message '" + key + "'");
        Objects.requireNonNull(status, "status of message '" + key + "'");
    }

    /** A source message with no note and no arguments. */
    public static Message of(String key, String pattern, Locale locale) {
        return new Message(key, pattern, null, Map.of(), locale, TextStatus.SOURCE);
    }

    /** The same message with another key. */
    public Message withKey(String newKey) {
        return new Message(newKey, pattern, note, args, locale, status);
    }

    /** The same message with another pattern, language and status (what the localizer produces). */
    public Message withText(String newPattern, Locale newLocale, TextStatus newStatus) {
        return new Message(key, newPattern, note, args, newLocale, newStatus);
    }
}
