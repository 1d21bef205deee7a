package io.healthpage.i18n;

import io.healthpage.internal.Suggestions;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON bundle format with the streaming JSON-P parser, so that every key and value has a
 * position and duplicate names are seen (a tree reader silently keeps the last one). Invalid JSON
 * leaves the draft empty: nothing is guessed.
 */
final class JsonBundleReader {
    private static final List<String> TOP = List.of("format", "locale", "kind", "article", "sourceLocale",
            "translator", "review", "messages");
    private static final List<String> REVIEW = List.of("medicallyReviewed", "reviewer", "date");
    private static final List<String> ENTRY = List.of("text", "source", "note");

    private final Draft d;
    private final String text;
    private JsonParser parser;

    private JsonBundleReader(Draft draft) {
        this.d = draft;
        this.text = draft.content;
    }

    /** Fills {@code draft}; returns false when the JSON is unusable (a problem was reported). */
    static boolean read(Draft draft) {
        return new JsonBundleReader(draft).read();
    }

    private boolean read() {
        try (JsonParser p = Json.createParser(new StringReader(text))) {
            parser = p;
            if (!p.hasNext()) {
                d.error("bundle.json-syntax", 0, null, "the file is empty",
                        "A bundle is a JSON object: { \"format\": 1, \"locale\": …, \"messages\": { … } }");
                return false;
            }
            JsonParser.Event first = p.next();
            if (first != JsonParser.Event.START_OBJECT) {
                d.error("bundle.json-syntax", start(first), null, "expected a JSON object at the top, found "
                        + describe(first), "A bundle is a JSON object: { \"format\": 1, \"locale\": …, \"messages\": { … } }");
                return false;
            }
            readTop();
            if (p.hasNext()) { // only whitespace may follow; Parsson reports anything else while advancing
                JsonParser.Event extra = p.next();
                d.error("bundle.json-syntax", start(extra), null, "unexpected content after the end of the object",
                        "Remove everything after the final '}'.");
                return false;
            }
            return true;
        } catch (JsonParsingException e) {
            d.entries.clear();
            d.meta.clear();
            JsonLocation loc = e.getLocation();
            int offset = loc == null ? 0 : (int) Math.min(Math.max(loc.getStreamOffset(), 0), text.length());
            d.error("bundle.json-syntax", offset, null, "invalid JSON: " + cleanParsson(e.getMessage()),
                    "Look for a missing comma, quote, colon or brace at or just before this position. "
                            + "Nothing from this file was loaded.");
            return false;
        } catch (JsonException e) {
            d.entries.clear();
            d.meta.clear();
            d.error("bundle.json-syntax", 0, null, "invalid JSON: " + e.getMessage(), "Nothing from this file was loaded.");
            return false;
        }
    }

    private void readTop() {
        Map<String, Integer> seen = new HashMap<>();
        while (parser.next() != JsonParser.Event.END_OBJECT) {
            String name = parser.getString();
            int keyOffset = stringStart(end());
            JsonParser.Event v = parser.next();
            int valueOffset = start(v);
            if (duplicate(seen, name, keyOffset, null)) {
                d.meta.remove(name);
                if (name.equals("messages")) d.entries.clear();
                skip(v);
                continue;
            }
            switch (name) {
                case "format" -> {
                    if (v == JsonParser.Event.VALUE_NUMBER && parser.isIntegralNumber()) {
                        d.meta.put(name, new Draft.Value(parser.getInt(), valueOffset));
                    } else wrongType(v, valueOffset, name, null, "an integer (1)");
                }
                case "locale", "kind", "article", "sourceLocale" -> {
                    if (v == JsonParser.Event.VALUE_STRING) d.meta.put(name, new Draft.Value(parser.getString(), valueOffset));
                    else wrongType(v, valueOffset, name, null, "a string");
                }
                case "translator" -> optionalString(v, valueOffset, name);
                case "review" -> {
                    if (v == JsonParser.Event.START_OBJECT) {
                        readReview();
                        continue;
                    }
                    wrongType(v, valueOffset, name, null, "an object {\"medicallyReviewed\": …}");
                }
                case "messages" -> {
                    if (v == JsonParser.Event.START_OBJECT) {
                        d.hasMessages = true;
                        readMessages();
                        continue;
                    }
                    wrongType(v, valueOffset, name, null, "an object of key → {\"text\", \"source\", \"note\"}");
                }
                default -> unknownField(name, keyOffset, null, TOP);
            }
            skip(v);
        }
    }

