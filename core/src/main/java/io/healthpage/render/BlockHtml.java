package io.healthpage.render;

import io.healthpage.model.Block;
import io.healthpage.model.BlockVisitor;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.Figure;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Quote;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in HTML of each block type: the one place in the renderer where a new block type gets
 * its markup (the compiler asks for it through {@link BlockVisitor}). A {@link BlockRenderer} can
 * replace it per type. One per render; not thread-safe.
 */
final class BlockHtml implements BlockVisitor<Void> {
    private final HtmlArticleWriter out;
    private final TagWriter w;
    /** The level of the heading the block being written stands under. */
    private int level;

    BlockHtml(HtmlArticleWriter out, TagWriter w) {
        this.out = out;
        this.w = w;
    }

    /** Writes {@code b}, which stands under a heading of level {@code h}. */
    void write(Block b, int h) {
        int saved = level;
        level = h;
        b.accept(this);
        level = saved;
    }

    @Override
    public Void visit(Paragraph p) {
        out.blockMessage("p", "paragraph", null, p.text());
        return null;
    }

    @Override
    public Void visit(BulletList l) {
        w.open("ul", "bullet-list");
        out.blockId(l);
        w.nl();
        for (Message m : l.items()) out.blockMessage("li", null, null, m);
        w.close("ul").nl();
        return null;
    }

    @Override
    public Void visit(NumberedList l) {
        w.open("ol", "numbered-list");
        out.blockId(l);
        out.cls("numbered");
        w.nl();
        for (ListItem it : l.items()) {
            w.open("li");
            if (it.title() != null) {
                out.open("p", "item-title", "item-title");
                out.lang(it.title().locale());
                w.open("strong");
                out.inlineIn(it.title());
                w.close("strong").close("p");
                if (it.body() != null) out.blockMessage("p", null, null, it.body()); // a title alone: no empty body element
            } else {
                w.open("p");
                out.lang(it.body().locale());
                out.inlineIn(it.body());
                w.close("p");
            }
            w.close("li").nl();
        }
        w.close("ol").nl();
        return null;
    }

    @Override
    public Void visit(Callout c) {
        String kind = c.kind().name().toLowerCase(Locale.ROOT);
        String hid = out.calloutHeadingId(c);
        w.open("div", "callout");
        out.blockId(c);
        out.cls("callout", "callout-" + kind);
        w.attr("role", "note").attr("aria-labelledby", hid).nl();
        Message kindLabel = out.label("callout." + kind);
        if (c.title() != null) out.heading(level + 1, "callout-heading", hid, c.title(), kindLabel);
        else out.heading(level + 1, "callout-heading", hid, kindLabel, null);
        out.blocks(c.body(), level + 1);
        w.close("div").nl();
        return null;
    }

    @Override
    public Void visit(Quote q) {
        w.open("figure", "quote");
        out.blockId(q);
        out.cls("quote");
        w.nl().open("blockquote");
        out.lang(q.text().locale());
        w.open("p");
        out.inlineIn(q.text());
        w.close("p").close("blockquote").nl();
        if (q.source() != null || q.referenceId() != null) {
            w.open("figcaption");
            if (q.source() != null) out.span(q.source());
            if (q.referenceId() != null) out.cite(q.referenceId(), q.text().key());
            w.close("figcaption").nl();
        }
        w.close("figure").nl();
        return null;
    }

    @Override
    public Void visit(Figure f) {
        Optional<String> src = out.safeUrl(f.src(), f.id() == null ? "figure" : f.id());
        if (src.isEmpty()) return null;
        w.open("figure", "figure");
        out.blockId(f);
        out.cls("figure");
        w.nl().open("img", "image").attr("src", src.get()).attr("alt", f.decorative() ? "" : out.plain(f.alt()));
        if (f.alt() != null) out.lang(f.alt().locale());
        w.attr("loading", "lazy").attr("decoding", "async").nl();
        if (f.caption() != null || f.credit() != null) {
            w.open("figcaption");
            if (f.caption() != null) out.span(f.caption());
            if (f.credit() != null) {
                w.text(" ").open("small");
                out.span(f.credit());
                w.close("small");
            }
            w.close("figcaption").nl();
        }
        w.close("figure").nl();
        return null;
    }

    @Override
    public Void visit(Table t) {
        w.open("table", "table");
        out.blockId(t);
        out.cls("table");
        w.nl().open("caption");
        out.lang(t.caption().locale());
        out.inlineIn(t.caption());
        w.close("caption").nl();
        if (!t.header().isEmpty()) {
            w.open("thead").open("tr");
            for (Message m : t.header()) cell("th", "col", m);
            w.close("tr").close("thead").nl();
        }
        w.open("tbody").nl();
        for (List<Message> row : t.rows()) {
            w.open("tr");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0 && t.rowHeaders()) cell("th", "row", row.get(i));
                else cell("td", null, row.get(i));
            }
            w.close("tr").nl();
        }
        w.close("tbody").nl().close("table").nl();
        return null;
    }

    private void cell(String el, String scope, Message m) {
        w.open(el).attr("scope", scope);
        out.lang(m.locale());
        out.inlineIn(m);
        w.close(el);
    }

    @Override
    public Void visit(RelatedLink rl) {
        Message label = out.label("related." + rl.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        w.open("p", "related-link");
        out.blockId(rl);
        out.cls("related");
        out.open("span", "related-label", "related-label");
        out.lang(label.locale());
        out.inlineIn(label);
        w.close("span").text(" ");
        Optional<String> href = out.safeUrl(rl.href(), rl.title().key());
        if (href.isPresent()) out.link(href.get(), rl.title().locale(), () -> out.inlineIn(rl.title(), true));
        else out.span(rl.title());
        if (rl.description() != null) {
            w.text(" — ");
            out.span(rl.description());
        }
        w.close("p").nl();
        return null;
    }
}
