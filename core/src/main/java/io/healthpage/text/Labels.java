package io.healthpage.text;

import io.healthpage.model.Message;
import io.healthpage.model.TextStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The page-chrome labels ("Key takeaways", "On this page", "Last reviewed {date}", ...) for one
 * locale. Each label is a {@link Message}, so a label missing in a translation falls back to
 * English and is still marked with its real language. Immutable and thread-safe.
 *
 * <p>The built-in English labels ({@link #english()}) are the source bundle translators start
 * from: {@code io/healthpage/text/labels/en.json} in the core jar. Translated labels are
 * loaded by the {@code i18n} module and passed in with {@link #of(Locale, Map)}.
 */
public final class Labels {
    private static final Labels ENGLISH = loadEnglish();

    private final Locale locale;
    private final Map<String, Message> messages;

    private Labels(Locale locale, Map<String, Message> messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /** The built-in English labels. */
    public static Labels english() {
        return ENGLISH;
    }

    /**
     * Labels for {@code locale}: the given messages, and English for any key they lack.
     *
     * @param locale the locale the labels are for
     * @param translated label messages by key (each carrying its real locale and status)
     */
    public static Labels of(Locale locale, Map<String, Message> translated) {
        Objects.requireNonNull(locale, "labels locale");
        Map<String, Message> all = new LinkedHashMap<>();
        for (Map.Entry<String, Message> e : ENGLISH.messages.entrySet()) {
            Message m = translated.get(e.getKey());
            all.put(e.getKey(), m != null ? m : e.getValue().withText(e.getValue().pattern(), Locale.ENGLISH,
                    locale.getLanguage().equals("en") ? TextStatus.SOURCE : TextStatus.FALLBACK_MISSING));
        }
        return new Labels(locale, Collections.unmodifiableMap(all));
    }

    /** The locale these labels are for. */
    public Locale locale() {
        return locale;
    }

    /** The label with this key; throws for a key that no built-in label has. */
    public Message get(String key) {
        Message m = messages.get(key);
        if (m == null) throw new IllegalArgumentException("no page label '" + key + "'; known labels: " + messages.keySet());
        return m;
    }

    /** The keys of all labels, in the order of the English source bundle. */
    public Set<String> keys() {
        return messages.keySet();
    }

    private static Labels loadEnglish() {
        String res = "labels/en.json";
        try (InputStream in = Labels.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("missing resource io/healthpage/render/" + res);
            JsonObject root;
            try (JsonReader r = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                root = r.readObject();
            }
            Map<String, Message> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : root.getJsonObject("messages").entrySet()) {
                JsonObject o = e.getValue().asJsonObject();
                m.put(e.getKey(), new Message("label." + e.getKey(), o.getString("text"), o.getString("note", null),
                        Map.of(), Locale.ENGLISH, TextStatus.SOURCE));
            }
            return new Labels(Locale.ENGLISH, Collections.unmodifiableMap(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
