package io.healthpage.i18n;

import io.healthpage.internal.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code .properties} form of a bundle (UTF-8, the syntax of {@link java.util.Properties}:
 * {@code #}/{@code !} comments, {@code =}, {@code :} or space separators, backslash escapes and line
 * continuations). Mapping: {@code @locale = es} and the other {@code @}-names are metadata,
 * {@code key = pattern} a message, {@code key@source = hash} and {@code key@note = text} its source hash
 * and note. Unlike {@code Properties.load}, duplicate names are reported, not silently overwritten.
 */
final class PropertiesBundleReader {
    static final List<String> META = List.of("@format", "@locale", "@kind", "@article", "@sourceLocale",
            "@translator", "@review.medicallyReviewed", "@review.reviewer", "@review.date");

    /** A name or value with the file offset of each of its chars (plus one for the end). */
    private record Text(String value, int[] offsets) {
        int offset() {
            return offsets[0];
        }
    }

    private final Draft d;
    private final String s;

    private PropertiesBundleReader(Draft draft) {
        this.d = draft;
        this.s = draft.content;
    }

    static boolean read(Draft draft) {
        new PropertiesBundleReader(draft).read();
        return true;
    }

    private void read() {
        Map<String, Text[]> lines = new LinkedHashMap<>(); // name → {name, value}
        Set<String> ambiguous = new HashSet<>();
        Map<String, Integer> first = new HashMap<>();
        int i = 0;
        while (i < s.length()) {
            int lineStart = i;
            // skip leading white space of the natural line
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) i++;
            if (i >= s.length()) break;
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                i = skipNewline(i);
                continue;
            }
            if (c == '#' || c == '!') {
                while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
                continue;
            }
            // the logical line: from i to the end, following continuations
            StringBuilder key = new StringBuilder();
            List<Integer> keyOffsets = new ArrayList<>();
            int[] pos = {i};
            boolean ok = readPart(pos, key, keyOffsets, true);
            // separator: white space, then optionally one '=' or ':', then white space
            i = pos[0];
            i = skipBlanks(i);
            if (i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == ':')) i = skipBlanks(i + 1);
            pos[0] = i;
            StringBuilder value = new StringBuilder();
            List<Integer> valueOffsets = new ArrayList<>();
            ok &= readPart(pos, value, valueOffsets, false);
            valueOffsets.add(pos[0]);
            keyOffsets.add(pos[0]);
            i = pos[0];
            if (!ok) continue; // a bad escape was reported; the line is not used
            String name = key.toString();
            Text[] pair = {new Text(name, toArray(keyOffsets)), new Text(value.toString(), toArray(valueOffsets))};
            int nameOffset = keyOffsets.isEmpty() ? lineStart : keyOffsets.get(0);
            Integer firstOffset = first.putIfAbsent(name, nameOffset);
            if (firstOffset != null) {
                ambiguous.add(name);
                String entryKey = name.startsWith("@") ? null : name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
                d.error("bundle.duplicate-key", nameOffset, entryKey, "\"" + name + "\" appears twice (first at "
                        + d.positions.line(firstOffset) + ":" + d.positions.column(firstOffset) + ")",
                        "Keep one of the two lines; until then neither is used.");
                continue;
            }
            lines.put(name, pair);
        }
        for (String a : ambiguous) lines.remove(a);
        toDraft(lines, ambiguous);
    }

    private void toDraft(Map<String, Text[]> lines, Set<String> ambiguous) {
        Map<String, Text[]> texts = new LinkedHashMap<>();
        Map<String, Text[]> sources = new HashMap<>();
        Map<String, Text[]> notes = new HashMap<>();
        for (Map.Entry<String, Text[]> line : lines.entrySet()) {
            String name = line.getKey();
            Text value = line.getValue()[1];
            int nameOffset = line.getValue()[0].offset();
            if (name.startsWith("@")) {
                if (META.contains(name)) {
                    String v = value.value();
                    d.meta.put(name.substring(1), new Draft.Value(convert(name, v, value.offset()), value.offset()));
                } else {
                    unknown(name, nameOffset, null, META);
                }
                continue;
            }
            int at = name.indexOf('@');
            if (at < 0) {
                texts.put(name, line.getValue());
            } else {
                String key = name.substring(0, at);
                String suffix = name.substring(at);
                if (suffix.equals("@source")) sources.put(key, line.getValue());
                else if (suffix.equals("@note")) notes.put(key, line.getValue());
                else unknown(name, nameOffset, key, List.of(key + "@source", key + "@note"));
            }
        }
        d.hasMessages = true;
        for (Map.Entry<String, Text[]> t : texts.entrySet()) {
            String key = t.getKey();
            if (ambiguous.contains(key + "@source") || ambiguous.contains(key + "@note")) continue;
            Text[] src = sources.remove(key);
            Text[] note = notes.remove(key);
            Text text = t.getValue()[1];
            d.entries.add(new Draft.Entry(key, t.getValue()[0].offset(), text.value(), text.offsets(),
                    src == null ? null : src[1].value(), src == null ? text.offset() : src[1].offset(),
                    note == null ? null : note[1].value()));
        }
        for (Map.Entry<String, Text[]> orphan : sources.entrySet()) orphanWithoutText(orphan.getKey(), orphan.getValue()[0]);
        for (Map.Entry<String, Text[]> orphan : notes.entrySet()) orphanWithoutText(orphan.getKey(), orphan.getValue()[0]);
    }

    private void orphanWithoutText(String key, Text name) {
        if (ambiguous(key)) return;
        d.error("bundle.missing-field", name.offset(), key, "\"" + name.value() + "\" has no \"" + key + " = …\" line",
                "Add the translation as \"" + key + " = …\" or remove this line.");
    }

    private boolean ambiguous(String key) {
        return d.problems.stream().anyMatch(p -> p.rule().equals("bundle.duplicate-key") && key.equals(p.key()));
    }

    /** @format and @review.medicallyReviewed are typed; an empty value means null. */
    private Object convert(String name, String v, int offset) {
        if (v.isEmpty()) return null;
        if (name.equals("@format")) {
            if (v.matches("[0-9]{1,9}")) return Integer.valueOf(v);
            d.error("bundle.wrong-type", offset, null, "\"@format\" must be an integer (1) but is \"" + v + "\"", "Write @format = 1");
            return null;
        }
        if (name.equals("@review.medicallyReviewed")) {
            if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
            d.error("bundle.wrong-type", offset, null, "\"@review.medicallyReviewed\" must be true or false but is \""
                    + v + "\"", "Write true or false.");
            return null;
        }
        return v;
    }

    private void unknown(String name, int offset, String key, List<String> known) {
        String nearest = Suggestions.nearest(name, known);
        d.error("bundle.unknown-field", offset, key, "unknown name \"" + name + "\"",
                nearest != null ? "Did you mean \"" + nearest + "\"?" : "Known names: " + String.join(", ", known));
    }

    /**
     * Reads a key (stops at an unescaped separator or white space) or a value (stops at the end of the
     * logical line), decoding escapes and following continuations. Returns false after reporting a bad escape.
     */
    private boolean readPart(int[] pos, StringBuilder out, List<Integer> offsets, boolean isKey) {
        int i = pos[0];
        boolean ok = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!isKey) i = skipNewline(i);
                break;
            }
            if (isKey && (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f')) break;
            if (c != '\\') {
                offsets.add(i);
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length()) { i++; break; } // a lone backslash at the end of the file
            char n = s.charAt(i + 1);
            if (n == '\n' || n == '\r') { // continuation: skip the newline and the next line's leading blanks
                i = skipBlanks(skipNewline(i + 1));
                continue;
            }
            if (n == 'u') {
                String hex = i + 6 <= s.length() ? s.substring(i + 2, i + 6) : "";
                if (!hex.matches("[0-9a-fA-F]{4}")) {
                    d.error("bundle.properties-syntax", i, null, "malformed \\uXXXX escape",
                            "Write exactly four hex digits after \\u, or the character itself (the file is UTF-8).");
                    ok = false;
                    i += 2;
                    continue;
                }
                offsets.add(i);
                out.append((char) Integer.parseInt(hex, 16));
                i += 6;
                continue;
            }
            offsets.add(i);
            out.append(switch (n) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                default -> n;
            });
            i += 2;
        }
        pos[0] = i;
        return ok;
    }

    private int skipBlanks(int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) i++;
        return i;
    }

    private int skipNewline(int i) {
        if (i < s.length() && s.charAt(i) == '\r') i++;
        if (i < s.length() && s.charAt(i) == '\n') i++;
        return i;
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int k = 0; k < a.length; k++) a[k] = list.get(k);
        return a.length == 0 ? new int[] {0} : Arrays.copyOf(a, a.length);
    }
}