    private void readReview() {
        Map<String, Integer> seen = new HashMap<>();
        while (parser.next() != JsonParser.Event.END_OBJECT) {
            String name = parser.getString();
            int keyOffset = stringStart(end());
            JsonParser.Event v = parser.next();
            int valueOffset = start(v);
            String metaName = "review." + name;
            if (duplicate(seen, name, keyOffset, null)) {
                d.meta.remove(metaName);
                skip(v);
                continue;
            }
            switch (name) {
                case "medicallyReviewed" -> {
                    if (v == JsonParser.Event.VALUE_TRUE || v == JsonParser.Event.VALUE_FALSE) {
                        d.meta.put(metaName, new Draft.Value(v == JsonParser.Event.VALUE_TRUE, valueOffset));
                    } else wrongType(v, valueOffset, metaName, null, "true or false");
                }
                case "reviewer", "date" -> optionalString(v, valueOffset, metaName);
                default -> unknownField(name, keyOffset, null, REVIEW);
            }
            skip(v);
        }
    }

    private void readMessages() {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        while (parser.next() != JsonParser.Event.END_OBJECT) {
            String key = parser.getString();
            int keyOffset = stringStart(end());
            JsonParser.Event v = parser.next();
            int valueOffset = start(v);
            if (duplicate(seen, key, keyOffset, key)) {
                ambiguous.add(key);
                skip(v);
                continue;
            }
            if (v == JsonParser.Event.VALUE_STRING) {
                d.entries.add(new Draft.Entry(key, keyOffset, parser.getString(), stringOffsets(valueOffset),
                        null, valueOffset, null));
            } else if (v == JsonParser.Event.START_OBJECT) {
                readEntry(key, keyOffset, valueOffset);
            } else {
                wrongType(v, valueOffset, "message", key, "an object {\"text\": …, \"source\": …} or a string");
                skip(v);
            }
        }
        d.entries.removeIf(en -> ambiguous.contains(en.key()));
    }

