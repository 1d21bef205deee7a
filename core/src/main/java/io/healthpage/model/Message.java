package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One human-readable text unit: a stable key, an ICU MessageFormat (v1) pattern, an optional
 * note for translators and typed arguments. Immutable and thread-safe. Make one with
 * {@link #of(String, String, Locale)} or {@link #builder(String, String, Locale)}, which stay source
 * compatible when parts are added.
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
        // the messages name the key; built only when needed (a message is built for every unit of every localization)
        if (pattern == null) throw new NullPointerException("pattern of message '" + key + "'");
        if (note != null && note.isBlank()) note = null;
        // a message's arguments are copied once and then shared by its localized copies (see ArgMap)
        args = args == null ? Map.of() : args.isEmpty() ? Collections.emptyMap() : ArgMap.of(args, key);
        if (locale == null) throw new NullPointerException("locale of message '" + key + "'");
        if (status == null) throw new NullPointerException("status of message '" + key + "'");
    }

    /** A source message with no note and no arguments. */
    public static Message of(String key, String pattern, Locale locale) {
        return new Message(key, pattern, null, Map.of(), locale, TextStatus.SOURCE);
    }

    /**
     * A builder for a message; it starts as a {@link TextStatus#SOURCE} message with no note and no
     * arguments.
     *
     * @param key the stable message key
     * @param pattern the ICU MessageFormat pattern
     * @param locale the language the pattern is in
     * @return a new builder
     */
    public static Builder builder(String key, String pattern, Locale locale) {
        return new Builder(key, pattern, locale);
    }

    /** The same message with another key. */
    public Message withKey(String newKey) {
        return new Message(newKey, pattern, note, args, locale, status);
    }

    /** The same message with another pattern, language and status (what the localizer produces). */
    public Message withText(String newPattern, Locale newLocale, TextStatus newStatus) {
        return new Message(key, newPattern, note, args, newLocale, newStatus);
    }

    /**
     * Builds a {@link Message}. Each setter replaces what was set before, except {@link #arg(String, Arg)},
     * which adds. {@link #build()} validates as the constructor does. Not thread-safe; the message it
     * builds is.
     */
    public static final class Builder {
        private final String key;
        private final String pattern;
        private final Locale locale;
        private String note;
        private final Map<String, Arg> args = new LinkedHashMap<>();
        private TextStatus status = TextStatus.SOURCE;

        private Builder(String key, String pattern, Locale locale) {
            this.key = key;
            this.pattern = pattern;
            this.locale = locale;
        }

        /** Sets the note for translators ({@code null} or blank: none). */
        public Builder note(String v) { note = v; return this; }
        /**
         * Adds an argument, or replaces the one of the same name.
         *
         * @throws NullPointerException if {@code name} or {@code value} is null
         */
        public Builder arg(String name, Arg value) {
            args.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }
        /**
         * Replaces the arguments with {@code v}, in its order.
         *
         * @throws NullPointerException if {@code v} is null
         */
        public Builder args(Map<String, ? extends Arg> v) {
            Objects.requireNonNull(v, "args");
            args.clear();
            v.forEach(this::arg);
            return this;
        }
        /** Sets where the text comes from (default {@link TextStatus#SOURCE}). */
        public Builder status(TextStatus v) { status = v; return this; }

        /**
         * Builds the message.
         *
         * @return the message
         * @throws NullPointerException if the key, the pattern, the locale or the status is null
         * @throws IllegalArgumentException if the key is not a valid message key
         */
        public Message build() {
            return new Message(key, pattern, note, args, locale, status);
        }
    }
}
