package io.healthpage.examples.cli;

import static io.healthpage.examples.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.SourceHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code healthpage bundle ...} and {@code healthpage serve} through {@link Main#run}. */
class BundleAndServeTest {

    @Test
    void extractWritesTheSourceBundleWithHashes() {
        CliRun r = run("bundle", "extract");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().contains("\"locale\": \"en\""), r::all);
        // hash of the English title, computed here from the text in the article file
        String hash = SourceHash.of("How long does ketamine pain relief last?");
        assertTrue(r.out().contains("\"source\": \"" + hash + "\""), r::all);
        assertTrue(BundleLoader.create().load("en.json", r.out()).bundle().isPresent(), "the output is a loadable bundle");
    }

    @Test
    void checkOfTheExampleBundlesPassesAndABrokenBundleExits1(@TempDir Path dir) throws IOException {
        CliRun good = run("bundle", "check");
        assertEquals(0, good.code(), good::all);

        // an unclosed ICU brace: broken, the checker must report it as an error
        Path article = CliRun.articleWithBrokenSpanishTitle(dir);

        CliRun bad = run("bundle", "check", "--article", article.toString(), "--format", "json");

        assertEquals(1, bad.code(), bad::all);
        assertTrue(bad.out().contains("es.json"), bad::all);
        assertTrue(bad.out().contains("\"title\""), bad::all);
    }

    @Test
    void checkLabelsPassesTheShippedLabelsAndCatchesABrokenOne(@TempDir Path dir) throws IOException {
        Path es = dir.resolve("es.json");
        try (var in = BundleLoader.class.getResourceAsStream("labels/es.json")) {
            Files.write(es, in.readAllBytes());
        }
        CliRun good = run("bundle", "check-labels", es.toString());
        assertEquals(0, good.code(), good::all);

        // a placeholder renamed by mistake: readers would see "{nombres}" instead of the authors
        Path broken = dir.resolve("broken").resolve("es.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, Files.readString(es).replace("Escrito por {names}", "Escrito por {nombres}"));
        CliRun bad = run("bundle", "check-labels", broken.toString());
        assertEquals(1, bad.code(), bad::all);
        assertTrue(bad.out().contains("byline.authors"), bad::all);
        assertTrue(bad.out().contains("{names}"), bad::all);

        CliRun none = run("bundle", "check-labels", dir.resolve("missing.json").toString());
        assertEquals(2, none.code(), none::all);
    }

    @Test
    void coverageListsEveryLocaleAndMinFailsBelowIt(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir); // es and ar translate 1 text of many

        CliRun text = run("bundle", "coverage", "--article", article.toString());
        CliRun min = run("bundle", "coverage", "--article", article.toString(), "--min", "90");

        assertEquals(0, text.code(), text::all);
        assertTrue(text.out().contains(" es ") && text.out().contains(" ar "), text::all);
        assertEquals(1, min.code(), min::all);
        assertTrue(min.err().contains("coverage below 90.0%: [ar, es]"), min::all);
    }

    @Test
    void pseudoBundlesRenderAsPseudoLocales(@TempDir Path dir) {
        CliRun p = run("bundle", "pseudo", "--out", dir.toString());
        assertEquals(0, p.code(), p::all);
        assertTrue(Files.isRegularFile(dir.resolve("en-XA.json")) && Files.isRegularFile(dir.resolve("ar-XB.json")), p::all);

        CliRun xa = run("render", "--bundles", dir.toString(), "--locale", "en-XA", "--format", "fragment");
        CliRun xb = run("render", "--bundles", dir.toString(), "--locale", "ar-XB", "--format", "fragment");

        assertEquals(0, xa.code(), xa::all);
        assertEquals("", xa.err(), "every text is pseudo-translated: no fallback note");
        assertTrue(xa.out().contains("\u27E6"), "en-XA brackets every message: " + xa.out().substring(0, 400));
        assertTrue(xb.out().contains(" lang=\"ar-XB\" dir=\"rtl\""), xb::all);
    }

    @Test
    void pseudoBundlesPassBundleCheckWithoutAnError(@TempDir Path dir) {
        CliRun p = run("bundle", "pseudo", "--out", dir.toString());
        assertEquals(0, p.code(), p::all);
        CliRun check = run("bundle", "check", "--bundles", dir.toString(), "--format", "json");
        assertEquals(0, check.code(), check::all);
        assertTrue(check.out().startsWith("{\n    \"errors\": 0,"), check::all);
        for (String tag : new String[] {"en-XA", "ar-XB"}) {
            CliRun one = run("bundle", "check", "--bundles", dir.toString(), "--locale", tag);
            assertEquals(0, one.code(), one::all);
            assertFalse(one.out().contains("plural.missing-category"), one::all);
        }
    }

    @Test
    void xliffExportThenImportGivesTheBundleBack(@TempDir Path dir) throws IOException {
        Path xlf = dir.resolve("es.xlf");
        Path json = dir.resolve("es.json");

        CliRun export = run("bundle", "export-xliff", "--locale", "es", "--out", xlf.toString());
        CliRun imp = run("bundle", "import-xliff", "--locale", "es", xlf.toString(), "--out", json.toString());

        assertEquals(0, export.code(), export::all);
        assertTrue(Files.readString(xlf).contains("trgLang=\"es\""));
        assertEquals(0, imp.code(), imp::all);
        var original = BundleLoader.create().load(Path.of("content/ketamine-pain-relief/i18n/es.json")).bundle().orElseThrow();
        var back = BundleLoader.create().load(json).bundle().orElseThrow();
        assertEquals(original.entries().size(), back.entries().size());
        assertEquals(original.entry("title").orElseThrow().text(), back.entry("title").orElseThrow().text());
    }

    @Test
    void importedTargetsGoThroughTheTranslatorChecks(@TempDir Path dir) throws IOException {
        Path xlf = dir.resolve("es.xlf");
        assertEquals(0, run("bundle", "export-xliff", "--locale", "es", "--out", xlf.toString()).code());
        var es = BundleLoader.create().load(Path.of("content/ketamine-pain-relief/i18n/es.json")).bundle().orElseThrow();
        String title = es.entry("title").orElseThrow().text();
        String xml = Files.readString(xlf);
        assertTrue(xml.contains(title), "the export holds the Spanish title");
        // a CAT tool user adds a dose that the source does not have
        Files.writeString(xlf, xml.replaceFirst(java.util.regex.Pattern.quote(title), title + " 50 mg"));

        CliRun r = run("bundle", "import-xliff", "--locale", "es", xlf.toString(), "--out", dir.resolve("es.json").toString());

        assertEquals(1, r.code(), r::all);
        assertTrue(r.err().contains("title") && r.err().contains("50"), r::all);
    }

    @Test
    void importOfAWrongLanguageFileExits1WithWhere(@TempDir Path dir) throws IOException {
        Path xlf = dir.resolve("es.xlf");
        assertEquals(0, run("bundle", "export-xliff", "--locale", "es", "--out", xlf.toString()).code());

        CliRun r = run("bundle", "import-xliff", "--locale", "fr", xlf.toString());

        assertEquals(1, r.code(), r::all);
        assertTrue(r.err().contains(xlf.toString()), r::all);
        assertFalse(r.err().contains("\tat "), r::all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"po", "xliff12", "xliff20"})
    void exportThenImportInEveryFormatGivesTheBundleBack(String format, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("es." + format);
        Path json = dir.resolve("es.json");

        CliRun export = run("bundle", "export", "--format", format, "--locale", "es", "--out", file.toString());
        CliRun imp = run("bundle", "import", "--locale", "es", file.toString(), "--out", json.toString());

        assertEquals(0, export.code(), export::all);
        assertEquals(0, imp.code(), imp::all);
        var original = BundleLoader.create().load(Path.of("content/ketamine-pain-relief/i18n/es.json")).bundle().orElseThrow();
        var back = BundleLoader.create().load(json).bundle().orElseThrow();
        assertEquals(original.entries().keySet(), back.entries().keySet());
        for (var e : original.entries().values()) {
            assertEquals(e.text(), back.entry(e.key()).orElseThrow().text(), e.key());
            assertEquals(e.sourceHash(), back.entry(e.key()).orElseThrow().sourceHash(), e.key());
        }
    }

    @Test
    void aPoFileWithAChangedDoseAndABrokenEntryIsReportedWithLineAndTheRestWritten(@TempDir Path dir) throws IOException {
        Path po = dir.resolve("es.po");
        assertEquals(0, run("bundle", "export", "--format", "po", "--locale", "es", "--out", po.toString()).code());
        var es = BundleLoader.create().load(Path.of("content/ketamine-pain-relief/i18n/es.json")).bundle().orElseThrow();
        String title = es.entry("title").orElseThrow().text();
        String text = Files.readString(po);
        // a dose the source does not have, and a msgstr with an escape gettext does not know
        text = text.replace("msgstr \"" + title + "\"", "msgstr \"" + title + " 50 mg\"")
                .replace("msgstr \"Inicio\"", "msgstr \"Inicio\\q\"");
        Files.writeString(po, text);
        int titleLine = text.lines().toList().indexOf("msgctxt \"title\"") + 1;
        Path json = dir.resolve("es.json");

        CliRun r = run("bundle", "import", "--locale", "es", po.toString(), "--out", json.toString());

        assertEquals(1, r.code(), r::all);
        assertTrue(r.err().contains(po + ":" + titleLine + ":1") || r.err().contains(titleLine + ":1 "), r::all);
        assertTrue(r.err().contains("facts.number-changed") && r.err().contains("50 mg"), r::all);
        assertTrue(r.err().contains("[po.syntax] breadcrumb.1: PO syntax: unknown escape \\q"), r::all);
        var back = BundleLoader.create().load(json).bundle().orElseThrow();
        assertEquals(es.entries().size() - 1, back.entries().size(), "only the broken entry is left out");
    }

    @Test
    void aTemplateNeedsNoLocaleAndAFormatMustBeKnown(@TempDir Path dir) throws IOException {
        Path pot = dir.resolve("t.pot");
        CliRun r = run("bundle", "export", "--format", "pot", "--out", pot.toString());
        assertEquals(0, r.code(), r::all);
        assertTrue(Files.readString(pot).contains("\"Language: \\n\""));
        CliRun noLocale = run("bundle", "export", "--format", "po");
        assertEquals(2, noLocale.code(), noLocale::all);
        assertTrue(noLocale.err().contains("--locale is required"), noLocale::all);
        CliRun bad = run("bundle", "export", "--format", "xliff3", "--locale", "es");
        assertEquals(2, bad.code(), bad::all);
        assertTrue(bad.err().contains("'xliff3' is not a format: use xliff12, xliff20, po or pot"), bad::all);
    }

    @Test
    void bundleHelpListsTheTools() {
        CliRun r = run("bundle", "--help");

        assertEquals(0, r.code(), r::all);
        for (String c : new String[] {"extract", "check", "pseudo", "coverage"}) {
            assertTrue(r.out().contains("  " + c + " "), c + ": " + r.out());
        }
        assertTrue(r.out().contains("  export, export-xliff "), r.out());
        assertTrue(r.out().contains("  import, import-xliff "), r.out());
    }

    @Test
    void serveAnswersOverHttpUntilInterrupted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(Main.run(new String[] {"serve", "--port", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))));
        t.start();
        try {
            Matcher m = null;
            for (int i = 0; i < 600 && (m == null || !m.find()); i++) {
                Thread.sleep(50);
                m = Pattern.compile("serving 1 article at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl\\+C to stop\\)")
                        .matcher(out.toString(StandardCharsets.UTF_8));
            }
            assertTrue(m != null && m.find(0), "no 'serving' line: " + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(m.group(1) + "articles/ketamine-pain-relief?lang=es")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<html lang=\"es\""), page.body().substring(0, 200));
        } finally {
            t.interrupt();
            t.join(10_000);
        }
        assertFalse(t.isAlive());
        assertEquals(0, code.get(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void serveRejectsABadPortWithExit2() {
        CliRun r = run("serve", "--port", "70000");

        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().contains("--port must be 0 (any free port) to 65535, was 70000"), r::all);
    }
}
