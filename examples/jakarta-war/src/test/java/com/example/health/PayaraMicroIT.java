package com.example.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    Process payara;
    Path log;
    URI base;          // the WAR as built
    URI childFirst;    // the child-first copy
    long startMillis;
    int coldStatus;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isRegularFile(war), war + " is built by `package`");
        assertTrue(Files.isRegularFile(payaraJar), payaraJar + " is copied by maven-dependency-plugin");
        deleteTree(work);
        Files.createDirectories(work);
        Path deployA = Files.copy(war, work.resolve("health.war"));
        Path deployB = childFirstCopy(war, work.resolve("health-childfirst.war"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path preboot = Files.writeString(work.resolve("preboot.asadmin"), String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1",
                "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false", ""));
        log = work.resolve("payara.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx768m", "-Dhazelcast.socket.bind.any=false", "-jar", payaraJar.toString(),
                "--nocluster", "--nohazelcast", "--interfaces", "127.0.0.1", "--port", String.valueOf(port),
                "--prebootcommandfile", preboot.toString(), "--rootdir", work.resolve("root").toString(),
                "--deploy", deployA.toString(), "--deploy", deployB.toString());
        report.add("command: " + String.join(" ", cmd));
        startMillis = System.currentTimeMillis();
        payara = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!logText().contains("ready in")) {
            if (!payara.isAlive()) fail("Payara Micro exited with " + payara.exitValue() + ":\n" + tail());
            if (System.nanoTime() > deadline) fail("Payara Micro not ready after " + START_TIMEOUT + ":\n" + tail());
            Thread.sleep(250);
        }
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
        if (payara != null) {
            payara.destroy();
            if (!payara.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) payara.destroyForcibly().waitFor();
        }
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
        Set<String> sockets = listeningSockets(payara.pid());
        report.add("Payara listens on: " + sockets);
        assertFalse(sockets.isEmpty(), "found the HTTP listener");
        for (String s : sockets) assertTrue(s.startsWith("127.") || s.startsWith("[::1]"), "non-loopback listener " + s);
    }

    @Test
    void childFirstClassLoadingDeploysAndServesWithoutClassCastException() throws Exception {
        assertFalse(logText().contains("ClassCastException"), tail());
        HttpResponse<String> r = get(childFirst, "articles/" + ID, Map.of("Accept-Language", "ar-EG"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ar", header(r, "Content-Language"));
        assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
        // the same bytes as the parent-first deployment: same library, same content (here read from /WEB-INF/healthpage)
        assertEquals(header(get(base, "articles/" + ID, Map.of("Accept-Language", "ar-EG")), "ETag"), header(r, "ETag"));
        assertEquals(400, get(childFirst, "articles/" + ID + "?lang=pt_BR", Map.of()).statusCode());
        assertFalse(logText().contains("ClassCastException"), tail());
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
        List<String> languages = List.of("es-MX", "ar-EG", "zh-CN", "ja", "en");
        List<String> reference = new ArrayList<>();
        for (String l : languages) reference.add(get(base, "articles/" + ID, Map.of("Accept-Language", l)).body());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int mismatches = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int bad = 0;
                    for (int i = 0; i < 25; i++) {
                        int n = (thread + i) % languages.size();
                        HttpResponse<String> r = get(base, "articles/" + ID, Map.of("Accept-Language", languages.get(n)));
                        if (r.statusCode() != 200 || !r.body().equals(reference.get(n))) bad++;
                    }
                    return bad;
                }));
            }
            for (Future<Integer> f : futures) mismatches += f.get();
        } finally {
            pool.shutdownNow();
        }
        report.add("8 clients x 25 requests: " + mismatches + " body mismatches");
        assertEquals(0, mismatches);

        // warm latency, sequential, one client: page in Spanish negotiated from es-MX
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(base, "articles/" + ID, Map.of("Accept-Language", "es-MX"));
            nanos[i] = System.nanoTime() - t0;
            assertEquals(200, r.statusCode());
        }
        java.util.Arrays.sort(nanos);
        report.add(String.format("warm GET /health/articles/%s (es-MX, %d bytes): median %.2f ms, p90 %.2f ms over %d requests",
                ID, reference.get(0).getBytes(StandardCharsets.UTF_8).length, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 9 / 10] / 1e6, nanos.length));
    }

    @Test
    void theColdFirstRequestSucceeded() {
        assertEquals(200, coldStatus);
    }

    // ------------------------------------------------------------------ helpers

    HttpResponse<String> get(URI root, String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static void assertCsp(HttpResponse<?> r) {
        String csp = header(r, "Content-Security-Policy");
        assertNotNull(csp, "CSP on " + r.uri());
        assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static byte[] sha256(String s) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    }

    String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    String tail() throws IOException {
        String s = logText();
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    /**
     * The WAR repackaged for child-first class loading ({@code glassfish-web.xml}) with its content moved
     * to {@code /WEB-INF/healthpage} and no context parameter (the CDI producer's default location).
     */
    static Path childFirstCopy(Path war, Path target) throws IOException {
        Files.copy(war, target, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem fs = FileSystems.newFileSystem(target)) {
            Files.writeString(fs.getPath("WEB-INF/glassfish-web.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE glassfish-web-app PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN\" "
                    + "\"http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd\">\n"
                    + "<glassfish-web-app>\n  <class-loader delegate=\"false\"/>\n</glassfish-web-app>\n");
            Path from = fs.getPath("WEB-INF/classes/healthpage");
            Path to = fs.getPath("WEB-INF/healthpage");
            List<Path> files;
            try (Stream<Path> s = Files.walk(from)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                Path dest = to.resolve(from.relativize(f).toString());
                Files.createDirectories(dest.getParent());
                Files.move(f, dest);
            }
            String webXml = Files.readString(fs.getPath("WEB-INF/web.xml"));
            Files.writeString(fs.getPath("WEB-INF/web.xml"), webXml.replaceAll("(?s)<context-param>.*</context-param>\\s*", ""));
        }
        return target;
    }

    /** "address:port" of every TCP socket in LISTEN state owned by process {@code pid}, from /proc. */
    static Set<String> listeningSockets(long pid) throws IOException {
        Set<String> inodes = new TreeSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        Set<String> out = new TreeSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!f[3].equals("0A") || !inodes.contains(f[9])) continue; // 0A = LISTEN
                out.add(address(f[1]));
            }
        }
        return out;
    }

    /** /proc/net/tcp{,6} "hexaddr:hexport" → "a.b.c.d:port" or "[v6]:port" (v4-mapped shown as v4). */
    static String address(String hex) {
        String[] p = hex.split(":");
        int port = Integer.parseInt(p[1], 16);
        String a = p[0];
        if (a.length() == 8) return ipv4(a) + ":" + port;
        // IPv6: four little-endian 32-bit words
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 4; w++) {
            String word = a.substring(w * 8, w * 8 + 8);
            for (int i = 3; i >= 0; i--) b.append(word, i * 2, i * 2 + 2);
        }
        String v6 = b.toString();
        if (v6.startsWith("00000000000000000000FFFF")) return ipv4le(v6.substring(24)) + ":" + port;
        if (v6.equals("00000000000000000000000000000001")) return "[::1]:" + port;
        return "[" + v6 + "]:" + port;
    }

    private static String ipv4(String le) {
        return Integer.parseInt(le.substring(6, 8), 16) + "." + Integer.parseInt(le.substring(4, 6), 16) + "."
                + Integer.parseInt(le.substring(2, 4), 16) + "." + Integer.parseInt(le.substring(0, 2), 16);
    }

    private static String ipv4le(String be) {
        return Integer.parseInt(be.substring(0, 2), 16) + "." + Integer.parseInt(be.substring(2, 4), 16) + "."
                + Integer.parseInt(be.substring(4, 6), 16) + "." + Integer.parseInt(be.substring(6, 8), 16);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
