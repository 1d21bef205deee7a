package io.healthpage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Block;
import io.healthpage.model.Callout;
import io.healthpage.model.Figure;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Block renderers and attribute providers: what they can do, and that they cannot leave the safe vocabulary. */
class RendererExtensionTest {

    private static String render(HtmlRenderer.Builder b) {
        return b.build().render(TestArticles.sample()).html();
    }

    /** A renderer for callouts that runs {@code body} and nothing else. */
    private static HtmlRenderer.Builder callouts(Consumer<RenderContext> body) {
        return HtmlRenderer.builder().blockRenderer(Callout.class, (c, out) -> body.accept(out));
    }

    private static IllegalArgumentException refused(HtmlRenderer.Builder b) {
        return assertThrows(IllegalArgumentException.class, () -> render(b));
    }

    // ------------------------------------------------------------------ block renderers

    @Test
    void aBlockRendererReplacesOneBlockTypeAndLeavesTheOthers() {
        String html = render(HtmlRenderer.builder().blockRenderer(Callout.class, (c, out) -> {
            out.open("aside").attribute("class", "box box-" + c.kind().name().toLowerCase(Locale.ROOT));
            out.open("p").attribute("class", "box-title").message(c.title() != null ? c.title() : out.label("callout.tip")).close("p");
            out.blocks(c.body());
            out.close("aside");
        }));
        assertTrue(html.contains("<aside class=\"box box-warning\"><p class=\"box-title\">Only with a doctor</p><p>Do not drive.</p>\n</aside>"), html);
        // the untitled tip gets the localized kind label through the context
        assertTrue(html.contains("<aside class=\"box box-tip\"><p class=\"box-title\">Tip</p><p>Ask.</p>\n</aside>"), html);
        assertFalse(html.contains("hp-callout"), "the built-in callout markup is gone: " + html);
        // every other block is written as before
        String plain = render(HtmlRenderer.builder());
        assertTrue(plain.contains("<ul id=\"hp-b1\">\n<li>One</li>\n<li>Two</li>\n</ul>\n"), plain);
        assertTrue(html.contains("<ul id=\"hp-b1\">\n<li>One</li>\n<li>Two</li>\n</ul>\n"), html);
        assertEquals(cut(plain, "<table", "</table>"), cut(html, "<table", "</table>"));
    }

    private static String cut(String s, String from, String to) {
        int i = s.indexOf(from);
        return s.substring(i, s.indexOf(to, i) + to.length());
    }

    @Test
    void aBlockRendererCanWrapTheBuiltInRendering() {
        String html = render(HtmlRenderer.builder().blockRenderer(Callout.class, (c, out) -> {
            out.open("div").attribute("class", "host-card").attribute("data-kind", c.kind().name());
            out.renderDefault(c);
            out.close("div");
        }));
        assertTrue(html.contains("<div class=\"host-card\" data-kind=\"WARNING\"><div id=\"hp-warn\" class=\"hp-callout hp-callout-warning\" "
                + "role=\"note\" aria-labelledby=\"hp-warn-h\">\n<h3 id=\"hp-warn-h\">"), html);
        assertTrue(html.contains("<p>Do not drive.</p>\n</div>\n</div>"), html);
    }

    @Test
    void theContextGivesTheHeadingLevelAndPrefixedIdsAndBlocksNestOneDeeper() {
        List<String> seen = new ArrayList<>();
        String html = render(HtmlRenderer.builder().headingBase(2).blockRenderer(Callout.class, (c, out) -> {
            String id = out.id("box-" + c.id());
            seen.add(out.headingLevel() + " " + id);
            out.open("section").attribute("aria-labelledby", id);
            out.open("h" + out.headingLevel()).attribute("id", id).text("Box").close("h" + out.headingLevel());
            out.blocks(c.body());
            out.close("section");
        }));
        // base 2: section "what" is h3, its callout's heading h4; the subsection's callout h5
        assertEquals(List.of("4 hp-box-warn", "5 hp-box-tip"), seen);
        assertTrue(html.contains("<section aria-labelledby=\"hp-box-warn\"><h4 id=\"hp-box-warn\">Box</h4><p>Do not drive.</p>\n</section>"), html);
    }

