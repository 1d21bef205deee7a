package io.healthpage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the closed inline-tag vocabulary ({@code <em>}, {@code <strong>}, {@code <term:ID>},
 * {@code <link:ID>}, {@code <cite:ID/>}). Anything else that looks like a tag is an error; a
 * {@code <} that does not start a tag ("dose &lt;5 mg") is text. Stateless and thread-safe.
 */
public final class InlineMarkup {
    private static final Pattern TAG = Pattern.compile("<(/?)(em|strong|term:([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)"
            + "|link:([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)|cite:([a-z0-9](?:[a-z0-9-]*[a-z0-9])?))\\s*(/?)>");
    private static final Pattern TAG_LIKE = Pattern.compile("</?[A-Za-z!?][^<>]*>?");

    /** Marks the start of an argument placeholder inside formatted text (private use area). */
    static final char ARG_MARK = '\uE000';
    /** First private-use character encoding an argument index. */
    static final char ARG_BASE = '\uE100';

    private InlineMarkup() {}

    /** One tag token found in a pattern: its name ("em", "term:nmda") and kind. */
    public record Tag(String name, boolean closing, boolean selfClosing, int offset) {}

    /**
     * The tags written in a pattern or text, in order, without checking nesting; raw HTML or
     * unknown tags raise {@link MarkupException}. Used by validators and the translator checker.
     */
    public static List<Tag> scan(String text) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0) {
            Matcher m = TAG.matcher(text).region(i, text.length());
            if (m.lookingAt()) {
                tags.add(new Tag(m.group(2), !m.group(1).isEmpty(), !m.group(6).isEmpty(), i));
                i = m.end();
                continue;
            }
            Matcher like = TAG_LIKE.matcher(text).region(i, text.length());
            if (like.lookingAt()) {
                String t = like.group();
                throw new MarkupException("unknown tag " + t + " at offset " + i
                        + ": only <em>, <strong>, <term:ID>, <link:ID> and <cite:ID/> are allowed; write other text without '<'", i);
            }
            i++;
        }
        return tags;
    }

    /** Parses formatted text (with argument placeholders) into inline nodes. */
    static List<Inline> parse(String text, List<Inline.Arg> args) {
        List<Tag> tags = scan(text);
        Frame root = new Frame(null, -1);
        Frame cur = root;
        int pos = 0;
        for (Tag t : tags) {
            addText(cur, text, pos, t.offset(), args);
            Matcher m = TAG.matcher(text).region(t.offset(), text.length());
            m.lookingAt();
            pos = m.end();
            String name = t.name();
            boolean cite = name.startsWith("cite:");
            boolean term = name.startsWith("term:");
            if (t.selfClosing()) {
                if (t.closing()) throw new MarkupException("tag </" + name + "/> is malformed at offset " + t.offset(), t.offset());
                if (cite) cur.children.add(new Inline.CiteRef(name.substring(5)));
                else if (term) cur.children.add(new Inline.TermRef(name.substring(5), List.of()));
                else throw new MarkupException("<" + name + "/> cannot be self-closing (offset " + t.offset()
                        + "): write <" + name + ">…</" + name + ">", t.offset());
            } else if (!t.closing()) {
                if (cite) throw new MarkupException("<" + name + "> must be self-closing: write <" + name + "/> (offset "
                        + t.offset() + ")", t.offset());
                cur = new Frame(cur, t.offset());
                cur.name = name;
            } else {
                if (cur.parent == null || !name.equals(cur.name)) {
                    String expected = cur.parent == null ? "no open tag" : "</" + cur.name + ">";
                    throw new MarkupException("closing tag </" + name + "> at offset " + t.offset()
                            + " does not match: expected " + expected, t.offset());
                }
                Inline node = close(cur);
                cur = cur.parent;
                cur.children.add(node);
            }
        }
        if (cur.parent != null) {
            throw new MarkupException("tag <" + cur.name + "> opened at offset " + cur.offset + " is never closed", cur.offset);
        }
        addText(cur, text, pos, text.length(), args);
        return List.copyOf(root.children);
    }

    private static Inline close(Frame f) {
        List<Inline> kids = List.copyOf(f.children);
        if (f.name.equals("em")) return new Inline.Emphasis(kids);
        if (f.name.equals("strong")) return new Inline.Strong(kids);
        if (f.name.startsWith("term:")) return new Inline.TermRef(f.name.substring(5), kids);
        return new Inline.LinkRef(f.name.substring(5), kids);
    }

    private static void addText(Frame f, String text, int from, int to, List<Inline.Arg> args) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ARG_MARK && i + 1 < to) {
                int idx = text.charAt(i + 1) - ARG_BASE;
                if (idx >= 0 && idx < args.size()) {
                    if (i > start) f.children.add(new Inline.Text(text.substring(start, i)));
                    f.children.add(args.get(idx));
                    i++;
                    start = i + 1;
                }
            }
        }
        if (to > start) f.children.add(new Inline.Text(text.substring(start, to)));
    }

    private static final class Frame {
        final Frame parent;
        final int offset;
        final List<Inline> children = new ArrayList<>();
        String name;

        Frame(Frame parent, int offset) {
            this.parent = parent;
            this.offset = offset;
        }
    }
}
