package io.healthpage.examples.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The parts of {@link BrowserCheck} that need no browser: report parsing, root lookup, skip-or-fail. */
class BrowserCheckTest {

    private static final String REPORT = """
            {"ok": false, "totals": {"files": 2, "axeViolations": 1, "vnuErrors": 1, "vnuWarnings": 3},
             "files": [
              {"file": "/tmp/x/a.html",
               "axe": {"violations": [{"id": "image-alt", "impact": "critical", "help": "Images must have alt",
                                        "nodes": ["img.logo", "main > img"]}],
                       "passes": 30, "incomplete": []},
               "vnu": {"errors": [{"line": 14, "column": 5, "message": "An “img” element must have an “alt”."}],
                       "warnings": 3}},
              {"file": "/tmp/x/b.html",
               "axe": {"violations": [], "passes": 40, "incomplete": ["color-contrast"]},
               "vnu": {"errors": [], "warnings": 0}}
             ]}
            """;

    @Test
    void parsesViolationsErrorsAndWarningsPerFile() {
        BrowserCheck.Result r = BrowserCheck.parse(new StringReader(REPORT), Path.of("/tmp/x/r.json"), 1, "log");

        assertEquals(2, r.pages().size());
        assertFalse(r.ok());
        BrowserCheck.PageResult a = r.page(Path.of("/tmp/x/a.html"));
        assertEquals(List.of("image-alt"), a.axeViolationIds());
        assertEquals(List.of("img.logo", "main > img"), a.axeViolations().get(0).targets());
        assertEquals("critical", a.axeViolations().get(0).impact());
        assertEquals(List.of(new BrowserCheck.VnuError(14, 5, "An “img” element must have an “alt”.")), a.vnuErrors());
        assertEquals("14:5 An “img” element must have an “alt”.", a.vnuErrors().get(0).toString());
        assertEquals(3, a.vnuWarnings());
        assertFalse(a.ok());
        BrowserCheck.PageResult b = r.page(Path.of("/tmp/x/./b.html"));
        assertTrue(b.ok());
        assertTrue(r.summary().contains("axe image-alt [critical] img.logo: Images must have alt"), r.summary());
        assertThrows(IllegalArgumentException.class, () -> r.page(Path.of("/tmp/x/c.html")));
    }

    @Test
    void aMalformedReportSaysWhichFileAndWhatIsWrong() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BrowserCheck.parse(new StringReader("{\"files\": [{\"file\": \"a.html\"}]}"),
                        Path.of("/tmp/r.json"), 0, ""));
        assertTrue(e.getMessage().startsWith("/tmp/r.json: not a browser-check report"), e.getMessage());
    }

    @Test
    void findsTheRepoRootFromAnySubfolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("tools/browser-check"));
        Files.writeString(dir.resolve("tools/browser-check/check.mjs"), "// stub");
        Path deep = Files.createDirectories(dir.resolve("examples/src/test"));

        assertEquals(dir.toAbsolutePath().normalize(), BrowserCheck.repoRoot(deep));
        assertThrows(IllegalStateException.class, () -> BrowserCheck.repoRoot(dir.getParent()));
    }

    @Test
    void missingToolsSkipUnlessRequiredThenFailNamingTheSetupScript(@TempDir Path root) throws IOException {
        Path noChromium = root.resolve("no-chromium");

        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> BrowserCheck.requireTools(root, noChromium, Map.of()));
        assertTrue(skipped.getMessage().contains(".ci/setup-browser"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains(noChromium.toString()), skipped.getMessage());

        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> BrowserCheck.requireTools(root, noChromium, Map.of("HEALTHPAGE_REQUIRE_BROWSER", "1")));
        assertTrue(failed.getMessage().contains(".ci/setup-browser"), failed.getMessage());
        assertTrue(failed.getMessage().contains("node_modules"), failed.getMessage());
    }

    @Test
    void presentToolsNeitherSkipNorFail(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("tools/browser-check/node_modules"));
        Path fakeChromium = Files.createFile(root.resolve("chromium"));
        assertTrue(fakeChromium.toFile().setExecutable(true));

        assertTrue(BrowserCheck.missingTools(root, fakeChromium).isEmpty());
        assertDoesNotThrow(() -> BrowserCheck.requireTools(root, fakeChromium, Map.of("HEALTHPAGE_REQUIRE_BROWSER", "1")));
        assertTrue(BrowserCheck.missingTools(root, root.resolve("gone")).orElseThrow().contains("gone"));
    }
}