    @Test
    void aBlockRendererSeesTheOtherRenderersForItsChildren() {
        String html = render(HtmlRenderer.builder()
                .blockRenderer(Callout.class, (c, out) -> out.open("aside").blocks(c.body()).close("aside"))
                .blockRenderer(Paragraph.class, (p, out) -> out.open("p").attribute("class", "para").message(p.text()).close("p")));
        assertTrue(html.contains("<aside><p class=\"para\">Do not drive.</p></aside>"), html);
    }

    @Test
    void aLaterRegistrationForTheSameTypeWins() {
        String html = render(HtmlRenderer.builder()
                .blockRenderer(Table.class, (t, out) -> out.text("first"))
                .blockRenderer(Table.class, (t, out) -> out.open("p").text("second").close("p")));
        assertFalse(html.contains("first"));
        assertTrue(html.contains("<p>second</p>"), html);
        assertFalse(html.contains("<table"), html);
    }

    @Test
    void registeringTheBlockInterfaceItselfIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlRenderer.builder().blockRenderer(Block.class, (b, out) -> { }));
        assertTrue(e.getMessage().contains("Callout.class"), e.getMessage());
    }

    @Test
    void toBuilderKeepsTheExtensions() {
        HtmlRenderer r = HtmlRenderer.builder()
                .blockRenderer(Table.class, (t, out) -> out.open("p").text("custom table").close("p"))
                .attributeProvider(e -> { if (e.part().equals("article")) e.attribute("data-host", "x"); })
                .build();
        String html = r.toBuilder().idPrefix("y-").build().render(TestArticles.sample()).html();
        assertTrue(html.contains("<p>custom table</p>"), html);
        assertTrue(html.startsWith("<article class=\"hp-article\" id=\"y-article\" lang=\"en\" dir=\"ltr\" aria-labelledby=\"y-title\" data-host=\"x\">"), html);
    }

    // ------------------------------------------------------------------ attribute providers

    @Test
    void aProviderAddsClassesToTheRenderersOwnAndDataAttributes() {
        String html = render(HtmlRenderer.builder().attributeProvider(e -> {
            if (e.part().equals("callout")) e.attribute("class", "card shadow");
            if (e.part().equals("link")) e.attribute("data-track", "article-link");
            if (e.part().equals("section")) e.attribute("aria-describedby", "hp-disclaimer");
        }));
        assertTrue(html.contains("<div id=\"hp-warn\" class=\"hp-callout hp-callout-warning card shadow\" role=\"note\" aria-labelledby=\"hp-warn-h\">"), html);
        assertTrue(html.contains("See <a href=\"https://www.nih.gov/\" rel=\"noopener noreferrer\" data-track=\"article-link\">the NIH page</a>."), html);
        assertTrue(html.contains("<section class=\"hp-section\" id=\"hp-what\" aria-labelledby=\"hp-what-h\" aria-describedby=\"hp-disclaimer\">"), html);
    }

    @Test
    void withoutAClassPrefixAProvidersClassIsTheOnlyOne() {
        String html = render(HtmlRenderer.builder().classPrefix(null)
                .attributeProvider(e -> { if (e.part().equals("callout")) e.attribute("class", "card"); }));
        assertTrue(html.contains("<div id=\"hp-warn\" role=\"note\" aria-labelledby=\"hp-warn-h\" class=\"card\">"), html);
    }

    @Test
    void aProviderKnowsTheTagThePartAndTheBlock() {
        List<String> seen = new ArrayList<>();
        render(HtmlRenderer.builder().attributeProvider(e -> {
            String block = e.block().map(b -> b.getClass().getSimpleName() + (b.id() == null ? "" : "#" + b.id())).orElse("-");
            seen.add(e.tag() + " " + e.part() + " " + block);
        }));
        assertTrue(seen.contains("article article -"), seen.toString());
        assertTrue(seen.contains("h1 title -"), seen.toString());
        assertTrue(seen.contains("h2 section-heading -"), seen.toString());
        assertTrue(seen.contains("div callout Callout#warn"), seen.toString());
        assertTrue(seen.contains("h3 callout-heading Callout#warn"), seen.toString());
        assertTrue(seen.contains("span callout-kind Callout#warn"), seen.toString());
        // the paragraph inside the callout belongs to the paragraph, not to the callout
        assertTrue(seen.contains("p paragraph Paragraph#wp"), seen.toString());
        assertTrue(seen.contains("img image Figure#fig"), seen.toString());
        assertTrue(seen.contains("table table Table#tbl"), seen.toString());
        assertTrue(seen.contains("a link Paragraph#p1"), seen.toString());
        assertTrue(seen.contains("sup cite Paragraph#p1"), seen.toString());
        assertTrue(seen.contains("section references -"), seen.toString());
        // elements without a part are not offered
        assertFalse(seen.stream().anyMatch(s -> s.startsWith("li ") || s.startsWith("em ") || s.startsWith("tbody ")), seen.toString());
    }

    @Test
    void providersSeeTheElementsThatBlockRenderersWriteWithTheBuiltInRendering() {
        List<String> seen = new ArrayList<>();
        render(HtmlRenderer.builder()
                .blockRenderer(Callout.class, (c, out) -> out.open("aside").renderDefault(c).close("aside"))
                .attributeProvider(e -> seen.add(e.tag() + " " + e.part())));
        assertTrue(seen.contains("div callout"), seen.toString());
        assertFalse(seen.contains("aside null"), "the extension's own elements are its own business: " + seen);
    }

    // ------------------------------------------------------------------ hostile extensions: refused

    @Test
    void elementsOutsideTheVocabularyAreRefused() {
        for (String tag : new String[] {"script", "style", "iframe", "svg", "math", "object", "form", "input", "marquee", "base",
                "SCRIPT", "Div", "p onclick=alert(1)", "p>", "", "img src=x"}) {
            IllegalArgumentException e = refused(callouts(out -> out.open(tag)));
            assertTrue(e.getMessage().contains("<" + tag + "> is not in the article vocabulary"), e.getMessage());
            assertTrue(e.getMessage().contains("the renderer extension for Callout"), e.getMessage());
        }
    }

    @Test
    void eventHandlersStyleAndMalformedNamesAreRefused() {
        for (String name : new String[] {"onclick", "onerror", "ONMOUSEOVER", "onfocus", "style", "STYLE"}) {
            IllegalArgumentException e = refused(callouts(out -> out.open("div").attribute(name, "alert(1)")));
            assertTrue(e.getMessage().contains("is never allowed"), name + ": " + e.getMessage());
        }
        for (String name : new String[] {"data-x\" onclick=\"alert(1)", "class onclick", "x", "formaction", "srcdoc", "xlink:href",
                "data-", "data-X", "data-x y", "aria-hidden\"", "Class", ""}) {
            refused(callouts(out -> out.open("div").attribute(name, "v")));
        }
        // attributes of another element are not allowed here
        refused(callouts(out -> out.open("div").attribute("href", "https://example.org/")));
        refused(callouts(out -> out.open("p").attribute("src", "https://example.org/a.png")));
    }

    @Test
    void attributesTheRendererOwnsAreRefused() {
        for (String name : new String[] {"lang", "dir", "target"}) {
            IllegalArgumentException e = refused(callouts(out -> out.open("a").attribute(name, "de")));
            assertTrue(e.getMessage().contains("is set by the renderer"), e.getMessage());
        }
    }

    @Test
    void valuesThatDoNotFitTheirAttributeAreRefused() {
        refused(callouts(out -> out.open("div").attribute("class", "a\" onclick=\"alert(1)")));
        refused(callouts(out -> out.open("div").attribute("role", "note;alert(1)")));
        refused(callouts(out -> out.open("div").attribute("aria-labelledby", "a\"b")));
        refused(callouts(out -> out.open("div").attribute("hidden", "yes please")));
        refused(callouts(out -> out.open("img").attribute("width", "100%")));
        refused(callouts(out -> out.open("div").attribute("id", "hp-x\" onclick=\"y")));
    }

    @Test
    void anAttributeIsWrittenOnce() {
        refused(callouts(out -> out.open("div").attribute("class", "a").attribute("class", "b")));
    }

    @Test
    void idsMustCarryThePrefixAndBeUniqueOnThePage() {
        IllegalArgumentException e = refused(callouts(out -> out.open("div").attribute("id", "main").close("div")));
        assertTrue(e.getMessage().contains("does not start with the renderer's id prefix \"hp-\""), e.getMessage());
        // the renderer's own ids, before and after the block: the article, a section, the references
        for (String id : new String[] {"hp-article", "hp-title", "hp-what", "hp-references", "hp-ref-ncbi", "hp-term-nmda"}) {
            e = refused(callouts(out -> out.open("div").attribute("id", id).close("div")));
            assertTrue(e.getMessage().contains("\"" + id + "\""), e.getMessage());
        }
        // the same id from two blocks
        e = refused(callouts(out -> out.open("div").attribute("id", out.id("box")).close("div")));
        assertTrue(e.getMessage().contains("\"hp-box\" is already on the page"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> render(callouts(out -> out.id("Box X"))));
    }

    @Test
    void tagsMustBeClosedInOrderAndVoidElementsNever() {
        IllegalArgumentException e = refused(callouts(out -> out.open("div").open("p").close("div")));
        assertTrue(e.getMessage().contains("</div> does not close the innermost element it opened, <p>"), e.getMessage());
        e = refused(callouts(out -> out.open("div")));
        assertTrue(e.getMessage().contains("left <div> open"), e.getMessage());
        refused(callouts(out -> out.close("div")));
        refused(callouts(out -> out.open("img").close("img")));
        // a block renderer cannot close an element the renderer opened around it
        refused(callouts(out -> out.close("section")));
    }

    @Test
    void callOrderMistakesAreIllegalState() {
        assertThrows(IllegalStateException.class, () -> render(callouts(out -> out.attribute("class", "x"))));
        assertThrows(IllegalStateException.class, () -> render(callouts(out -> out.open("p").text("a").attribute("class", "x").close("p"))));
        AtomicReference<RenderContext> kept = new AtomicReference<>();
        render(callouts(kept::set));
        assertThrows(IllegalStateException.class, () -> kept.get().open("p"));
        assertThrows(IllegalStateException.class, () -> kept.get().text("late"));
    }

    @Test
    void hostileProviderAttributesAreRefused() {
        for (String[] attr : new String[][] {{"onmouseover", "alert(1)"}, {"style", "color:red"}, {"id", "hp-x"}, {"href", "#"},
                {"lang", "de"}, {"dir", "rtl"}, {"target", "_blank"}, {"src", "x"}, {"class", "a\"b"}, {"role", "note"},
                {"data-x\" onclick=\"y", "v"}, {"srcset", "x"}, {"aria-current", "evil"}}) {
            HtmlRenderer.Builder b = HtmlRenderer.builder().attributeProvider(e -> {
                if (e.part().equals("callout")) e.attribute(attr[0], attr[1]);
            });
            IllegalArgumentException e = refused(b);
            assertTrue(e.getMessage().startsWith("attribute provider on the callout <div>"), e.getMessage());
        }
        AtomicReference<RenderedElement> kept = new AtomicReference<>();
        render(HtmlRenderer.builder().attributeProvider(kept::set));
        assertThrows(IllegalStateException.class, () -> kept.get().attribute("data-late", "x"));
    }

    // ------------------------------------------------------------------ hostile extensions: neutralised

    @Test
    void textAndAttributeValuesAreEscapedSoMarkupStaysText() {
        String html = render(callouts(out -> {
            out.open("p").attribute("data-note", "\"><script>alert(1)</script>").attribute("aria-label", "x\" onclick=\"y")
                    .text("<script>alert(1)</script><img src=x onerror=alert(1)>").close("p");
        }));
        assertTrue(html.contains("<p data-note=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" aria-label=\"x&quot; onclick=&quot;y\">"
                + "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>"), html);
        Document d = Jsoup.parseBodyFragment(html);
        assertTrue(d.select("script, [onclick], [onerror]").isEmpty(), html);
    }

    @Test
    void urlsPassThePolicyOrAreDroppedAndReported() {
        HtmlRenderer r = callouts(out -> {
            out.open("a").attribute("href", "javascript:alert(1)").text("one").close("a");
            out.open("a").attribute("href", " JaVa\tScRiPt:alert(1)").text("two").close("a");
            out.open("img").attribute("src", "data:image/svg+xml,%3Csvg onload=alert(1)%3E").attribute("alt", "");
            out.open("blockquote").attribute("cite", "vbscript:x").close("blockquote");
            out.open("a").attribute("href", "HTTPS://Example.ORG/a b").text("three").close("a");
            out.open("a").attribute("href", "#hp-ref-ncbi").text("four").close("a");
        }).build();
        RenderResult result = r.render(TestArticles.sample());
        String html = result.html();
        assertTrue(html.contains("<a>one</a><a>two</a><img alt=\"\"><blockquote></blockquote>"
                + "<a href=\"https://example.org/a%20b\">three</a><a href=\"#hp-ref-ncbi\">four</a>"), html);
        long dropped = result.problems().stream().filter(p -> p.rule().equals("render.url-dropped")).count();
        assertEquals(8, dropped, "four URLs in each of the two callouts: " + result.problems());
        assertTrue(result.problems().stream().anyMatch(p -> p.rule().equals("render.url-dropped") && "warn".equals(p.key())),
                "the problem names the block: " + result.problems());
    }

    @Test
    void aRefusalEndsTheRenderAndLeavesTheRendererUsable() {
        List<String> figures = new ArrayList<>();
        HtmlRenderer r = HtmlRenderer.builder().blockRenderer(Figure.class, (f, out) -> {
            figures.add(f.id());
            if (figures.size() == 1) out.open("script");
            else out.open("p").text("figure").close("p");
        }).build();
        assertThrows(IllegalArgumentException.class, () -> r.render(TestArticles.sample()));
        // the same renderer renders again (no state left from the failed call)
        assertTrue(r.render(TestArticles.sample()).html().contains("<p>figure</p>"));
        assertEquals(List.of("fig", "fig"), figures);
    }

    @Test
    void theOutputOfExtensionsKeepsTheDocumentTree() {
        // what an extension writes is parsed back into the same elements (no unclosed or stray tags)
        String html = render(HtmlRenderer.builder()
                .blockRenderer(Callout.class, (c, out) -> out.open("aside").open("br").open("hr").renderDefault(c).close("aside"))
                .attributeProvider(e -> { if (e.part().equals("callout-heading")) e.attribute("data-level", e.tag()); }));
        Document d = Jsoup.parseBodyFragment(html);
        Element aside = d.selectFirst("aside");
        assertNotNull(aside);
        assertEquals("div", aside.child(2).tagName(), aside.outerHtml());
        assertEquals("h3", d.getElementById("hp-warn-h").attr("data-level"));
    }
}
