package io.healthpage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.safety.Sanitizer;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The renderer emits only what the sanitizer's safelist allows, so it need not re-clean every render. */
class RendererSafetyTest {

    private static String normalized(String html) {
        return Jsoup.parseBodyFragment(html).body().html();
    }

    @Test
    void fragmentOutputPassesTheCleanerUnchanged() {
        for (HtmlRenderer r : new HtmlRenderer[] {
                HtmlRenderer.builder().build(),
                HtmlRenderer.builder().externalLinks(ExternalLinks.NEW_TAB).faqStyle(FaqStyle.HEADINGS).build(),
                HtmlRenderer.builder().classPrefix(null).idPrefix("x-").headingBase(3).build()}) {
            String html = r.render(TestArticles.sample()).html();
            assertEquals(normalized(html), normalized(Sanitizer.standard().sanitize(html)));
        }
    }

    @Test
    void localizedOutputPassesTheCleanerUnchanged() {
        Locale ar = Locale.forLanguageTag("ar");
        var arabic = TestArticles.sample().mapMessages(m -> m.key().startsWith("section")
                ? m.withText(m.pattern(), Locale.ENGLISH, io.healthpage.model.TextStatus.FALLBACK_MISSING)
                : m.withText(m.pattern(), ar, io.healthpage.model.TextStatus.TRANSLATED)).toBuilder().locale(ar).build();
        String html = HtmlRenderer.builder().build().render(arabic).html();
        assertEquals(normalized(html), normalized(Sanitizer.standard().sanitize(html)));
    }

    /**
     * Extensions that try everything that is not refused outright: markup in text and attribute values,
     * forbidden URLs, their own elements, classes and ARIA on the renderer's elements. The output still
     * passes the cleaner unchanged, but for the {@code data-*} attributes, which the sanitizer removes from
     * untrusted input by design; those carry only escaped text.
     */
    @Test
    void outputWithHostileExtensionsPassesTheCleanerUnchanged() {
        HtmlRenderer r = HtmlRenderer.builder().externalLinks(ExternalLinks.NEW_TAB)
                .blockRenderer(io.healthpage.model.Callout.class, (c, out) -> {
                    out.open("aside").attribute("class", "box").attribute("role", "note")
                            .attribute("data-payload", "\"><script>alert(1)</script>")
                            .attribute("aria-label", "\" onmouseover=\"alert(1)");
                    out.open("a").attribute("href", "javascript:alert(1)").text("<img src=x onerror=alert(1)>").close("a");
                    out.open("img").attribute("src", "data:text/html,<script>alert(1)</script>").attribute("alt", "<svg onload=alert(1)>");
                    out.open("q").attribute("cite", "https://example.org/\"onmouseover=\"x").text("q").close("q");
                    out.renderDefault(c);
                    out.close("aside");
                })
                .blockRenderer(io.healthpage.model.Paragraph.class, (p, out) ->
                        out.open("p").attribute("data-text", "</p><script>x</script>").message(p.text()).close("p"))
                .attributeProvider(e -> {
                    e.attribute("data-part", e.part() + "\"'<>&");
                    if (e.tag().equals("a")) e.attribute("class", "tracked");
                    if (e.part().equals("section")) e.attribute("aria-label", "<script>alert(1)</script>");
                })
                .build();
        String html = r.render(TestArticles.sample()).html();
        assertTrue(html.contains("data-part=\"callout&quot;&#39;&lt;&gt;&amp;\""), html);
        String withoutData = html.replaceAll(" data-[a-z-]+=\"[^\"]*\"", "");
        assertEquals(normalized(withoutData), normalized(Sanitizer.standard().sanitize(html)));
        org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(html);
        assertTrue(d.select("script, svg, [onmouseover], [onerror], [onload], [style]").isEmpty(), html);
        assertTrue(d.select("[href^=javascript], [src^=data]").isEmpty(), html);
        for (org.jsoup.nodes.Element el : d.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : el.attributes()) {
                assertTrue(a.getKey().matches("[a-z-]+"), "attribute name " + a.getKey());
            }
        }
    }
}
