package io.healthpage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
