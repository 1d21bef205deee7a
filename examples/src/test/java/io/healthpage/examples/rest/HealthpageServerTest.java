package io.healthpage.examples.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.jakarta.HealthContent;
import io.healthpage.render.HtmlRenderer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Starts the real server on a free port and talks to it over HTTP with {@code java.net.http}. */
class HealthpageServerTest {
    static final String ID = TestContent.ID;
    /** What the CSP must say, with the stylesheet hash computed here rather than taken from the server. */
    static final String CSP = "default-src 'none'; style-src 'sha256-" + base64(sha256(HtmlRenderer.stylesheet()))
            + "'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Things that must never appear in a response: stack frames, exception names, the framework. */
    static final List<String> INTERNALS = List.of("Exception", "exception", "at io.healthpage", "at org.", "jersey",
            "Jersey", "glassfish", "Grizzly", "java.", "NullPointer", ".java:");

    @TempDir
    static Path contentDir;
    static HealthContent content;
    static HealthpageServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        content = TestContent.content(contentDir);
        server = HealthpageServer.start(content, 0);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    // ------------------------------------------------------------------ negotiation

    @ParameterizedTest(name = "Accept-Language {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "es-MX                | es",
            "ar-EG                | ar",
            "fr-CA                | fr",
            "zh-CN                | zh-Hans",
            // Traditional Chinese readers do not get Simplified: no zh-Hant translation, so the English source
            "zh-TW                | en",
            "*                    | en",
            "de-DE, fr;q=0.5      | fr",
            "de, en;q=0.1         | en",
            "es;q=0, ar;q=0.2     | ar",
            "en-GB                | en",
    })
    void negotiatesTheArticleLanguageFromAcceptLanguage(String acceptLanguage, String expected) throws Exception {
        HttpResponse<String> r = get("articles/" + ID, Map.of("Accept-Language", acceptLanguage));
        assertEquals(200, r.statusCode());
        assertEquals(expected, header(r, "Content-Language"));
        assertEquals("Accept-Language", header(r, "Vary"));
        assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"" + expected + "\""), r.body().substring(0, 80));
        assertTrue(r.body().contains(expectedTitle(expected)), "title in " + expected);
        assertEquals("text/html;charset=utf-8", contentType(r));
    }

    @Test
    void noAcceptLanguageGivesTheSourceLanguage() throws Exception {
        HttpResponse<String> r = get("articles/" + ID, Map.of());
        assertEquals("en", header(r, "Content-Language"));
        assertTrue(r.body().contains("<html lang=\"en\" dir=\"ltr\">"));
    }

    @ParameterizedTest(name = "?lang={0} (Accept-Language ar) -> {1}")
    @CsvSource({
            "es, es",
            "es-MX, es",
            "fr-CA, fr",
            "zh-Hans-CN, zh-Hans",
            "en, en",
            // valid but not available: the closest available, else the source
            "de, en",
            "zh-Hant, en",
            "AR, ar",
    })
    void langParameterOverridesAcceptLanguage(String lang, String expected) throws Exception {
        HttpResponse<String> r = get("articles/" + ID + "?lang=" + lang, Map.of("Accept-Language", "ar"));
        assertEquals(200, r.statusCode());
        assertEquals(expected, header(r, "Content-Language"));
        assertTrue(r.body().contains("<html lang=\"" + expected + "\""));
        assertTrue(r.body().contains(expectedTitle(expected)));
    }

    @Test
    void arabicPageIsRightToLeftWithSwitcherAndHreflang() throws Exception {
        String body = get("articles/" + ID + "?lang=ar", Map.of()).body();
        assertTrue(body.contains("<html lang=\"ar\" dir=\"rtl\">"));
        for (String tag : List.of("en", "es", "fr", "ar", "zh-Hans")) {
            assertTrue(body.contains("<link rel=\"alternate\" hreflang=\"" + tag + "\" href=\"?lang=" + tag + "\">"), tag);
            assertTrue(body.contains("<a href=\"?lang=" + tag + "\" hreflang=\"" + tag + "\" lang=\"" + tag + "\""), tag);
        }
        assertTrue(body.contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\" aria-current=\"page\">العربية</a>"), "current language marked");
        assertTrue(body.contains(">español</a>") && body.contains(">français</a>"), "native names");
        assertTrue(body.contains("<script type=\"application/ld+json\">"), "JSON-LD in the head");
    }

    // ------------------------------------------------------------------ index

    @Test
    void indexListsArticlesWithTheirLanguagesInTheNegotiatedLanguage() throws Exception {
        HttpResponse<String> r = get("", Map.of("Accept-Language", "es-ES"));
        assertEquals(200, r.statusCode());
        assertEquals("es", header(r, "Content-Language"));
        String body = r.body();
        assertTrue(body.contains("<html lang=\"es\" dir=\"ltr\">"));
        assertTrue(body.contains("<title>Artículos de salud</title>"));
        assertTrue(body.contains("<h1>Artículos de salud</h1>"));
        assertTrue(body.contains("<main id=\"hp-main\">"));
        assertTrue(body.contains("<a href=\"/articles/" + ID + "\">" + TestContent.TRANSLATIONS.get("es")[0] + "</a>"));
        // the second article has no Spanish: its title is marked as English
        assertTrue(body.contains("<a href=\"/articles/" + TestContent.SECOND + "\" lang=\"en\" dir=\"ltr\">How long does ketamine pain relief last?</a>"));
        assertTrue(body.contains("<a href=\"/articles/" + ID + "?lang=ar\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"));
        assertTrue(body.contains("<a href=\"/articles/" + TestContent.SECOND + "?lang=en\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"));
        assertFalse(body.contains("/articles/" + TestContent.SECOND + "?lang=es"), "only the languages it has");
        assertTrue(body.contains("Disponible en:"));

        // no Haitian Creole labels: CLDR's language matching offers French to Haitian readers, and the page says
        // it is French (not lang="ht" over French text)
        HttpResponse<String> haitian = get("", Map.of("Accept-Language", "ht"));
        assertEquals("fr", header(haitian, "Content-Language"));
        assertTrue(haitian.body().contains("<html lang=\"fr\" dir=\"ltr\">") && haitian.body().contains("<h1>Articles de santé</h1>"));
        HttpResponse<String> welsh = get("", Map.of("Accept-Language", "cy"));
        assertEquals("en", header(welsh, "Content-Language"));
        assertTrue(welsh.body().contains("<h1>Health articles</h1>"));

        String ar = get("", Map.of("Accept-Language", "ar-SA")).body();
        assertTrue(ar.contains("<html lang=\"ar\" dir=\"rtl\">") && ar.contains("<h1>مقالات صحية</h1>"));
    }

    // ------------------------------------------------------------------ errors

    @Test
    void unknownArticleIsALocalized404Page() throws Exception {
        HttpResponse<String> r = get("articles/no-such-thing", Map.of("Accept-Language", "ar-EG"));
        assertEquals(404, r.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(r));
        String body = r.body();
        assertTrue(body.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(body.contains("<h1>الصفحة غير موجودة</h1>"));
        assertTrue(body.contains("no-such-thing"), "says what was asked for");
        assertTrue(body.contains("<a href=\"/\">العودة إلى قائمة المقالات</a>"));
        assertNoInternals(body);

        for (String path : List.of("articles/no-such-thing.json", "articles/no-such-thing/jsonld", "nothing/here/at/all")) {
            HttpResponse<String> other = get(path, Map.of("Accept-Language", "es"));
            assertEquals(404, other.statusCode(), path);
            assertTrue(other.body().contains("<h1>Página no encontrada</h1>"), path + ": " + other.body());
            assertNoInternals(other.body());
        }
        assertEquals(404, get("application.wadl", Map.of()).statusCode(), "no WADL describing the server");
    }

    @Test
    void malformedLangIsALocalized400PageThatEscapesWhatWasSent() throws Exception {
        for (String path : List.of("articles/" + ID + "?lang=pt_BR", "articles/" + ID + ".json?lang=en-", "?lang=x-private")) {
            HttpResponse<String> r = get(path, Map.of("Accept-Language", "fr-CA"));
            assertEquals(400, r.statusCode(), path);
            assertTrue(r.body().contains("<html lang=\"fr\" dir=\"ltr\">"), path);
            assertTrue(r.body().contains("<h1>Langue inconnue</h1>"), path);
            assertNoInternals(r.body());
        }
        HttpResponse<String> hostile = get("articles/" + ID + "?lang=%3Cscript%3Ealert(1)%3C/script%3E", Map.of());
        assertEquals(400, hostile.statusCode());
        assertTrue(hostile.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hostile.body());
        assertFalse(hostile.body().contains("<script"), "the error page has no script element at all");
    }

    @Test
    void otherClientErrorsArePlainPagesWithoutInternals() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.baseUri().resolve("articles/" + ID))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertTrue(post.body().contains("<h1>405 Method Not Allowed</h1>"), post.body());
        assertTrue(header(post, "Allow").contains("GET"));
        assertNoInternals(post.body());
        assertSecurityHeaders(post);

        HttpResponse<String> xml = get("articles/" + ID, Map.of("Accept", "application/xml"));
        assertEquals(406, xml.statusCode());
        assertTrue(xml.body().contains("<h1>406 Not Acceptable</h1>"), xml.body());
        assertNoInternals(xml.body());
    }

    @Test
    void aFailingResourceGivesAGeneric500PageAndTheDetailsStayInTheLog() throws Exception {
        try (HealthpageServer failing = HealthpageServer.start(
                HealthpageServer.application(ContentLibrary.content(contentDir)).register(FailingResource.class), "127.0.0.1", 0)) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(failing.baseUri().resolve("fail")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertEquals("text/html;charset=utf-8", contentType(r));
            assertTrue(r.body().contains("<h1>500 Internal Server Error</h1>"));
            assertTrue(r.body().matches("(?s).*incident number [0-9a-f]{12}\\..*"), r.body());
            assertFalse(r.body().contains(FailingResource.SECRET), "the exception message stays on the server");
            assertNoInternals(r.body());
            assertSecurityHeaders(r);
        }
    }

    // ------------------------------------------------------------------ caching and headers

    @Test
    void strongEtagIsTheBodyHashAndIfNoneMatchGives304() throws Exception {
        HttpResponse<String> first = get("articles/" + ID + "?lang=es", Map.of());
        String etag = header(first, "ETag");
        assertEquals("\"" + base64url(sha256(first.body())) + "\"", etag, "strong tag: the quoted hash of the body");
        assertEquals("public, max-age=300", header(first, "Cache-Control"));

        HttpResponse<String> again = get("articles/" + ID + "?lang=es", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals("Accept-Language", header(again, "Vary"));
        assertEquals("public, max-age=300", header(again, "Cache-Control"));
        assertSecurityHeaders(again);

        assertEquals(200, get("articles/" + ID + "?lang=es", Map.of("If-None-Match", "\"something-else\"")).statusCode());
        assertEquals(304, get("articles/" + ID + "?lang=es", Map.of("If-None-Match", "\"x\", " + etag)).statusCode(), "a list");
        assertEquals(304, get("articles/" + ID + "?lang=es", Map.of("If-None-Match", "*")).statusCode());
        assertNotEquals(etag, header(get("articles/" + ID + "?lang=fr", Map.of()), "ETag"), "each language has its own tag");
    }

    @Test
    void everyResponseHasTheSecurityHeaders() throws Exception {
        for (String path : List.of("", "articles/" + ID, "articles/" + ID + ".json", "articles/" + ID + "/jsonld",
                "articles/nope", "articles/" + ID + "?lang=_", "no/route")) {
            assertSecurityHeaders(get(path, Map.of()));
        }
    }

    @Test
    void theStyleHashInTheCspMatchesTheStyleElementOfEveryPage() throws Exception {
        for (String path : List.of("", "articles/" + ID + "?lang=ar", "articles/nope", "articles/" + ID + "?lang=_")) {
            HttpResponse<String> r = get(path, Map.of());
            Matcher m = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(r.body());
            assertTrue(m.find(), path + " has a style element");
            String hash = "'sha256-" + base64(sha256(m.group(1))) + "'";
            assertTrue(header(r, "Content-Security-Policy").contains("style-src " + hash + ";"), path);
            assertFalse(m.find(), path + " has exactly one style element");
            assertFalse(r.body().contains(" style="), path + ": no style attributes (the CSP would block them)");
        }
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void jsonEndpointServesTheLocalizedArticle() throws Exception {
        HttpResponse<String> r = get("articles/" + ID + ".json", Map.of("Accept-Language", "fr-CA"));
        assertEquals(200, r.statusCode());
        assertEquals("application/json;charset=utf-8", contentType(r));
        assertEquals("fr", header(r, "Content-Language"));
        assertNotNull(header(r, "ETag"));
        JsonObject o = parse(r.body());
        assertEquals(ID, o.getString("id"));
        assertTrue(o.toString().contains(TestContent.TRANSLATIONS.get("fr")[0]), "French title in the JSON");
    }

    @Test
    void jsonLdEndpointServesSchemaOrgInTheNegotiatedLanguage() throws Exception {
        HttpResponse<String> r = get("articles/" + ID + "/jsonld?lang=zh-Hans", Map.of());
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("application/ld+json"), header(r, "Content-Type"));
        assertEquals("zh-Hans", header(r, "Content-Language"));
        JsonObject o = parse(r.body());
        assertTrue(o.toString().contains("schema.org"), "a schema.org document");
        assertTrue(o.toString().contains(TestContent.TRANSLATIONS.get("zh-Hans")[0]), "Chinese headline");
        assertTrue(o.toString().contains("\"zh-Hans\""), "inLanguage");
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void concurrentRequestsInSeveralLanguagesAreAllAnsweredCorrectly() throws Exception {
        String[][] cases = {{"es-MX", "es"}, {"ar-EG", "ar"}, {"fr-CA", "fr"}, {"zh-CN", "zh-Hans"}, {"en-US", "en"}};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                Callable<List<String>> work = () -> {
                    List<String> errors = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String[] c = cases[(thread + i) % cases.length];
                        String path = i % 5 == 4 ? "articles/" + ID + ".json" : "articles/" + ID;
                        HttpResponse<String> r = get(path, Map.of("Accept-Language", c[0]));
                        if (r.statusCode() != 200 || !c[1].equals(header(r, "Content-Language"))
                                || !r.body().contains(expectedTitle(c[1]))
                                || (path.endsWith(ID) && !r.body().contains("<html lang=\"" + c[1] + "\""))) {
                            errors.add(c[0] + " " + path + " -> " + r.statusCode() + " " + header(r, "Content-Language"));
                        }
                    }
                    return errors;
                };
                futures.add(pool.submit(work));
            }
            List<String> errors = new ArrayList<>();
            for (Future<List<String>> f : futures) errors.addAll(f.get());
            assertEquals(List.of(), errors);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void warmRequestsRenderNothing() throws Exception {
        List<String> paths = List.of("", "articles/" + ID, "articles/" + ID + ".json", "articles/" + ID + "/jsonld");
        List<String> languages = List.of("es-MX", "ar-EG", "zh-CN", "ja", "fr-CA", "*");
        for (String p : paths) for (String l : languages) get(p, Map.of("Accept-Language", l));
        long misses = content.cacheStats().misses();
        long hits = content.cacheStats().hits();
        for (int round = 0; round < 3; round++) {
            for (String p : paths) {
                for (String l : languages) assertEquals(200, get(p, Map.of("Accept-Language", l)).statusCode(), p + " " + l);
            }
        }
        assertEquals(misses, content.cacheStats().misses(), "no body rendered again: " + content.cacheStats());
        // every one of those answers, the list page too, came from the cache (other tests may run at the same time)
        assertTrue(content.cacheStats().hits() - hits >= 3L * paths.size() * languages.size(), content.cacheStats().toString());
    }

    // ------------------------------------------------------------------ speed and the HTTP layer

    /**
     * The JDK's HTTP server, which this server ran on before, answered every request of a keep-alive
     * connection ~40 ms late (Nagle's algorithm holding the last segment until the client's delayed ACK,
     * unless {@code -Dsun.net.httpserver.nodelay=true} was given at start): the median was 44–51 ms here. One
     * connection, requests one after the other, as a browser loads pages; the bound leaves room for a loaded machine.
     */
    @Test
    void keepAliveRequestsOneAfterTheOtherAreNotHeldBackByNagle() throws Exception {
        try (RawHttp connection = new RawHttp(server.baseUri())) {
            for (int i = 0; i < 10; i++) connection.get("/articles/" + ID, "Accept-Language: es"); // warm
            long[] nanos = new long[40];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                RawHttp.Answer a = connection.get("/articles/" + ID, "Accept-Language: es");
                nanos[i] = System.nanoTime() - start;
                assertEquals(200, a.status());
                assertTrue(a.body().contains(expectedTitle("es")), "the whole page");
            }
            Arrays.sort(nanos);
            double medianMs = nanos[nanos.length / 2] / 1e6;
            assertTrue(medianMs < 25, "median " + medianMs + " ms per request; ≥ 40 ms means Nagle + delayed ACK");
        }
    }

    /** Requests that the HTTP layer refuses before Jersey sees them get the security headers and no software name. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "GET / HTTP/9.9\\r\\nHost: h\\r\\n\\r\\n                                      | 505",
            "GET / HTTP/1.1\\r\\nHost: h\\r\\nX-Big: BIG\\r\\n\\r\\n                        | 400",
            "POST /articles/x HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: abc\\r\\n\\r\\n  | 400",
            "POST /articles/x HTTP/1.1\\r\\nHost: h\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nZZ\\r\\n | 400",
            "GET /articles/%zz HTTP/1.1\\r\\nHost: h\\r\\n\\r\\n                           | 400",
            "GET /?lang=%zz HTTP/1.1\\r\\nHost: h\\r\\n\\r\\n                              | 400",
    })
    void answersTheHttpLayerGivesItselfCarryTheSecurityHeaders(String request, int status) throws Exception {
        String raw = request.replace("\\r\\n", "\r\n").replace("BIG", "b".repeat(70_000));
        try (RawHttp connection = new RawHttp(server.baseUri())) {
            RawHttp.Answer a = connection.send(raw);
            assertEquals(status, a.status(), a.body());
            assertEquals(CSP, a.header("Content-Security-Policy"));
            assertEquals("nosniff", a.header("X-Content-Type-Options"));
            assertEquals("strict-origin-when-cross-origin", a.header("Referrer-Policy"));
            assertNull(a.header("Server"), "no software name");
            assertNoInternals(a.body());
        }
    }

    /** {@code java.net.http} and {@code curl --http2} offer h2c; the offer is ignored and the answer is complete. */
    @Test
    void anHttp2UpgradeOfferIsIgnoredAndTheConnectionStays() throws Exception {
        try (RawHttp connection = new RawHttp(server.baseUri())) {
            for (int i = 0; i < 2; i++) {
                RawHttp.Answer a = connection.get("/articles/" + ID, "Connection: Upgrade, HTTP2-Settings", "Upgrade: h2c",
                        "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA", "Accept-Language: fr-CA");
                assertEquals(200, a.status());
                assertEquals("text/html;charset=utf-8", a.header("Content-Type").replace(" ", "").toLowerCase());
                assertEquals("fr", a.header("Content-Language"));
                assertNull(a.header("Upgrade"));
                assertTrue(a.body().contains(expectedTitle("fr")));
            }
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void portsAreCheckedAndABusyPortIsReportedClearly() {
        assertThrows(IllegalArgumentException.class, () -> HealthpageServer.start(ContentLibrary.builtInContent(), 70_000));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> HealthpageServer.start(ContentLibrary.builtInContent(), server.baseUri().getPort()));
        assertTrue(e.getMessage().contains("cannot listen on 127.0.0.1:" + server.baseUri().getPort()), e.getMessage());
    }

    @Test
    void bindsToLoopbackOnAFreePort() {
        assertEquals("127.0.0.1", server.baseUri().getHost());
        assertTrue(server.baseUri().getPort() > 0);
        assertEquals("/", server.baseUri().getPath());
    }

    // ------------------------------------------------------------------ helpers

    static String expectedTitle(String tag) {
        return tag.equals("en") ? "How long does ketamine pain relief last?" : TestContent.TRANSLATIONS.get(tag)[0];
    }

    static HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path)).GET();
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The Content-Type, lower case, without blanks ("text/html;charset=utf-8"). */
    static String contentType(HttpResponse<?> r) {
        return header(r, "Content-Type").toLowerCase().replace(" ", "");
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static void assertSecurityHeaders(HttpResponse<?> r) {
        String where = r.request().method() + " " + r.uri() + " (" + r.statusCode() + ")";
        assertEquals(CSP, header(r, "Content-Security-Policy"), where);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), where);
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), where);
    }

    static void assertNoInternals(String body) {
        for (String s : INTERNALS) assertFalse(body.contains(s), "response shows \"" + s + "\":\n" + body);
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String base64url(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static URI uri(String path) {
        return server.baseUri().resolve(path);
    }
}
