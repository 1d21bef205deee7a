package io.healthpage.examples.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.jakarta.HealthContent;
import io.healthpage.jakarta.Rendered;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hot path answers exactly as Jersey would (same server, hot path on and off, compared byte for byte),
 * and leaves to Jersey every request it must not answer itself (behind a handler that counts what reaches it).
 */
class CachedArticlesTest {
    static final String ID = TestContent.ID;

    @TempDir
    static Path contentDir;
    static HealthContent content;
    static HealthpageServer hot;
    static HealthpageServer jersey;
    static HttpServer routing;
    static URI routingUri;
    static final AtomicInteger passedOn = new AtomicInteger();
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        content = TestContent.content(contentDir);
        hot = HealthpageServer.start(content, 0);
        jersey = HealthpageServer.start(HealthpageServer.application(content), HealthpageServer.LOOPBACK, 0, false);
        routing = new HttpServer();
        NetworkListener listener = new NetworkListener("test", HealthpageServer.LOOPBACK, 0);
        routing.addListener(listener);
        routing.getServerConfiguration().addHttpHandler(new CachedArticles(content, new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                passedOn.incrementAndGet();
                response.setStatus(418);
                response.getWriter().write("passed on");
            }
        }));
        routing.start();
        routingUri = URI.create("http://" + HealthpageServer.LOOPBACK + ":" + listener.getPort() + "/");
    }

    @AfterAll
    static void stop() {
        if (hot != null) hot.stop();
        if (jersey != null) jersey.stop();
        if (routing != null) routing.shutdownNow();
    }

    @ParameterizedTest(name = "{0} | Accept-Language {1} | Accept {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "articles/" + ID + "               | es-MX              | -",
            "articles/" + ID + "               | ar                 | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "articles/" + ID + "               | zh-CN, en;q=0.5    | */*",
            "articles/" + ID + "               | -                  | text/*",
            "articles/" + ID + "               | fr-CA              | application/json",
            "articles/" + ID + "               | fr-CA              | text/html;q=0, */*",
            "articles/" + ID + ".json          | es                 | -",
            "articles/" + ID + ".json          | ar                 | application/*",
            "articles/" + ID + "/jsonld        | zh-TW              | -",
            "articles/" + ID + "/jsonld        | es                 | application/ld+json",
            "articles/" + TestContent.SECOND + " | es               | -",
            "articles/nothing-here             | es                 | -",
            "articles/" + ID + "?lang=ar       | es                 | -",
    })
    void answersAsJerseyDoes(String path, String acceptLanguage, String accept) throws Exception {
        HttpResponse<byte[]> fromHot = get(hot.baseUri().resolve(path), acceptLanguage, accept);
        HttpResponse<byte[]> fromJersey = get(jersey.baseUri().resolve(path), acceptLanguage, accept);
        assertEquals(fromJersey.statusCode(), fromHot.statusCode(), path);
        assertEquals(headers(fromJersey), headers(fromHot), path);
        assertArrayEquals(fromJersey.body(), fromHot.body(), path);
    }

    @Test
    void aPlainArticleRequestIsAnsweredFromTheCacheWithoutJersey() throws Exception {
        int before = passedOn.get();
        HttpResponse<byte[]> r = get(routingUri.resolve("articles/" + ID), "es-MX", null);
        assertEquals(200, r.statusCode());
        Rendered es = content.render(Rendered.Kind.PAGE, ID, Locale.forLanguageTag("es")).orElseThrow();
        assertEquals(es.text(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(es.etag(), r.headers().firstValue("ETag").orElseThrow());
        assertEquals("es", r.headers().firstValue("Content-Language").orElseThrow());
        assertEquals(String.valueOf(es.length()), r.headers().firstValue("Content-Length").orElseThrow(), "one piece, not chunked");
        assertEquals(HealthpageServerTest.CSP, r.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals(200, get(routingUri.resolve("articles/" + ID + ".json"), "ar", "application/json").statusCode());
        assertEquals(200, get(routingUri.resolve("articles/" + ID + "/jsonld"), null, null).statusCode());
        assertEquals(before, passedOn.get(), "nothing passed on");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "HEAD | articles/" + ID + "          | -",
            "POST | articles/" + ID + "          | -",
            "GET  | articles/" + ID + "?lang=es  | -",
            "GET  | articles/" + ID + "          | If-None-Match: \"x\"",
            "GET  | articles/" + ID + "          | If-Modified-Since: Sat, 05 Dec 2026 10:00:00 GMT",
            "GET  | articles/" + ID + "          | Accept: application/json",
            "GET  | articles/" + ID + "          | Accept: text/html;q=0.0, */*",
            "GET  | articles/" + ID + ".json     | Accept: text/html",
            "GET  | articles/nothing-here        | -",
            "GET  | articles/%6Betamine-pain-relief | -",
            "GET  | articles/" + ID + "/        | -",
            "GET  | articles/                    | -",
            "GET  | articles/" + ID + "/jsonld/extra | -",
            "GET  | ''                           | -",
    })
    void everythingElseIsPassedOnToJersey(String method, String path, String header) throws Exception {
        int before = passedOn.get();
        HttpRequest.Builder b = HttpRequest.newBuilder(routingUri.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (header != null) b.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).trim());
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(418, r.statusCode(), method + " " + path + " " + header);
        assertEquals(before + 1, passedOn.get());
    }

    @Test
    void acceptHeadersAreJudgedConservatively() {
        String html = Rendered.Kind.PAGE.mediaType();
        assertTrue(CachedArticles.acceptable(null, html));
        assertTrue(CachedArticles.acceptable("TEXT/HTML; level=1", html));
        assertTrue(CachedArticles.acceptable("application/json, text/*;q=0.5", html));
        assertTrue(CachedArticles.acceptable("application/*", Rendered.Kind.JSON_LD.mediaType()));
        assertFalse(CachedArticles.acceptable("application/json", html));
        assertFalse(CachedArticles.acceptable("text/plain, */*;q=0", html), "a q=0 anywhere is left to Jersey");
        assertFalse(CachedArticles.acceptable("te/*", html));
        assertFalse(CachedArticles.acceptable("text/htmlx", html));
        assertTrue(CachedArticles.isPlainId("ketamine-pain-relief_2.v1"));
        assertFalse(CachedArticles.isPlainId("a%20b"));
        assertFalse(CachedArticles.isPlainId("a;b=c"));
        assertFalse(CachedArticles.isPlainId(""));
    }

    static HttpResponse<byte[]> get(URI uri, String acceptLanguage, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        if (accept != null) b.header("Accept", accept);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Every header, names in lower case, but {@code Date} and the framing: Jersey sends its bodies chunked, the hot
     * path with a {@code Content-Length} (the body is compared byte for byte).
     */
    static Map<String, List<String>> headers(HttpResponse<?> r) {
        Map<String, List<String>> h = new TreeMap<>();
        r.headers().map().forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (!List.of("date", "content-length", "transfer-encoding").contains(name)) h.put(name, v);
        });
        return h;
    }
}
