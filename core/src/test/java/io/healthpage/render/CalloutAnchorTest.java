package io.healthpage.render;

import static io.healthpage.render.TestArticles.m;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A callout without an id is labelled by an anchor that text edits elsewhere never move. */
class CalloutAnchorTest {

    private static Callout callout(String key, String title) {
        return new Callout(null, CalloutKind.WARNING, title == null ? null : m(key + ".title", title),
                List.of(new Paragraph(null, m(key + ".body", "Body of " + key))));
    }

    /** {@code intro} is the text before the callouts; {@code extraBlocks} paragraphs are inserted before them. */
    private static Article article(String intro, int extraBlocks) {
        List<Block> what = new ArrayList<>();
        for (int i = 0; i < extraBlocks; i++) what.add(new Paragraph(null, m("what.extra." + i, "Another paragraph " + i)));
        what.add(new Paragraph(null, m("what.intro", intro)));
        what.add(callout("what.c1", null));
        what.add(callout("what.c2", "Titled"));
        return Article.builder("anchors", TestArticles.EN)
                .title(m("title", "Anchors " + intro))
                .lead(new Paragraph(null, m("lead.p", intro)))
                .lead(callout("lead.c1", null))
                .section(new Section("what", m("what.heading", "What " + intro), what,
                        List.of(new Section("sub", m("sub.heading", "Sub"), List.of(callout("sub.c1", null)), List.of()))))
                .section(new Section("more", m("more.heading", "More"), List.of(callout("more.c1", null)), List.of()))
                .faq(new FaqItem("q1", m("faq.q1", "Question " + intro + "?"), List.of(callout("faq.c1", null))))
                .build();
    }

    /** For each callout, in document order: the id of its heading and whether the callout is labelled by it. */
    private static List<String> anchors(Article a, HtmlRenderer r) {
        List<String> out = new ArrayList<>();
        for (Element div : Jsoup.parseBodyFragment(r.render(a).html()).select("div[role=note]")) {
            String hid = div.attr("aria-labelledby");
            Element h = div.selectFirst("h1, h2, h3, h4, h5, h6");
            out.add(hid + (h != null && h.id().equals(hid) ? "" : " (heading has " + (h == null ? "none" : h.id()) + ")"));
        }
        return out;
    }

    private static final List<String> EXPECTED = List.of(
            "hp-lead-callout-1", "hp-what-callout-1", "hp-what-callout-2", "hp-sub-callout-1", "hp-more-callout-1", "hp-faq-q1-callout-1");

    @Test
    void anAnchorIsTheCalloutsPlaceAmongTheCalloutsOfItsSection() {
        HtmlRenderer r = HtmlRenderer.builder().build();
        assertEquals(EXPECTED, anchors(article("short", 0), r));
        assertEquals(List.of("x-lead-callout-1", "x-what-callout-1", "x-what-callout-2", "x-sub-callout-1", "x-more-callout-1",
                "x-faq-q1-callout-1"), anchors(article("short", 0), HtmlRenderer.builder().idPrefix("x-").faqStyle(FaqStyle.HEADINGS).build()));
    }

    @Test
    void editingTextOrAddingOtherBlocksBeforeACalloutDoesNotMoveItsAnchor() {
        HtmlRenderer r = HtmlRenderer.builder().build();
        String longer = "a much longer introduction, which used to shift every anchor after it ".repeat(20);
        assertEquals(EXPECTED, anchors(article(longer, 0), r));
        assertEquals(EXPECTED, anchors(article("short", 3), r));
        // other options that change the HTML before the callouts do not move them either
        assertEquals(EXPECTED, anchors(article("short", 0), HtmlRenderer.builder().mode(OutputMode.PAGE).tableOfContents(false).build()));
    }
}
