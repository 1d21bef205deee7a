package com.example.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** What the container tests share: repackaging the WAR, reading /proc, small HTTP helpers. Stateless. */
final class ItSupport {
    private ItSupport() {}

    static HttpResponse<String> get(HttpClient client, URI root, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * 8 clients × 25 requests for {@code path} in five languages, each body compared with the one a single
     * client got first for its language.
     *
     * @return the number of answers that were not 200 or whose body differed
     */
    static int concurrentMismatches(HttpClient client, URI base, String path) throws Exception {
        List<String> languages = List.of("es-MX", "ar-EG", "zh-CN", "ja", "en");
        List<String> reference = new ArrayList<>();
        for (String l : languages) reference.add(get(client, base, path, Map.of("Accept-Language", l)).body());
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
                        HttpResponse<String> r = get(client, base, path, Map.of("Accept-Language", languages.get(n)));
                        if (r.statusCode() != 200 || !r.body().equals(reference.get(n))) bad++;
                    }
                    return bad;
                }));
            }
            for (Future<Integer> f : futures) mismatches += f.get();
        } finally {
            pool.shutdownNow();
        }
        return mismatches;
    }

    /** Warm latency of {@code path} (es-MX), one client, 200 sequential requests: "median …, p90 …". */
    static String warmLatency(HttpClient client, URI base, String path) throws Exception {
        long[] nanos = new long[200];
        int bytes = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(client, base, path, Map.of("Accept-Language", "es-MX"));
            nanos[i] = System.nanoTime() - t0;
            assertEquals(200, r.statusCode());
            bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
        }
        Arrays.sort(nanos);
        return String.format("warm GET %s (es-MX, %d bytes): median %.2f ms, p90 %.2f ms over %d requests",
                base.resolve(path).getPath(), bytes, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 9 / 10] / 1e6, nanos.length);
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

    /** Every listening socket of the process and of its descendants (a start script's JVM). */
    static Set<String> listeningSockets(ProcessHandle process) throws IOException {
        Set<String> out = new TreeSet<>(listeningSockets(process.pid()));
        for (ProcessHandle child : process.descendants().toList()) out.addAll(listeningSockets(child.pid()));
        return out;
    }

    /**
     * The WAR repackaged for child-first class loading ({@code glassfish-web.xml}) with its content moved
     * to {@code /WEB-INF/healthpage} and no context parameter (the CDI producer's default location).
     */
    static Path childFirstCopy(Path war, Path target) throws IOException {
        return servletPathCopy(war, target, true);
    }

    /**
     * The WAR with its content moved to {@code /WEB-INF/healthpage} and no context parameter (the CDI
     * producer's default location, read through the servlet API), and, if {@code childFirst}, a
     * {@code glassfish-web.xml} asking for child-first class loading.
     */
    static Path servletPathCopy(Path war, Path target, boolean childFirst) throws IOException {
        Files.copy(war, target, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem fs = FileSystems.newFileSystem(target)) {
            if (childFirst) Files.writeString(fs.getPath("WEB-INF/glassfish-web.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
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
