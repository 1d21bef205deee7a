package io.healthpage.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.examples.browser.BrowserCheck;
import io.healthpage.render.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the CLI writes, checked in a real browser (axe-core in headless Chromium) and by the W3C Nu Html
 * Checker: the {@code site} pages in English, Spanish, Arabic and Simplified Chinese, the pseudo-locales
 * en-XA and ar-XB (bundles generated from the source by {@code bundle pseudo}), the site's index,
 * and the English fragment embedded in a minimal host page; and what {@code site --content} writes over the
 * example content folder: the root index, the per-language indexes and the article pages. Skipped when the browser tools are missing
 * (see {@link BrowserCheck}). Pages and screenshots stay in {@code target/pages/} for people to look at.
 */
class CliBrowserTest {
    private static final Path PAGES = Path.of("target/pages");

    @Test
    void sitePagesIndexAndEmbeddedFragmentHaveNoAxeViolationsAndNoVnuErrors() throws IOException {
        Path site = PAGES.resolve("site");
        CliRun s = CliRun.run("site", "--out", site.toString());
        assertEquals(0, s.code(), s::all);

        CliRun fragment = CliRun.run("render", "--locale", "en", "--format", "fragment");
        assertEquals(0, fragment.code(), fragment::all);
        // The host page serves the library's stylesheet, as an embedding site does. Without any CSS, the
        // browser's default list styling puts the breadcrumb and contents links ~18 px apart, which axe
        // reports as target-size (WCAG 2.5.8 exempts user-agent-sized targets, axe cannot tell).
        Path host = PAGES.resolve("fragment-en.html");
        Files.writeString(host, """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>A host page embedding the fragment</title>
                <style>%s</style>
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(HtmlRenderer.stylesheet(), fragment.out()));

        List<Path> files = new ArrayList<>();
        for (String tag : List.of("en", "es", "ar", "zh-Hans")) {
            Path page = site.resolve(tag + ".html");
            assertTrue(Files.isRegularFile(page), page + " was not written: the built-in content lacks a " + tag + " bundle?");
            files.add(page);
        }
        // pseudo-locales generated from the source at test time: long accented text, mirrored right-to-left text
        Path pseudo = PAGES.resolve("pseudo-bundles");
        CliRun made = CliRun.run("bundle", "pseudo", "--out", pseudo.toString());
        assertEquals(0, made.code(), made::all);
        for (String tag : List.of("en-XA", "ar-XB")) {
            Path page = PAGES.resolve(tag + ".html");
            CliRun r = CliRun.run("render", "--bundles", pseudo.toString(), "--locale", tag, "--format", "page", "--out", page.toString());
            assertEquals(0, r.code(), r::all);
            files.add(page);
        }
        files.add(site.resolve("index.html"));
        files.add(host);

        BrowserCheck.Result r = BrowserCheck.run(files, PAGES.resolve("check"), true);

        for (BrowserCheck.PageResult p : r.pages()) {
            assertEquals(List.of(), p.axeViolationIds(), () -> p.file() + "\n" + r.summary());
            assertEquals(List.of(), p.vnuErrorMessages(), () -> p.file() + "\n" + r.summary());
        }
        assertEquals(files.size(), r.pages().size(), r::summary);
        assertTrue(Files.isRegularFile(PAGES.resolve("check/screenshots/ar.png")), "screenshot of the Arabic page");
    }

    @Test
    void contentSitePagesAndIndexesHaveNoAxeViolationsAndNoVnuErrors() throws IOException {
        Path site = PAGES.resolve("content-site");
        CliRun s = CliRun.run("site", "--content", "content", "--out", site.toString(), "--base-url", "https://example.org/health/");
        assertEquals(0, s.code(), s::all);
        List<Path> files = new ArrayList<>();
        files.add(site.resolve("index.html"));
        for (String tag : List.of("en", "ar", "zh-Hans")) {
            files.add(site.resolve(tag).resolve("index.html"));
            files.add(site.resolve(tag).resolve("ketamine-pain-relief.html"));
        }
        for (Path f : files) assertTrue(Files.isRegularFile(f), f + " was not written");

        BrowserCheck.Result r = BrowserCheck.run(files, PAGES.resolve("content-check"), false);

        for (BrowserCheck.PageResult p : r.pages()) {
            assertEquals(List.of(), p.axeViolationIds(), () -> p.file() + "\n" + r.summary());
            assertEquals(List.of(), p.vnuErrorMessages(), () -> p.file() + "\n" + r.summary());
        }
        assertEquals(files.size(), r.pages().size(), r::summary);
    }
}
