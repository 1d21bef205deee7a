package io.healthpage.render;

import io.healthpage.model.Article;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.text.Inline;
import io.healthpage.text.InlineVisitor;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML of formatted message text: the closed inline vocabulary (emphasis, arguments isolated for
 * bidi, glossary terms, links, citations). One per render; not thread-safe.
 */
final class InlineHtml implements InlineVisitor<Void> {
    private final HtmlArticleWriter out;
    private final TagWriter w;
    private final Article a;
    /** Terms already expanded ({@code abbr title}) on this page: only the first use is. */
    private final Set<String> expandedTerms = new HashSet<>();
    /** The key of the message being written, for problems. */
    private String key;
    /** Inside a link or the contents list: no links, no citations. */
    private boolean noLinks;

    InlineHtml(HtmlArticleWriter out, TagWriter w, Article a) {
        this.out = out;
        this.w = w;
        this.a = a;
    }

    /** Writes the nodes of the message {@code messageKey}. */
    void write(List<Inline> nodes, String messageKey, boolean withoutLinks) {
        String savedKey = key;
        boolean savedNoLinks = noLinks;
        key = messageKey;
        noLinks = withoutLinks;
        for (int i = 0, n = nodes.size(); i < n; i++) nodes.get(i).accept(this);
        key = savedKey;
        noLinks = savedNoLinks;
    }

    /** Writes one node of the message {@code messageKey}, links allowed. */
    void write(Inline node, String messageKey) {
        write(List.of(node), messageKey, false);
    }

    private Void all(List<Inline> nodes) {
        for (int i = 0, n = nodes.size(); i < n; i++) nodes.get(i).accept(this);
        return null;
    }

    @Override
    public Void visit(Inline.Text t) {
        w.text(t.text());
        return null;
    }

    @Override
    public Void visit(Inline.Arg arg) {
        argText(arg);
        return null;
    }

    /** A formatted argument, in {@code <bdi>} when it must be isolated. */
    void argText(Inline.Arg arg) {
        if (arg.isolate()) w.open("bdi").text(arg.text()).close("bdi");
        else w.text(arg.text());
    }

    @Override
    public Void visit(Inline.Emphasis e) {
        w.open("em");
        all(e.children());
        w.close("em");
        return null;
    }

    @Override
    public Void visit(Inline.Strong s) {
        w.open("strong");
        all(s.children());
        w.close("strong");
        return null;
    }

    @Override
    public Void visit(Inline.TermRef t) {
        Term term = a.term(t.id());
        if (term == null) {
            out.problem("render.unknown-ref", key, "glossary term '" + t.id() + "' does not exist; rendered as text");
            return all(t.children());
        }
        boolean abbr = term.kind() == TermKind.ABBREVIATION;
        boolean first = expandedTerms.add(term.id());
        String el = abbr ? "abbr" : "span";
        w.open(el);
        if (abbr && first && term.expansion() != null) w.attr("title", out.plain(term.expansion()));
        if (term.doNotTranslate()) w.attr("translate", "no");
        if (t.children().isEmpty()) out.inlineIn(term.text(), true);
        else all(t.children());
        w.close(el);
        return null;
    }

    @Override
    public Void visit(Inline.LinkRef l) {
        LinkTarget target = a.link(l.id());
        Optional<String> href = target == null ? Optional.empty() : out.safeUrl(target.href(), key);
        if (target == null) {
            out.problem("render.unknown-ref", key, "link '" + l.id() + "' is not defined in the article's links; rendered as text");
        }
        if (href.isEmpty() || noLinks) return all(l.children());
        String messageKey = key;
        out.link(href.get(), null, () -> write(l.children(), messageKey, true));
        return null;
    }

    @Override
    public Void visit(Inline.CiteRef c) {
        if (!noLinks) out.cite(c.id(), key);
        return null;
    }
}
