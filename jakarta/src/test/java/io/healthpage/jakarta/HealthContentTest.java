package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.render.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthContentTest {
    @TempDir
    static Path tmp;
    static HealthContent content;

    @BeforeAll
    static void load() throws Exception {
        content = HealthContent.load(ContentSource.directory(Fixture.content(tmp.resolve("c"))));
        assertEquals(List.of(), content.problems());
    }

    @ParameterizedTest(name = "Accept-Language {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "es-MX               | es",
            "ar-EG               | ar",
            "zh-CN               | zh-Hans",
            "*                   | en",
            "!!garbage;q=x, ,,   | en",
            "de-DE, es;q=0.5     | es",
    })
    void negotiatesAmongTheLanguagesTheArticleHas(String header, String expected) {
        assertEquals(expected, content.article(Fixture.ID).orElseThrow().negotiate(header).toLanguageTag());
    }

    @Test
    void aLanguageWithNothingUsableIsServedAsTheSourceNeverUnderItsOwnTag() {
        // ja has a bundle, so negotiation picks it; its only entry is stale, so the page is English and says so
        assertEquals("ja", content.article(Fixture.ID).orElseThrow().negotiate("ja").toLanguageTag());
        Rendered page = content.render(Rendered.Kind.PAGE, Fixture.ID, Locale.JAPANESE).orElseThrow();
        assertEquals(Locale.ENGLISH, page.language());
        assertTrue(page.text().startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), page.text().substring(0, 60));
        assertFalse(page.text().contains("ケタミン"));
        // a language the article does not have at all: the source
        assertEquals(Locale.ENGLISH, content.render(Rendered.Kind.JSON, Fixture.ID, Locale.GERMAN).orElseThrow().language());
    }

    @Test
    void theDoseCheckIsOnByDefault() throws Exception {
        String es = content.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag("es")).orElseThrow().text();
        assertTrue(es.contains(Fixture.ES_TITLE), "the faithful unit is translated");
        assertFalse(es.contains("50 mg"), "the changed dose is never shown");
        assertTrue(es.contains(Fixture.DOSE), "the source sentence stands in for it");

        HealthContent unchecked = HealthContent.builder(ContentSource.directory(tmp.resolve("c"))).doseCheck(false).build();
        String wrong = unchecked.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag("es")).orElseThrow().text();
        assertTrue(wrong.contains(Fixture.WRONG_DOSE), "without the check the wrong dose would show");
    }

    @Test
    void everyKindOfBody() {
        Locale ar = Locale.forLanguageTag("ar");
        Rendered page = content.render(Rendered.Kind.PAGE, Fixture.ID, ar).orElseThrow();
        assertTrue(page.text().contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(page.text().contains("<link rel=\"alternate\" hreflang=\"es\" href=\"?lang=es\">"), "switcher links");
        assertEquals("text/html;charset=utf-8", page.kind().mediaType());

        Rendered fragment = content.render(Rendered.Kind.FRAGMENT, Fixture.ID, ar).orElseThrow();
        assertTrue(fragment.text().startsWith("<article"), fragment.text().substring(0, 40));
        assertFalse(fragment.text().contains("<html"));
        assertTrue(fragment.text().contains(Fixture.AR_TITLE));

        Rendered jsonLd = content.render(Rendered.Kind.JSON_LD, Fixture.ID, ar).orElseThrow();
        assertTrue(jsonLd.text().contains("schema.org") && jsonLd.text().contains(Fixture.AR_TITLE));
        Rendered json = content.render(Rendered.Kind.JSON, Fixture.ID, ar).orElseThrow();
        assertTrue(json.text().contains("\"id\": \"" + Fixture.ID + "\"") && json.text().contains(Fixture.AR_TITLE));

        assertTrue(content.render(Rendered.Kind.PAGE, "no-such-article", ar).isEmpty());
    }

    @Test
    void strongEtagIsTheHashOfTheBytes() throws Exception {
        Rendered page = content.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag("zh-Hans")).orElseThrow();
        String expected = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(page.text().getBytes(StandardCharsets.UTF_8))) + "\"";
        assertEquals(expected, page.etag());
        assertNotEquals(page.etag(), content.render(Rendered.Kind.PAGE, Fixture.ID, Locale.ENGLISH).orElseThrow().etag());
    }

    @Test
    void theCspAllowsExactlyTheEmbeddedStylesheet() throws Exception {
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(HtmlRenderer.stylesheet().getBytes(StandardCharsets.UTF_8)));
        assertEquals("default-src 'none'; style-src 'sha256-" + hash + "'; img-src 'self' https: data:; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors 'none'", HealthContent.contentSecurityPolicy());
        String page = content.render(Rendered.Kind.PAGE, Fixture.ID, Locale.ENGLISH).orElseThrow().text();
        assertTrue(page.contains("<style>" + HtmlRenderer.stylesheet() + "</style>"));
    }

    @Test
    void theCacheIsKeyedByTheNegotiatedLocaleAndWarmRequestsRenderNothing() throws Exception {
        HealthContent c = HealthContent.load(ContentSource.directory(tmp.resolve("c")));
        Rendered first = c.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag("es-MX")).orElseThrow();
        // es-MX, es-419 and es all negotiate to es: one body, rendered once
        assertSame(first, c.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag("es")).orElseThrow());
        assertSame(first, c.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag("es-419")).orElseThrow());
        assertEquals(1, c.cacheStats().misses());
        // raw tags never become keys: 50 made-up regional variants of languages the article lacks cost one body
        for (int i = 0; i < 50; i++) c.render(Rendered.Kind.PAGE, Fixture.ID, new Locale("xx" + (char) ('a' + i % 26), "Q" + i % 10));
        assertEquals(2, c.cacheStats().misses(), c.cacheStats().toString());

        for (Rendered.Kind k : Rendered.Kind.values()) {
            for (String tag : List.of("en", "es", "ar", "zh-Hans", "ja")) c.render(k, Fixture.ID, Locale.forLanguageTag(tag));
        }
        long warmMisses = c.cacheStats().misses();
        for (int i = 0; i < 200; i++) {
            Rendered.Kind k = Rendered.Kind.values()[i % 4];
            c.render(k, Fixture.ID, Locale.forLanguageTag(List.of("es-MX", "ar-EG", "zh-CN", "ja", "en-GB").get(i % 5)));
        }
        assertEquals(warmMisses, c.cacheStats().misses(), "warm requests render nothing");
        assertTrue(c.cacheStats().hits() >= 200);
    }

    @Test
    void theCacheIsBounded() {
        HealthContent small = HealthContent.builder(ContentSource.directory(tmp.resolve("c"))).cacheSize(3).build();
        for (Rendered.Kind k : Rendered.Kind.values()) {
            for (String tag : List.of("en", "es", "ar", "zh-Hans")) {
                Rendered r = small.render(k, Fixture.ID, Locale.forLanguageTag(tag)).orElseThrow();
                assertTrue(small.cacheStats().size() <= 3, small.cacheStats().toString());
                assertEquals(tag, r.language().toLanguageTag()); // evictions never give a wrong body
            }
        }
        assertEquals(16, small.cacheStats().misses());
        assertThrows(IllegalArgumentException.class, () -> HealthContent.builder(ContentSource.directory(tmp)).cacheSize(0));
    }

    @Test
    void concurrentRendersGiveTheSameBodies() throws Exception {
        HealthContent c = HealthContent.load(ContentSource.directory(tmp.resolve("c")));
        List<String> tags = List.of("es-MX", "ar-EG", "zh-CN", "ja", "en");
        List<String> expected = new ArrayList<>();
        HealthContent reference = HealthContent.load(ContentSource.directory(tmp.resolve("c")));
        for (String t : tags) expected.add(reference.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag(t)).orElseThrow().etag());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < 25; i++) {
                        int n = (thread + i) % tags.size();
                        String etag = c.render(Rendered.Kind.PAGE, Fixture.ID, Locale.forLanguageTag(tags.get(n))).orElseThrow().etag();
                        if (!etag.equals(expected.get(n))) mismatches++;
                    }
                    return mismatches;
                }));
            }
            int mismatches = 0;
            for (Future<Integer> f : futures) mismatches += f.get();
            assertEquals(0, mismatches);
            assertEquals(tags.size(), c.cacheStats().misses(), "each body rendered once, however many threads asked");
        } finally {
            pool.shutdownNow();
        }
    }
}
