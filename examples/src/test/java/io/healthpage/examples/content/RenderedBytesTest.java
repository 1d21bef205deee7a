package io.healthpage.examples.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.render.ExternalLinks;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.text.MessageFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The example article rendered in every language it has, as a page (with JSON-LD, links opening in a new tab)
 * and as a fragment, must stay byte for byte what it was when the files under {@code rendered/} were written
 * (by the renderer of commit 3988fb1, before the hot-path work of issue 13 §3): performance work on the
 * localizer, the formatter and the renderer must not change a single byte. Each page is rendered twice by one
 * renderer, so cached second renders are held to the same bytes. A deliberate change of the output updates these
 * files in the same commit.
 */
class RenderedBytesTest {
    private static final String ID = "ketamine-pain-relief";

    @Test
    void everyLanguageRendersTheRecordedBytes() throws IOException {
        ContentLibrary.Entry entry = ContentLibrary.builtIn().article(ID).orElseThrow();
        List<Locale> locales = entry.locales();
        assertFalse(locales.size() < 2, "the example should have translations, has " + locales);
        MessageFormatter formatter = MessageFormatter.create();
        Localizer localizer = Localizer.builder().bundles(entry.bundles()).formatter(formatter).build();
        for (Locale locale : locales) {
            Localization loc = localizer.localize(entry.article(), locale);
            HtmlRenderer page = HtmlRenderer.builder().mode(OutputMode.PAGE).externalLinks(ExternalLinks.NEW_TAB)
                    .formatter(formatter).labels(loc.labels()).build();
            HtmlRenderer fragment = HtmlRenderer.builder().formatter(formatter).labels(loc.labels()).build();
            String tag = locale.toLanguageTag();
            for (int run = 1; run <= 2; run++) {
                assertEquals(recorded(tag + ".page.html"), page.render(loc.article()).html(), tag + " page, render " + run);
                assertEquals(recorded(tag + ".fragment.html"), fragment.render(loc.article()).html(), tag + " fragment, render " + run);
                loc = localizer.localize(entry.article(), locale);
            }
        }
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = RenderedBytesTest.class.getResourceAsStream("rendered/" + ID + "." + name)) {
            assertNotNull(in, "missing recorded output rendered/" + ID + "." + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