    private void readEntry(String key, int keyOffset, int objectOffset) {
        Map<String, Integer> seen = new HashMap<>();
        String entryText = null;
        int[] offsets = null;
        String source = null;
        int sourceOffset = objectOffset;
        String note = null;
        boolean broken = false;
        while (parser.next() != JsonParser.Event.END_OBJECT) {
            String name = parser.getString();
            int nameOffset = stringStart(end());
            JsonParser.Event v = parser.next();
            int valueOffset = start(v);
            if (duplicate(seen, name, nameOffset, key)) {
                broken = true;
                skip(v);
                continue;
            }
            switch (name) {
                case "text" -> {
                    if (v == JsonParser.Event.VALUE_STRING) {
                        entryText = parser.getString();
                        offsets = stringOffsets(valueOffset);
                    } else {
                        wrongType(v, valueOffset, "text", key, "a string (the ICU pattern)");
                        broken = true;
                    }
                }
                case "source" -> {
                    if (v == JsonParser.Event.VALUE_STRING) {
                        source = parser.getString();
                        sourceOffset = valueOffset;
                    } else if (v != JsonParser.Event.VALUE_NULL) {
                        wrongType(v, valueOffset, "source", key, "a string of 8 hex digits");
                        sourceOffset = valueOffset;
                        source = "";
                    }
                }
                case "note" -> {
                    if (v == JsonParser.Event.VALUE_STRING) note = parser.getString();
                    else if (v != JsonParser.Event.VALUE_NULL) wrongType(v, valueOffset, "note", key, "a string");
                }
                default -> unknownField(name, nameOffset, key, ENTRY);
            }
            if (v == JsonParser.Event.START_OBJECT || v == JsonParser.Event.START_ARRAY) skip(v);
        }
        if (broken) return;
        if (entryText == null) {
            d.error("bundle.missing-field", objectOffset, key, "the entry has no \"text\"",
                    "Add \"text\": \"…\" with the translation, or remove the entry.");
            return;
        }
        d.entries.add(new Draft.Entry(key, keyOffset, entryText, offsets, source, sourceOffset, note));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private boolean duplicate(Map<String, Integer> seen, String name, int offset, String key) {
        Integer first = seen.putIfAbsent(name, offset);
        if (first == null) return false;
        boolean isMessage = key != null && key.equals(name);
        d.error("bundle.duplicate-key", offset, key, "\"" + name + "\" appears twice in the same object (first at "
                + d.positions.line(first) + ":" + d.positions.column(first) + ")",
                isMessage ? "Keep one of the two entries; until then neither is used and the fallback text is shown."
                        : "Keep one of the two; until then neither value is used.");
        return true;
    }

    private void optionalString(JsonParser.Event v, int valueOffset, String name) {
        if (v == JsonParser.Event.VALUE_STRING) d.meta.put(name, new Draft.Value(parser.getString(), valueOffset));
        else if (v == JsonParser.Event.VALUE_NULL) d.meta.put(name, new Draft.Value(null, valueOffset));
        else wrongType(v, valueOffset, name, null, "a string or null");
    }

    private void wrongType(JsonParser.Event v, int offset, String field, String key, String expected) {
        d.error("bundle.wrong-type", offset, key, "\"" + field + "\" must be " + expected + " but is " + describe(v),
                key == null ? "Fix the value's type." : "Fix the value's type; until then this entry is not used.");
    }

    private void unknownField(String name, int offset, String key, List<String> known) {
        String nearest = Suggestions.nearest(name, known);
        d.error("bundle.unknown-field", offset, key, "unknown field \"" + name + "\"",
                nearest != null ? "Did you mean \"" + nearest + "\"? Known fields: " + String.join(", ", known)
                        : "Known fields here: " + String.join(", ", known));
    }

    /** Skips the value that starts with {@code v} (no-op for scalars; safe to call twice for one scalar). */
    private void skip(JsonParser.Event v) {
        if (v != JsonParser.Event.START_OBJECT && v != JsonParser.Event.START_ARRAY) return;
        int depth = 1;
        while (depth > 0) {
            JsonParser.Event e = parser.next();
            if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) depth++;
            else if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) depth--;
        }
    }

    /** Exclusive end offset of the current token (Parsson reports the position just after it). */
    private int end() {
        return (int) Math.min(parser.getLocation().getStreamOffset(), text.length());
    }

    /** Start offset of the token just returned. */
    private int start(JsonParser.Event e) {
        int end = end();
        switch (e) {
            case VALUE_STRING, KEY_NAME -> { return stringStart(end); }
            case START_OBJECT, START_ARRAY, END_OBJECT, END_ARRAY -> { return Math.max(0, end - 1); }
            default -> {
                int i = end;
                while (i > 0 && "+-.0123456789eEtrufalsn".indexOf(text.charAt(i - 1)) >= 0) i--;
                return i;
            }
        }
    }

    /** The opening quote of the string token ending (exclusive) at {@code end}. */
    private int stringStart(int end) {
        for (int i = end - 2; i >= 0; i--) {
            if (text.charAt(i) == '"') {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) backslashes++;
                if (backslashes % 2 == 0) return i;
            }
        }
        return 0;
    }

    /** File offset of each char of the decoded string whose opening quote is at {@code quote}, plus its end. */
    private int[] stringOffsets(int quote) {
        int[] out = new int[16];
        int n = 0;
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            if (n + 1 >= out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
            out[n++] = i;
            i += text.charAt(i) == '\\' ? (i + 1 < text.length() && text.charAt(i + 1) == 'u' ? 6 : 2) : 1;
        }
        out[n++] = Math.min(i, text.length());
        return java.util.Arrays.copyOf(out, n);
    }

    private static String describe(JsonParser.Event e) {
        return switch (e) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> e.toString();
        };
    }

    /** "Unexpected char 32 at (line no=2, column no=10, offset=11), expecting 'e'" → without the location. */
    private static String cleanParsson(String message) {
        if (message == null) return "syntax error";
        return message.replaceAll("\\s*at \\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)", "")
                .replaceAll("Unexpected char (\\d+)", "unexpected character code $1")
                .replaceAll("Invalid token=(\\w+)\\. Expected tokens are: \\[([^]]*)\\]", "found $1 where $2 was expected");
    }
}
