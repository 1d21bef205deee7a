package io.healthpage.examples.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Localizer;
import io.healthpage.jakarta.LocalizedArticle;
import io.healthpage.jakarta.LocalizedArticleWriter;
import io.healthpage.render.Alternate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer as another Jakarta REST application uses it: a resource method returns a LocalizedArticle. */
class LocalizedArticleWriterTest {

    @Test
    void aResourceReturningALocalizedArticleGetsTheHtmlPage(@TempDir Path dir) throws Exception {
        ContentLibrary.Entry e = TestContent.create(dir).article(TestContent.ID).orElseThrow();
        HostResource.article = e.article();
        HostResource.bundles = e.bundles();
        ResourceConfig app = new ResourceConfig().register(HostResource.class).register(LocalizedArticleWriter.class);
        try (HealthpageServer server = HealthpageServer.start(app, "127.0.0.1", 0)) {
            HttpResponse<String> r = get(server, "es-MX");
            assertEquals(200, r.statusCode());
            assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
            assertEquals("es", r.headers().firstValue("Content-Language").orElseThrow());
            assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"es\" dir=\"ltr\">"), r.body());
            assertTrue(r.body().contains(TestContent.TRANSLATIONS.get("es")[0]));
            assertFalse(r.body().contains("hreflang"), "no alternates given, so no switcher");
            // no Japanese: the page is English and says so, in the header and in the page
            HttpResponse<String> ja = get(server, "ja");
            assertEquals("en", ja.headers().firstValue("Content-Language").orElseThrow());
            assertTrue(ja.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\""), ja.body());
        }
    }

    @Test
    void docsRestMdShowsTheResourceAsItIs() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/healthpage/examples/rest/HostResource.java"));
        String snippet = source.substring(source.indexOf("// docs/rest.md: begin\n") + "// docs/rest.md: begin\n".length(),
                source.indexOf("    // docs/rest.md: end"));
        String doc = Files.readString(Path.of("..", "docs", "rest.md"));
        assertTrue(doc.contains(snippet), "docs/rest.md must contain, as written:\n" + snippet);
    }

    private static HttpResponse<String> get(HealthpageServer server, String acceptLanguage) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve("health"))
                        .header("Accept", "text/html").header("Accept-Language", acceptLanguage).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void htmlHasTheSwitcherWhenAlternatesAreGiven(@TempDir Path dir) throws Exception {
        ContentLibrary.Entry e = TestContent.create(dir).article(TestContent.ID).orElseThrow();
        Localizer localizer = Localizer.builder().bundles(e.bundles()).build();
        LocalizedArticle page = new LocalizedArticle(localizer.localize(e.article(), Locale.forLanguageTag("ar")),
                List.of(new Alternate(Locale.ENGLISH, "/en", "English"), new Alternate(Locale.forLanguageTag("ar"), "/ar", "العربية")));
        String html = new LocalizedArticleWriter().html(page);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/en\">"));
        assertTrue(html.contains("<a href=\"/en\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"));
        assertTrue(html.contains(TestContent.TRANSLATIONS.get("ar")[0]));
    }
}
