package io.healthpage.examples.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points headless Chromium at the live server ({@code tools/browser-check/csp-check.mjs}) so the real
 * Content-Security-Policy header is in force: the served pages must have no CSP violation and their
 * stylesheet must apply; a page with another stylesheet must be refused (the check can fail).
 * Skipped without Chromium or node_modules unless HEALTHPAGE_REQUIRE_BROWSER=1.
 */
class LiveCspBrowserTest {

    @Test
    void theCspLetsThePageStylesheetApplyAndBlocksAnyOther(@TempDir Path content) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent(); // tests run in <repo>/examples
        Path script = root.resolve("tools/browser-check/csp-check.mjs");
        requireTools(root);
        try (HealthpageServer server = HealthpageServer.start(
                HealthpageServer.application(TestContent.content(content)).register(ForeignStyleResource.class), "127.0.0.1", 0)) {
            List<String> paths = List.of("", "articles/" + TestContent.ID + "?lang=ar", "articles/" + TestContent.ID + "?lang=en",
                    "articles/missing", "foreign-style");
            List<String> cmd = new ArrayList<>(List.of("node", script.toString()));
            for (String p : paths) cmd.add(server.baseUri().resolve(p).toString());
            Path out = Files.createTempFile(content, "csp", ".json");
            Process proc = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            proc.getOutputStream().close();
            if (!proc.waitFor(3, TimeUnit.MINUTES)) {
                proc.destroyForcibly();
                Assertions.fail("csp-check.mjs did not finish in 3 minutes");
            }
            String json = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(1, proc.exitValue(), "exit 1: the foreign-style page must be refused; output: " + json);
            JsonObject report;
            try (JsonReader r = Json.createReader(new StringReader(json))) {
                report = r.readObject();
            }
            List<JsonObject> pages = report.getJsonArray("pages").getValuesAs(JsonObject.class);
            assertEquals(paths.size(), pages.size());
            for (int i = 0; i < paths.size() - 1; i++) {
                JsonObject p = pages.get(i);
                assertTrue(p.getJsonArray("violations").isEmpty(), p.toString());
                assertTrue(p.getBoolean("styled"), "stylesheet applied: " + p);
            }
            JsonObject foreign = pages.get(paths.size() - 1);
            assertFalse(foreign.getBoolean("styled"), foreign.toString());
            assertFalse(foreign.getJsonArray("violations").isEmpty(), foreign.toString());
        }
    }

    private static void requireTools(Path root) {
        boolean ok = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isDirectory(root.resolve("tools/browser-check/node_modules"));
        if (ok) return;
        String msg = "browser tools missing (/usr/bin/chromium or tools/browser-check/node_modules); run .ci/setup-browser";
        if ("1".equals(System.getenv("HEALTHPAGE_REQUIRE_BROWSER"))) Assertions.fail(msg);
        Assumptions.abort(msg);
    }
}
