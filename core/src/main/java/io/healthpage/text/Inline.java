package io.healthpage.text;

import java.util.List;

/**
 * A node of formatted message text: the closed inline vocabulary after ICU formatting.
 * Immutable; renderers turn it into HTML, checkers into plain text. Walk it with an
 * {@link InlineVisitor} ({@link #accept}).
 */
public sealed interface Inline {

    /**
     * Calls the visitor's method for this node's type.
     *
     * @param visitor the visitor
     * @param <R> what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(InlineVisitor<R> visitor);

    /** Literal text (never markup). @param text the text */
    record Text(String text) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A formatted typed argument ("40–60 minutes"), kept apart so renderers can isolate it for bidi.
     *
     * @param name the argument name
     * @param text the formatted value
     * @param isolate whether it must be isolated ({@code <bdi>} / FSI…PDI) from the surrounding text
     */
    record Arg(String name, String text, boolean isolate) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code <em>…</em>}. @param children the content */
    record Emphasis(List<Inline> children) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code <strong>…</strong>}. @param children the content */
    record Strong(List<Inline> children) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code <term:ID>…</term:ID>} or, with no children, {@code <term:ID/>}.
     *
     * @param id the glossary term id
     * @param children the text as written in the message; empty for the self-closing form
     */
    record TermRef(String id, List<Inline> children) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code <link:ID>…</link:ID>}. @param id the link id @param children the link text */
    record LinkRef(String id, List<Inline> children) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code <cite:ID/>}. @param id the reference id */
    record CiteRef(String id) implements Inline {
        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
