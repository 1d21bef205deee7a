package io.healthpage.render;

import static io.healthpage.render.TestArticles.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.Message;
import io.healthpage.model.TextStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private final HtmlRenderer fragment = HtmlRenderer.builder().build();

    private Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void articleIsLabelledByItsTitleAndCarriesLangAndDir() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        Element article = d.selectFirst("article");
        assertNotNull(article);
        assertEquals("en", article.attr("lang"));
        assertEquals("ltr", article.attr("dir"));
        Element title = d.getElementById(article.attr("aria-labelledby"));
        assertNotNull(title);
        assertEquals("h1", title.tagName());
        assertEquals("How long does relief last?", title.text());
    }

    @Test
    void headingsAreNestedFromTheBaseLevel() {
        for (int base = 1; base <= 3; base++) {
            Document d = parse(HtmlRenderer.builder().headingBase(base).build().render(TestArticles.sample()).html());
            int previous = base - 1;
            for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertTrue(level >= base, "heading below base: " + h);
                assertTrue(level <= previous + 1, "heading skips a level after h" + previous + ": " + h);
                previous = level;
            }
            assertEquals("h" + base, d.getElementById("hp-title").tagName());
            // the callout inside a top-level section is one level below the section heading, never a fixed h3
            assertEquals("h" + (base + 2), d.getElementById("hp-warn-h").tagName());
            // the callout in a subsection is one deeper still
            assertEquals("h" + (base + 3), d.getElementById("hp-tip-h").tagName());
        }
    }

    @Test
    void breadcrumbIsANavWithCurrentPageLast() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        Element nav = d.selectFirst("nav.hp-breadcrumb");
        assertEquals("Breadcrumb", nav.attr("aria-label"));
        List<Element> items = nav.select("ol > li");
        assertEquals(2, items.size());
        assertEquals("page", items.get(1).selectFirst("a").attr("aria-current"));
        assertFalse(items.get(0).selectFirst("a").hasAttr("aria-current"));
    }

    @Test
    void idPrefixKeepsTwoArticlesApart() {
        String one = HtmlRenderer.builder().idPrefix("a-").build().render(TestArticles.sample()).html();
        String two = HtmlRenderer.builder().idPrefix("b-").build().render(TestArticles.sample()).html();
        Document d = parse(one + two);
        List<String> ids = new ArrayList<>();
        for (Element e : d.select("[id]")) ids.add(e.id());
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids: " + ids);
        // every fragment link points inside its own article
        for (Element a : d.select("a[href^=#]")) assertNotNull(d.getElementById(a.attr("href").substring(1)), a.toString());
    }

    @Test
    void noClassesWhenClassPrefixIsNull() {
        String html = HtmlRenderer.builder().classPrefix(null).build().render(TestArticles.sample()).html();
        assertTrue(parse(html).select("[class]").isEmpty());
    }

    @Test
    void citationsHaveAccessibleNamesAndBackLinks() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        List<Element> cites = d.select("sup.hp-cite a");
        assertEquals(2, cites.size());
        assertEquals("Reference 1: NCBI Bookshelf, 2022", cites.get(0).attr("aria-label"));
        assertEquals("#hp-ref-ncbi", cites.get(0).attr("href"));
        assertTrue(!cites.get(0).id().equals(cites.get(1).id()));
        Element ref = d.getElementById("hp-ref-ncbi");
        assertEquals("Ketamine in Acute and Chronic Pain Management", ref.selectFirst("cite").text());
        Element back = ref.selectFirst("a.hp-backlink");
        assertEquals("#" + cites.get(0).id(), back.attr("href"));
        assertEquals("Back to citation 1 in the text", back.attr("aria-label"));
        assertTrue(ref.select("time[datetime=2026-11-01]").size() == 1);
    }

    @Test
    void abbreviationsAreExpandedOnFirstUseOnly() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        List<Element> abbrs = d.select("abbr");
        assertEquals("N-methyl-D-aspartate", abbrs.get(0).attr("title"));
        assertFalse(abbrs.get(1).hasAttr("title"));
        assertEquals("no", abbrs.get(0).attr("translate"));
        assertEquals("NMDA", d.selectFirst("dl dt dfn").text());
    }

    @Test
    void datesAreTimeElementsInTheLocalesFormat() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        Element t = d.selectFirst("time[datetime=2026-10-01]");
        assertEquals("October 1, 2026", t.text());
        assertEquals("Last reviewed October 1, 2026", t.parent().text());
        assertNotNull(d.selectFirst("time[datetime=2027-10-01]"));
    }

    @Test
    void externalLinksGetRelAndNewTabNote() {
        Document same = parse(fragment.render(TestArticles.sample()).html());
        Element nih = same.selectFirst("a[href=https://www.nih.gov/]");
        assertEquals("noopener noreferrer", nih.attr("rel"));
        assertFalse(nih.hasAttr("target"));
        Document tab = parse(HtmlRenderer.builder().externalLinks(ExternalLinks.NEW_TAB).build().render(TestArticles.sample()).html());
        Element nih2 = tab.selectFirst("a[href=https://www.nih.gov/]");
        assertEquals("_blank", nih2.attr("target"));
        assertTrue(nih2.text().endsWith("(opens in a new tab)"), nih2.text());
        // relative links are not external
        assertFalse(tab.selectFirst("a[href=/articles/other]").hasAttr("target"));
    }

    @Test
    void relatedLinksUseTheTargetTitleNotReadMore() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        Element a = d.selectFirst("p.hp-related a");
        assertEquals("Other pain treatments", a.text());
        assertEquals("Read more:", d.selectFirst("p.hp-related .hp-related-label").text());
    }

    @Test
    void tablesAndFiguresAreAccessible() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        assertEquals("Doses", d.selectFirst("table caption").text());
        assertEquals(2, d.select("thead th[scope=col]").size());
        assertEquals(1, d.select("tbody th[scope=row]").size());
        assertEquals("A diagram of a receptor", d.selectFirst("figure img").attr("alt"));
    }

    @Test
    void faqAsDetailsOrHeadings() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        assertEquals("Is it safe?", d.selectFirst("details summary").text());
        Document h = parse(HtmlRenderer.builder().faqStyle(FaqStyle.HEADINGS).build().render(TestArticles.sample()).html());
        assertTrue(h.select("details").isEmpty());
        assertEquals("h3", h.getElementById("hp-faq-q1").tagName());
    }

    @Test
    void unitsInAnotherLanguageAreMarked() {
        Locale es = Locale.forLanguageTag("es");
        Article spanish = TestArticles.sample().mapMessages(msg -> msg.key().equals("section.what.p1")
                ? msg.withText(msg.pattern(), Locale.ENGLISH, TextStatus.FALLBACK_STALE)
                : msg.withText(msg.pattern(), es, TextStatus.TRANSLATED)).toBuilder().locale(es).build();
        RenderResult res = fragment.render(spanish);
        Document d = parse(res.html());
        assertEquals("es", d.selectFirst("article").attr("lang"));
        Element p = d.select("p").stream().filter(e -> e.text().startsWith("It blocks")).findFirst().orElseThrow();
        assertEquals("en", p.attr("lang"));
        assertEquals("ltr", p.attr("dir"));
        // only the fallback unit is marked; Spanish units inherit from the root
        assertNull(d.selectFirst("h1").attributes().get("lang").isEmpty() ? null : "marked");
        String notices = d.selectFirst(".hp-notices").text();
        assertTrue(notices.contains("not been medically reviewed"), notices);
        assertTrue(notices.contains("because the translation is out of date"), notices);
    }

    @Test
    void rightToLeftRootGetsDirRtl() {
        Locale ar = Locale.forLanguageTag("ar");
        Article arabic = TestArticles.sample().mapMessages(msg -> msg.withText(msg.pattern(), ar, TextStatus.TRANSLATED))
                .toBuilder().locale(ar).build();
        Document d = parse(fragment.render(arabic).html());
        assertEquals("rtl", d.selectFirst("article").attr("dir"));
        assertEquals("ar", d.selectFirst("article").attr("lang"));
    }

    @Test
    void unsafeUrlsAreDroppedAndReported() {
        Article a = TestArticles.sample().toBuilder().link(new LinkTarget("bad", "javascript:alert(1)")).build();
        a = a.toBuilder().lead(new io.healthpage.model.Paragraph("x", m("lead.x", "Click <link:bad>here</link:bad>."))).build();
        RenderResult res = fragment.render(a);
        assertFalse(res.html().contains("javascript"), res.html());
        assertTrue(res.problems().stream().anyMatch(p -> p.rule().equals("render.url-dropped")), res.problems().toString());
        assertTrue(parse(res.html()).text().contains("Click here."));
    }

    @Test
    void aBrokenMessageFallsOutWithoutBreakingThePage() {
        Article a = TestArticles.sample().toBuilder()
                .lead(new io.healthpage.model.Paragraph("broken",
                        Message.builder("lead.broken", "{n, plural, one {x}", Locale.ENGLISH).build()))
                .build();
        RenderResult res = fragment.render(a);
        assertTrue(res.problems().stream().anyMatch(p -> p.key().equals("lead.broken") && p.rule().equals("render.message-broken")));
        assertTrue(res.html().endsWith("</article>\n"));
        assertTrue(parse(res.html()).selectFirst("h1") != null);
    }

    @Test
    void pageModeIsACompleteDocument() {
        HtmlRenderer page = HtmlRenderer.builder().mode(OutputMode.PAGE).build();
        String html = page.render(TestArticles.sample(), new PageContext(false, List.of(
                new Alternate(Locale.ENGLISH, "/en/sample", "English"), new Alternate(Locale.forLanguageTag("ar"), "/ar/sample", "العربية")))).html();
        Document d = Jsoup.parse(html);
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertEquals("How long does relief last?", d.title());
        assertNotNull(d.selectFirst("main article"));
        assertNotNull(d.selectFirst("head style"));
        assertNotNull(d.selectFirst("head script[type=application/ld+json]"));
        assertEquals("ar", d.selectFirst("head link[hreflang=ar]").attr("hreflang"));
        Element arLink = d.selectFirst("nav.hp-languages a[hreflang=ar]");
        assertEquals("ar", arLink.attr("lang"));
        assertEquals("rtl", arLink.attr("dir"));
        assertEquals("page", d.selectFirst("nav.hp-languages a[hreflang=en]").attr("aria-current"));
    }

    @Test
    void outputHasNoScriptsHandlersOrStyleAttributes() {
        Document d = parse(fragment.render(TestArticles.sample()).html());
        assertTrue(d.select("script, style, [style]").isEmpty());
        for (Element e : d.getAllElements()) {
            e.attributes().forEach(at -> assertFalse(at.getKey().startsWith("on"), e.toString()));
        }
    }
}
