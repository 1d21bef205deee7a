package io.healthpage.i18n.tools;

import io.healthpage.text.InlineMarkup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an ICU pattern into the text a translator writes and the codes a CAT tool must protect, for
 * XLIFF 1.2's {@code <ph>}, {@code <bpt>} and {@code <ept>}: ICU syntax ({@code {count}},
 * {@code {count, plural, one {}, {@code #}, {@code } other {}, {@code }}}) and the inline tags
 * ({@code <em>}, {@code <term:ID>}, {@code <cite:ID/>}, …). Each code carries its original text, so
 * concatenating the pieces gives the pattern back exactly. Stateless and thread-safe.
 */
final class InlineCodes {
    /** What a piece is. */
    enum Kind {
        /** Text to translate. */
        TEXT,
        /** A standalone code: ICU syntax or a self-closing tag ({@code <ph>}). */
        PH,
        /** An opening tag with its closing partner ({@code <bpt>}). */
        BPT,
        /** A closing tag ({@code <ept>}). */
        EPT
    }

    /**
     * One piece of a pattern.
     *
     * @param kind what it is
     * @param text the text, or the code's original text
     * @param id the code's id in its element ({@code 1}, {@code 2}, …; 0 for text)
     * @param rid for {@link Kind#BPT}/{@link Kind#EPT}: the id of the pair
     * @param ctype the XLIFF 1.2 {@code ctype} ({@code x-icu}, {@code italic}, …), or {@code null}
     */
    record Piece(Kind kind, String text, int id, int rid, String ctype) {}

    private InlineCodes() {}

    /** The pieces of a pattern; a pattern ICU cannot parse is one text piece. */
    static List<Piece> split(String pattern) {
        return split(pattern, List.of());
    }

    /**
     * The pieces of {@code pattern}; codes whose text equals a code of {@code reuse} (the source's, in order)
     * get that code's id, so a CAT tool sees the same code in source and target.
     */
    static List<Piece> split(String pattern, List<Piece> reuse) {
        List<Raw> raw;
        try {
            raw = raw(pattern);
        } catch (RuntimeException e) { // not valid ICU, or raw HTML: the whole pattern is text
            raw = List.of(new Raw(Kind.TEXT, pattern, null, null));
        }
        // pair opening and closing tags; an unpaired tag is a standalone code
        Kind[] kinds = new Kind[raw.size()];
        int[] partner = new int[raw.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            kinds[i] = r.kind;
            partner[i] = -1;
            if (r.tag == null || r.tag.selfClosing()) continue;
            if (!r.tag.closing()) {
                open.push(i);
            } else if (!open.isEmpty() && raw.get(open.peek()).tag.name().equals(r.tag.name())) {
                int o = open.pop();
                kinds[o] = Kind.BPT;
                kinds[i] = Kind.EPT;
                partner[i] = o;
            }
        }
        Map<String, List<Integer>> reusable = new HashMap<>();
        int next = 1;
        for (Piece p : reuse) {
            if (p.kind() == Kind.TEXT) continue;
            reusable.computeIfAbsent(p.kind() + "\u0000" + p.text(), k -> new ArrayList<>()).add(p.id());
            next = Math.max(next, p.id() + 1);
        }
        List<Piece> out = new ArrayList<>();
        int[] ids = new int[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            if (kinds[i] == Kind.TEXT) {
                out.add(new Piece(Kind.TEXT, r.text, 0, 0, null));
                continue;
            }
            List<Integer> same = reusable.get(kinds[i] + "\u0000" + r.text);
            int id = same != null && !same.isEmpty() ? same.remove(0) : next++;
            ids[i] = id;
            int rid = kinds[i] == Kind.BPT ? id : kinds[i] == Kind.EPT ? ids[partner[i]] : 0;
            out.add(new Piece(kinds[i], r.text, id, rid, kinds[i] == Kind.EPT ? null : ctype(r, kinds[i])));
        }
        return out;
    }

    /** Concatenates the pieces: the pattern. */
    static String join(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) sb.append(p.text());
        return sb.toString();
    }

    private record Raw(Kind kind, String text, InlineMarkup.Tag tag, String icu) {}

    private static List<Raw> raw(String pattern) {
        List<Raw> out = new ArrayList<>();
        StringBuilder syntax = new StringBuilder();
        for (PseudoPatterns.Token t : PseudoPatterns.tokens(pattern)) {
            switch (t.kind()) {
                case MESSAGE_START, MESSAGE_END -> flush(out, syntax); // '#' and case braces stay separate codes
                case SYNTAX -> {
                    String s = pattern.substring(t.start(), t.end());
                    if (s.chars().allMatch(c -> c == '\'')) { // quoting apostrophes are the translator's to write
                        flush(out, syntax);
                        text(out, s);
                    } else {
                        syntax.append(s);
                    }
                }
                case TEXT -> {
                    flush(out, syntax);
                    String s = pattern.substring(t.start(), t.end());
                    int pos = 0;
                    for (InlineMarkup.Tag tag : InlineMarkup.scan(s)) {
                        int end = s.indexOf('>', tag.offset()) + 1;
                        text(out, s.substring(pos, tag.offset()));
                        out.add(new Raw(Kind.PH, s.substring(tag.offset(), end), tag, null));
                        pos = end;
                    }
                    text(out, s.substring(pos));
                }
                default -> { } // ARG_START/ARG_END: zero-width, an argument stays one code
            }
        }
        flush(out, syntax);
        return out;
    }

    private static void flush(List<Raw> out, StringBuilder syntax) {
        if (syntax.length() == 0) return;
        out.add(new Raw(Kind.PH, syntax.toString(), null, "x-icu"));
        syntax.setLength(0);
    }

    private static void text(List<Raw> out, String s) {
        if (s.isEmpty()) return;
        if (!out.isEmpty() && out.get(out.size() - 1).kind == Kind.TEXT) {
            Raw last = out.remove(out.size() - 1);
            out.add(new Raw(Kind.TEXT, last.text + s, null, null));
        } else {
            out.add(new Raw(Kind.TEXT, s, null, null));
        }
    }

    /** XLIFF 1.2 allows bold/italic/link only on paired codes; standalone codes take {@code x-} values. */
    private static String ctype(Raw r, Kind kind) {
        if (r.tag == null) return "x-icu";
        String name = r.tag.name();
        if (kind == Kind.PH && !r.tag.selfClosing()) return "x-tag";
        if (name.equals("em")) return "italic";
        if (name.equals("strong")) return "bold";
        if (name.startsWith("link:")) return "link";
        if (name.startsWith("cite:")) return "x-cite";
        return "x-term";
    }
}
