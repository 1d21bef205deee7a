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
        return new PlainText(false).of(nodes);
    }

    /** The text without tags, arguments that need it isolated with U+2068 FSI … U+2069 PDI. */
    public String isolatedText() {
        return new PlainText(true).of(nodes);
    }

    /** The text of the nodes, tags left out. One per call; not thread-safe. */
    private static final class PlainText implements InlineVisitor<Void> {
        private final StringBuilder sb = new StringBuilder();
        private final boolean isolate;

        PlainText(boolean isolate) {
            this.isolate = isolate;
        }

        String of(List<Inline> nodes) {
            all(nodes);
            return sb.toString();
        }

        private Void all(List<Inline> nodes) {
            for (Inline n : nodes) n.accept(this);
            return null;
        }

        @Override
        public Void visit(Inline.Text text) {
            sb.append(text.text());
            return null;
        }

        @Override
        public Void visit(Inline.Arg arg) {
            if (isolate && arg.isolate()) sb.append('\u2068').append(arg.text()).append('\u2069');
            else sb.append(arg.text());
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis emphasis) {
            return all(emphasis.children());
        }

        @Override
        public Void visit(Inline.Strong strong) {
            return all(strong.children());
        }

        @Override
        public Void visit(Inline.TermRef term) {
            return all(term.children());
        }

        @Override
        public Void visit(Inline.LinkRef link) {
            return all(link.children());
        }

        @Override
        public Void visit(Inline.CiteRef cite) {
            return null; // a citation has no text of its own
        }
    }
}
