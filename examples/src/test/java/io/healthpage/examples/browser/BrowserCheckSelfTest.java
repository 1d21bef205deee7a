package io.healthpage.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the real browser check on its two hand-made fixtures, proving from the Java side that it passes a
 * clean page and fails a broken one. The expected rule ids and vnu messages were read off the fixture
 * source (see the comments in {@code tools/browser-check/fixtures/bad.html}), not copied from a run.
 */
class BrowserCheckSelfTest {

    @Test
    void goodFixturePassesAndBadFixtureFailsWithTheProblemsPlantedInIt() {
        // kept under target/ (not a temp dir) so the report named in a failure message is still there
        Path out = Path.of("target", "browser-check", "selftest");
        Path fixtures = BrowserCheck.repoRoot(Path.of("").toAbsolutePath())
                .resolve("tools/browser-check/fixtures");
        Path good = fixtures.resolve("good.html");
        Path bad = fixtures.resolve("bad.html");

        BrowserCheck.Result result = BrowserCheck.run(List.of(good, bad), out);

        assertEquals(1, result.exitCode(), result::output);
        assertFalse(result.ok(), result::summary);
        assertTrue(Files.isRegularFile(result.report()), "report written");
        assertEquals(2, result.pages().size(), result::summary);

        BrowserCheck.PageResult goodPage = result.page(good);
        assertEquals(List.of(), goodPage.axeViolationIds(), result::summary);
        assertEquals(List.of(), goodPage.vnuErrors(), result::summary);
        assertTrue(goodPage.ok());

        BrowserCheck.PageResult badPage = result.page(bad);
        assertTrue(badPage.axeViolationIds().containsAll(List.of("image-alt", "html-has-lang", "document-title",
                "heading-order", "color-contrast", "label", "link-name", "list")), result::summary);
        // line 17 holds the second id="dup"; line 14 the <img> without alt (1-based, counted in the file)
        assertTrue(badPage.vnuErrors().stream()
                .anyMatch(e -> e.line() == 17 && e.message().equals("Duplicate ID “dup”.")), result::summary);
        assertTrue(badPage.vnuErrors().stream()
                .anyMatch(e -> e.line() == 14 && e.message().contains("“img” element must have an “alt” attribute")),
                result::summary);
        assertTrue(badPage.axeViolations().stream()
                .anyMatch(v -> v.id().equals("image-alt") && v.targets().equals(List.of("img"))), result::summary);
    }
}
