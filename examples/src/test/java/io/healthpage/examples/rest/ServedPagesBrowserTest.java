package io.healthpage.examples.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.examples.browser.BrowserCheck;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages exactly as the server sends them, checked in headless Chromium with axe-core and by the Nu Html
 * Checker: the Arabic and English article, the list, and the Arabic 404 and French 400 pages. The HTML is
 * kept in {@code target/served/} for inspection. Skipped without Chromium unless HEALTHPAGE_REQUIRE_BROWSER=1.
 */
class ServedPagesBrowserTest {
    static final Path OUT = Path.of("target", "served");

    @Test
    void servedPagesHaveNoAxeViolationsAndNoVnuErrors(@TempDir Path content) throws Exception {
        Map<String, String[]> pages = new LinkedHashMap<>(); // file name -> path, Accept-Language, expected status
        pages.put("article-ar.html", new String[] {"articles/" + TestContent.ID + "?lang=ar", "en", "200"});
        pages.put("article-en.html", new String[] {"articles/" + TestContent.ID + "?lang=en", "ar", "200"});
        pages.put("index.html", new String[] {"", "en-US", "200"});
        pages.put("index-ar.html", new String[] {"", "ar", "200"});
        pages.put("not-found-ar.html", new String[] {"articles/missing", "ar-EG", "404"});
        pages.put("bad-language-fr.html", new String[] {"articles/" + TestContent.ID + "?lang=fr_FR", "fr", "400"});
        Files.createDirectories(OUT);
        List<Path> files = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        try (HealthpageServer server = HealthpageServer.start(TestContent.content(content), 0)) {
            for (Map.Entry<String, String[]> p : pages.entrySet()) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.baseUri().resolve(p.getValue()[0]))
                        .header("Accept-Language", p.getValue()[1]).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(Integer.parseInt(p.getValue()[2]), r.statusCode(), p.getKey());
                Path f = OUT.resolve(p.getKey());
                Files.writeString(f, r.body(), StandardCharsets.UTF_8);
                files.add(f);
            }
        }
        BrowserCheck.Result result = BrowserCheck.run(files, OUT.resolve("browser-check"));
        assertEquals(files.size(), result.pages().size());
        assertTrue(result.ok(), result::summary);
    }
}
