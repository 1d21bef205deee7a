package com.example.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.example.health.ItSupport.assertCsp;
import static com.example.health.ItSupport.header;
import static com.example.health.ItSupport.parse;
import static com.example.health.ItSupport.sha256;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample WAR (the embedding of docs/jakarta.md) on a real Jakarta EE 10 server: Payara Micro 6 on
 * this JDK, bound to 127.0.0.1 only, with the WAR deployed twice — as built (parent-first class loading,
 * content on the classpath through the web.xml context parameter) and repackaged with child-first class
 * loading ({@code <class-loader delegate="false"/>}) and the content in {@code /WEB-INF/healthpage} (the
 * producer's default, read through the servlet API). Figures are printed and written to
 * {@code target/payara-it.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayaraMicroIT {
    static final String ID = "ketamine-pain-relief";
    static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    static final List<String> EXPECTED_LIBS = List.of("healthpage-core", "healthpage-i18n", "healthpage-jakarta", "icu4j", "jsoup");

    final Path war = Path.of(System.getProperty("war", "target/health.war"));
    final Path payaraJar = Path.of(System.getProperty("payara.micro", "target/payara/payara-micro.jar"));
    final Path work = war.getParent().resolve("payara-it");
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> report = Collections.synchronizedList(new ArrayList<>());
    ServerProcess payara;
    URI base;          // the WAR as built
    URI childFirst;    // the child-first copy
    long startMillis;
    int coldStatus;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isRegularFile(war), war + " is built by `package`");
        assertTrue(Files.isRegularFile(payaraJar), payaraJar + " is copied by maven-dependency-plugin");
        ItSupport.deleteTree(work);
        Files.createDirectories(work);
        Path deployA = Files.copy(war, work.resolve("health.war"));
        Path deployB = ItSupport.childFirstCopy(war, work.resolve("health-childfirst.war"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path preboot = Files.writeString(work.resolve("preboot.asadmin"), String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1",
                "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx768m", "-Dhazelcast.socket.bind.any=false", "-jar", payaraJar.toString(),
                "--nocluster", "--nohazelcast", "--interfaces", "127.0.0.1", "--port", String.valueOf(port),
                "--prebootcommandfile", preboot.toString(), "--rootdir", work.resolve("root").toString(),
                "--deploy", deployA.toString(), "--deploy", deployB.toString());
        report.add("command: " + String.join(" ", cmd));
        startMillis = System.currentTimeMillis();
        payara = ServerProcess.start(cmd, work.resolve("payara.log"), "ready in", null, START_TIMEOUT);
        report.add("Payara Micro ready after " + (System.currentTimeMillis() - startMillis) + " ms (both WARs deployed)");
        base = URI.create("http://127.0.0.1:" + port + "/health/");
        childFirst = URI.create("http://127.0.0.1:" + port + "/health-childfirst/");
        // the very first request: Jersey's first request, the CDI producer loading the content, one render
        long t0 = System.nanoTime();
        coldStatus = get(base, "articles/" + ID, Map.of("Accept-Language", "es-MX")).statusCode();
        report.add("cold first request GET /health/articles/" + ID + " (es-MX): " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @AfterAll
    void stop() throws Exception {
        if (payara != null) payara.stop();
        report.forEach(System.out::println);
        Files.write(war.getParent().resolve("payara-it.txt"), report);
    }

    // ------------------------------------------------------------------ the WAR

    @Test
    void theWarCarriesOnlyHealthpageIcuAndJsoup() throws IOException {
        List<String> libs = new ArrayList<>();
        try (ZipFile z = new ZipFile(war.toFile())) {
            z.stream().map(ZipEntry::getName).filter(n -> n.startsWith("WEB-INF/lib/") && n.endsWith(".jar"))
                    .forEach(n -> libs.add(n.substring("WEB-INF/lib/".length())));
        }
        Collections.sort(libs);
        report.add("WAR " + war.getFileName() + ": " + Files.size(war) + " bytes; WEB-INF/lib: " + libs);
        List<String> names = libs.stream().map(n -> n.replaceFirst("-[0-9][^-]*(-SNAPSHOT)?\\.jar$", "")).toList();
        assertEquals(EXPECTED_LIBS, names, "WEB-INF/lib: " + libs);
        for (String n : libs) {
            for (String banned : List.of("jersey", "hk2", "picocli", "parsson", "jakarta.")) {
                assertFalse(n.contains(banned), n + " must not be in the WAR");
            }
        }
    }

    // ------------------------------------------------------------------ the server

    @Test
    void nothingListensBeyondLoopback() throws IOException {
        Set<String> sockets = ItSupport.listeningSockets(payara.handle());
        report.add("Payara listens on: " + sockets);
        assertFalse(sockets.isEmpty(), "found the HTTP listener");
        for (String s : sockets) assertTrue(s.startsWith("127.") || s.startsWith("[::1]"), "non-loopback listener " + s);
    }

    @Test
    void childFirstClassLoadingDeploysAndServesWithoutClassCastException() throws Exception {
        assertFalse(payara.log().contains("ClassCastException"), payara.tail());
        HttpResponse<String> r = get(childFirst, "articles/" + ID, Map.of("Accept-Language", "ar-EG"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ar", header(r, "Content-Language"));
        assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
        // the same bytes as the parent-first deployment: same library, same content (here read from /WEB-INF/healthpage)
        assertEquals(header(get(base, "articles/" + ID, Map.of("Accept-Language", "ar-EG")), "ETag"), header(r, "ETag"));
        assertEquals(400, get(childFirst, "articles/" + ID + "?lang=pt_BR", Map.of()).statusCode());
        assertFalse(payara.log().contains("ClassCastException"), payara.tail());
    }

    // ------------------------------------------------------------------ answers

    @Test
    void negotiatesAndSaysWhatItServes() throws Exception {
        String[][] cases = {
                {"es-MX", "es", "ltr"}, {"ar-EG", "ar", "rtl"}, {"zh-CN", "zh-Hans", "ltr"},
                // no Japanese translation: English, and the headers and the page say English
                {"ja", "en", "ltr"}, {"*", "en", "ltr"}, {"!!not a tag;;q=zz, ,", "en", "ltr"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get(base, "articles/" + ID, Map.of("Accept-Language", c[0]));
            assertEquals(200, r.statusCode(), c[0] + ": " + r.body());
            assertEquals(c[1], header(r, "Content-Language"), c[0]);
            assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"" + c[1] + "\" dir=\"" + c[2] + "\">"), c[0] + ": " + r.body().substring(0, 80));
            assertEquals("Accept-Language", header(r, "Vary"));
            assertEquals("text/html;charset=utf-8", header(r, "Content-Type").toLowerCase().replace(" ", ""));
        }
        HttpResponse<String> override = get(base, "articles/" + ID + "?lang=fr-CA", Map.of("Accept-Language", "ar"));
        assertEquals("fr", header(override, "Content-Language"), "?lang= decides over Accept-Language");
        assertTrue(override.body().contains("<html lang=\"fr\" dir=\"ltr\">"));
    }

    @Test
    void errorPagesAre400And404WithTheirHeaders() throws Exception {
        HttpResponse<String> bad = get(base, "articles/" + ID + "?lang=%3Cscript%3E", Map.of("Accept-Language", "es"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("<html lang=\"es\""), bad.body());
        assertTrue(bad.body().contains("&lt;script&gt;") && !bad.body().contains("<script"), bad.body());
        assertCsp(bad);
        HttpResponse<String> missing = get(base, "articles/no-such-article", Map.of("Accept-Language", "ar"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"ar\" dir=\"rtl\">") && missing.body().contains("no-such-article"));
        assertEquals("no-store", header(missing, "Cache-Control"));
        assertCsp(missing);
    }

    @Test
    void etagAnd304() throws Exception {
        HttpResponse<String> first = get(base, "articles/" + ID + "?lang=es", Map.of());
        String etag = header(first, "ETag");
        assertEquals("\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(first.body())) + "\"", etag);
        HttpResponse<String> again = get(base, "articles/" + ID + "?lang=es", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals("es", header(again, "Content-Language"));
        assertEquals(200, get(base, "articles/" + ID + "?lang=es", Map.of("If-None-Match", "\"other\"")).statusCode());
    }

    @Test
    void theCspHashMatchesTheServedStyle() throws Exception {
        HttpResponse<String> r = get(base, "articles/" + ID + "?lang=ar", Map.of());
        Matcher m = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(r.body());
        assertTrue(m.find(), "the page embeds its stylesheet");
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(1))) + "'";
        assertTrue(header(r, "Content-Security-Policy").contains("style-src " + hash + ";"), header(r, "Content-Security-Policy"));
        assertFalse(m.find(), "exactly one style element");
    }

    @Test
    void fragmentJsonLdAndJson() throws Exception {
        HttpResponse<String> fragment = get(base, "articles/" + ID + "/fragment", Map.of("Accept-Language", "zh-CN"));
        assertEquals(200, fragment.statusCode());
        assertTrue(fragment.body().startsWith("<article") && !fragment.body().contains("<html"), fragment.body().substring(0, 60));
        assertEquals("zh-Hans", header(fragment, "Content-Language"));

        HttpResponse<String> ld = get(base, "articles/" + ID + "/jsonld?lang=es", Map.of());
        assertEquals(200, ld.statusCode());
        assertTrue(header(ld, "Content-Type").startsWith("application/ld+json"));
        JsonObject o = parse(ld.body());
        assertTrue(o.toString().contains("schema.org") && o.toString().contains("\"es\""), o.toString());

        HttpResponse<String> json = get(base, "articles/" + ID + "/json", Map.of("Accept-Language", "ar"));
        assertEquals(200, json.statusCode());
        assertEquals(ID, parse(json.body()).getString("id"));
        assertEquals("ar", header(json, "Content-Language"));
        assertNotNull(header(json, "ETag"));
    }

    @Test
    void concurrentClientsGetTheRightBodiesAndWarmRequestsAreFast() throws Exception {
        int mismatches = ItSupport.concurrentMismatches(client, base, "articles/" + ID);
        report.add("8 clients x 25 requests: " + mismatches + " body mismatches");
        assertEquals(0, mismatches);
        report.add(ItSupport.warmLatency(client, base, "articles/" + ID));
    }

    @Test
    void theColdFirstRequestSucceeded() {
        assertEquals(200, coldStatus);
    }

    // ------------------------------------------------------------------ helpers

    HttpResponse<String> get(URI root, String path, Map<String, String> headers) throws IOException, InterruptedException {
        return ItSupport.get(client, root, path, headers);
    }
}
