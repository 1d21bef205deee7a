package io.healthpage.text;

import java.util.List;
import java.util.Locale;

/**
 * A message after formatting: inline nodes in the language {@link #locale()}. Immutable.
 *
 * @param key the message key
 * @param locale the language of the text
 * @param nodes the inline nodes
 */
public record FormattedText(String key, Locale locale, List<Inline> nodes) {
    /** Copies the nodes. */
    public FormattedText {
        nodes = List.copyOf(nodes);
    }

    /** The text without tags or bidi controls (for checkers, meta tags and JSON-LD). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        appendPlain(nodes, sb, false);
        return sb.toString();
    }

    /** The text without tags, arguments that need it isolated with U+2068 FSI … U+2069 PDI. */
    public String isolatedText() {
        StringBuilder sb = new StringBuilder();
        appendPlain(nodes, sb, true);
        return sb.toString();
    }

    static void appendPlain(List<Inline> nodes, StringBuilder sb, boolean isolate) {
        for (Inline n : nodes) {
            if (n instanceof Inline.Text t) sb.append(t.text());
            else if (n instanceof Inline.Arg a) {
                if (isolate && a.isolate()) sb.append('\u2068').append(a.text()).append('\u2069');
                else sb.append(a.text());
            } else if (n instanceof Inline.Emphasis e) appendPlain(e.children(), sb, isolate);
            else if (n instanceof Inline.Strong s) appendPlain(s.children(), sb, isolate);
            else if (n instanceof Inline.TermRef t) appendPlain(t.children(), sb, isolate);
            else if (n instanceof Inline.LinkRef l) appendPlain(l.children(), sb, isolate);
            // a citation has no text of its own
        }
    }
}
