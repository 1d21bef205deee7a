package com.example.health;

import static com.example.health.ItSupport.assertCsp;
import static com.example.health.ItSupport.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same WAR on a second Jakarta EE 10 server, WildFly 32 (RESTEasy, Weld, Undertow), with the content
 * in {@code /WEB-INF/healthpage} (WildFly's class loader gives {@code vfs:} URLs, which cannot be listed,
 * so {@code classpath:} content is reported as a problem there; the servlet API works everywhere). All
 * listeners bound to 127.0.0.1 on free ports. Figures go to {@code target/wildfly-it.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WildFlyIT {
    static final String ID = PayaraMicroIT.ID;

    final Path war = Path.of(System.getProperty("war", "target/health.war"));
    final Path home = Path.of(System.getProperty("wildfly.home", "target/wildfly/wildfly-32.0.1.Final"));
    final Path work = war.getParent().resolve("wildfly-it");
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> report = Collections.synchronizedList(new ArrayList<>());
    ServerProcess wildfly;
    URI base;
    int coldStatus;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isRegularFile(home.resolve("bin/standalone.sh")), home + " is unpacked by maven-dependency-plugin");
        ItSupport.deleteTree(work);
        Path baseDir = work.resolve("standalone");
        copyTree(home.resolve("standalone"), baseDir);
        ItSupport.servletPathCopy(war, baseDir.resolve("deployments/health.war"), false);
        int[] ports = freePorts(4);
        List<String> cmd = List.of("bash", home.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1", "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.http.port=" + ports[0], "-Djboss.https.port=" + ports[1],
                "-Djboss.management.http.port=" + ports[2], "-Djboss.management.https.port=" + ports[3]);
        report.add("command: " + String.join(" ", cmd));
        long t0 = System.currentTimeMillis();
        wildfly = ServerProcess.start(cmd, work.resolve("wildfly.log"), "WFLYSRV0025", "WFLYSRV0026", Duration.ofMinutes(4));
        report.add("WildFly ready after " + (System.currentTimeMillis() - t0) + " ms");
        base = URI.create("http://127.0.0.1:" + ports[0] + "/health/");
        long c0 = System.nanoTime();
        coldStatus = get("articles/" + ID, Map.of("Accept-Language", "es-MX")).statusCode();
        report.add("cold first request GET /health/articles/" + ID + " (es-MX): " + (System.nanoTime() - c0) / 1_000_000 + " ms");
    }

    @AfterAll
    void stop() throws Exception {
        if (wildfly != null) wildfly.stop();
        report.forEach(System.out::println);
        Files.write(war.getParent().resolve("wildfly-it.txt"), report);
    }

    @Test
    void deploysAndListensOnLoopbackOnly() throws Exception {
        assertEquals(200, coldStatus);
        assertTrue(wildfly.log().contains("Deployed \"health.war\""), wildfly.tail());
        Set<String> sockets = ItSupport.listeningSockets(wildfly.handle());
        report.add("WildFly listens on: " + sockets);
        assertFalse(sockets.isEmpty());
        for (String s : sockets) assertTrue(s.startsWith("127.") || s.startsWith("[::1]"), "non-loopback listener " + s);
    }

    @Test
    void negotiationErrorsCachingAndCsp() throws Exception {
        String[][] cases = {{"es-MX", "es", "ltr"}, {"ar-EG", "ar", "rtl"}, {"zh-CN", "zh-Hans", "ltr"}, {"ja", "en", "ltr"},
                {"*", "en", "ltr"}, {"!!not a tag", "en", "ltr"}};
        for (String[] c : cases) {
            HttpResponse<String> r = get("articles/" + ID, Map.of("Accept-Language", c[0]));
            assertEquals(200, r.statusCode(), c[0]);
            assertEquals(c[1], header(r, "Content-Language"), c[0]);
            assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"" + c[1] + "\" dir=\"" + c[2] + "\">"), c[0]);
            assertEquals("Accept-Language", header(r, "Vary"));
            assertCsp(r);
        }
        assertEquals("fr", header(get("articles/" + ID + "?lang=fr-CA", Map.of("Accept-Language", "ar")), "Content-Language"));
        HttpResponse<String> bad = get("articles/" + ID + "?lang=pt_BR", Map.of("Accept-Language", "es"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("<html lang=\"es\""), "our error page: " + bad.body());
        HttpResponse<String> missing = get("articles/nope", Map.of("Accept-Language", "ar"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"ar\" dir=\"rtl\">"), missing.body());
        String etag = header(get("articles/" + ID + "/json?lang=es", Map.of()), "ETag");
        HttpResponse<String> again = get("articles/" + ID + "/json?lang=es", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals(etag, header(again, "ETag"));
        HttpResponse<String> fragment = get("articles/" + ID + "/fragment?lang=zh-Hans", Map.of());
        assertTrue(fragment.body().startsWith("<article"), fragment.body().substring(0, 40));
        assertTrue(header(get("articles/" + ID + "/jsonld", Map.of()), "Content-Type").startsWith("application/ld+json"));
    }

    @Test
    void concurrentClientsAndWarmLatency() throws Exception {
        int mismatches = ItSupport.concurrentMismatches(client, base, "articles/" + ID);
        report.add("8 clients x 25 requests: " + mismatches + " body mismatches");
        assertEquals(0, mismatches);
        report.add(ItSupport.warmLatency(client, base, "articles/" + ID));
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return ItSupport.get(client, base, path, headers);
    }

    static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) s.close();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
