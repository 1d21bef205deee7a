package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Term;
import io.healthpage.text.Inline;
import io.healthpage.text.InlineVisitor;
import io.healthpage.text.MessageFormatException;
import io.healthpage.text.MessageFormatter;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checker's single adapter from a {@link Message} to text: the real {@link MessageFormatter}
 * (so the checker reads exactly what readers will read: "40–60 minutes", dates in the locale's
 * format), with the inline tags written back for the rules that look at links and terms. Thread-safe.
 */
final class CheckerText {
    private static final MessageFormatter FORMATTER = MessageFormatter.create();
    private static final Pattern TERM_SELF = Pattern.compile("<term:([a-z0-9-]+)/>");
    private static final Pattern TAG = Pattern.compile(
            "</?(?:em|strong)>|</?term:[a-z0-9-]+>|</?link:[a-z0-9-]+>|<cite:[a-z0-9-]+/>");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([.,;:!?])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CheckerText() {}

    /** Plain text of a message; {@code <term:ID/>} becomes the term id (no article to look it up in). */
    static String plain(Message m) {
        return plain(m, null);
    }

    /** Plain text of a message; {@code <term:ID/>} becomes the text of the article's glossary term. */
    static String plain(Message m, Article article) {
        return stripTags(formatted(m), article);
    }

    /**
     * The message as readers see it (the real {@link MessageFormatter}: typed arguments formatted for the
     * message's locale), with the inline tags written back in place so rules can see links and terms.
     * A message that does not format is used as written (the validator reports why).
     */
    static String formatted(Message m) {
        try {
            StringBuilder sb = new StringBuilder();
            new Markup(sb).all(FORMATTER.format(m).nodes());
            return sb.toString();
        } catch (MessageFormatException e) {
            return m.pattern();
        }
    }

    /** Writes nodes back as message markup ({@code <em>}, {@code <link:ID>} …). One per call; not thread-safe. */
    private static final class Markup implements InlineVisitor<Void> {
        private final StringBuilder sb;

        Markup(StringBuilder sb) {
            this.sb = sb;
        }

        Void all(List<Inline> nodes) {
            for (Inline n : nodes) n.accept(this);
            return null;
        }

        private Void wrap(String tag, List<Inline> children) {
            sb.append('<').append(tag).append('>');
            all(children);
            sb.append("</").append(tag).append('>');
            return null;
        }

        @Override
        public Void visit(Inline.Text text) {
            sb.append(text.text());
            return null;
        }

        @Override
        public Void visit(Inline.Arg arg) {
            sb.append(arg.text());
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis emphasis) {
            return wrap("em", emphasis.children());
        }

        @Override
        public Void visit(Inline.Strong strong) {
            return wrap("strong", strong.children());
        }

        @Override
        public Void visit(Inline.TermRef term) {
            if (term.children().isEmpty()) {
                sb.append("<term:").append(term.id()).append("/>");
                return null;
            }
            return wrap("term:" + term.id(), term.children());
        }

        @Override
        public Void visit(Inline.LinkRef link) {
            return wrap("link:" + link.id(), link.children());
        }

        @Override
        public Void visit(Inline.CiteRef cite) {
            sb.append("<cite:").append(cite.id()).append("/>");
            return null;
        }
    }

    /** Removes inline tags from formatted text; inserted terms become their text. */
    static String stripTags(String formatted, Article article) {
        Matcher tm = TERM_SELF.matcher(formatted);
        StringBuilder sb = new StringBuilder();
        while (tm.find()) {
            Term t = article == null ? null : article.term(tm.group(1));
            String text = t == null ? tm.group(1) : stripTags(formatted(t.text()), null);
            tm.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        tm.appendTail(sb);
        String s = TAG.matcher(sb).replaceAll("");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

}
