package io.healthpage.examples.cli;

import static io.healthpage.examples.cli.CliRun.run;
import static io.healthpage.examples.cli.CliRun.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command through {@link Main#run}: output, stderr and exit code. */
class MainTest {
    private static final String EN_TITLE = "How long does ketamine pain relief last?";

    // ------------------------------------------------------------------ render

    @ParameterizedTest(name = "render --locale {0} --format fragment")
    @CsvSource({"en, ltr", "es, ltr", "ar, rtl"})
    void renderFragmentIsAnArticleElementInTheLanguage(String tag, String dir) {
        CliRun r = run("render", "--locale", tag, "--format", "fragment");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().startsWith("<article "), r::all);
        assertTrue(r.out().contains(" lang=\"" + tag + "\" dir=\"" + dir + "\""), r::all);
        assertFalse(r.out().contains("<html"), r::all);
        assertFalse(r.err().contains("Exception"), r::all);
    }

    @ParameterizedTest(name = "render --locale {0} --format page")
    @CsvSource({"en, ltr", "es, ltr", "ar, rtl"})
    void renderPageIsACompleteDocumentInTheLanguage(String tag, String dir) {
        CliRun r = run("render", "--locale", tag, "--format", "page");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().startsWith("<!DOCTYPE html>\n<html lang=\"" + tag + "\" dir=\"" + dir + "\">"), r::all);
        assertTrue(r.out().contains("<main"), r::all);
        assertTrue(r.out().contains("<script type=\"application/ld+json\">"), r::all);
        assertTrue(r.out().stripTrailing().endsWith("</html>"), r::all);
    }

    @Test
    void renderDefaultsToPageAndTheEnglishSourceHasItsTitle() {
        CliRun r = run("render", "--locale", "en");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().contains("<title>" + EN_TITLE + "</title>"), r::all);
        assertEquals("", r.err(), "the source language needs no note");
    }

    @ParameterizedTest(name = "render --locale {0} --format jsonld")
    @ValueSource(strings = {"en", "es", "ar"})
    void renderJsonLdIsSchemaOrgInTheLanguage(String tag) {
        CliRun r = run("render", "--locale", tag, "--format", "jsonld");

        assertEquals(0, r.code(), r::all);
        JsonObject ld = (JsonObject) parse(r.out());
        assertEquals("https://schema.org", ld.getString("@context"), r::all);
        assertEquals(tag, ld.getString("inLanguage"), r::all);
    }

    @ParameterizedTest(name = "render --locale {0} --format json")
    @ValueSource(strings = {"en", "es", "ar"})
    void renderJsonIsTheLocalizedArticleReadableAgain(String tag) {
        CliRun r = run("render", "--locale", tag, "--format", "json");

        assertEquals(0, r.code(), r::all);
        Article a = ArticleJson.reader().read("out.json", r.out());
        assertEquals(tag, a.locale().toLanguageTag());
        assertEquals("ketamine-pain-relief", a.id());
        assertEquals("en", a.sourceLocale().toLanguageTag());
    }

    @Test
    void renderUsesTheBundlesNextToAnArticleFile(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir);

        CliRun es = run("render", "--article", article.toString(), "--locale", "es", "--format", "fragment");
        CliRun ar = run("render", "--article", article.toString(), "--locale", "ar", "--format", "fragment");

        assertEquals(0, es.code(), es::all);
        assertTrue(es.out().contains(CliRun.ES_TITLE), es::all);
        assertTrue(ar.out().contains(CliRun.AR_TITLE), ar::all);
        // only the title is translated: the rest falls back, which is said in one line on stderr
        assertTrue(es.err().startsWith("note: es: "), es::all);
        assertEquals(1, es.err().lines().count(), es::all);
        assertTrue(es.out().contains("lang=\"en\""), "fallback texts are marked with their language");
    }

    @Test
    void renderWithBundlesFromAnotherFolder(@TempDir Path dir) throws IOException {
        CliRun.articleWithTitleBundles(dir);

        CliRun r = run("render", "--bundles", dir.resolve("i18n").toString(), "--locale", "ar", "--format", "fragment");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().contains(CliRun.AR_TITLE), r::all);
    }

    @Test
    void aLocaleWithoutBundleRendersInTheSourceLanguageWithANote(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("article.json");
        Files.copy(CliRun.exampleArticle(), article); // no i18n folder at all

        CliRun r = run("render", "--article", article.toString(), "--locale", "es", "--format", "page");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().startsWith("<!DOCTYPE html>\n<html lang=\"es\""), r::all);
        assertTrue(r.out().contains(EN_TITLE), r::all);
        assertEquals("note: no translation into es (available: en); the text is shown in en, marked with lang=\"en\"\n",
                r.err(), r::all);
    }

    @Test
    void renderOutWritesTheFileAndNothingElse(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/page.html");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");

        CliRun r = run("render", "--locale", "en", "--out", target.toString());

        assertEquals(0, r.code(), r::all);
        assertEquals("", r.out());
        assertTrue(Files.readString(target).contains("<title>" + EN_TITLE + "</title>"));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(target), s.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void renderOutIntoAFileThatIsNotAFolderFailsWithExit2AndLeavesNoFile(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");

        CliRun r = run("render", "--locale", "en", "--out", blocker.resolve("page.html").toString());

        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().startsWith("healthpage render: "), r::all);
        assertTrue(r.err().contains("blocker"), r::all);
        assertFalse(r.err().contains("\tat "), r::all);
        assertEquals("a file, not a folder", Files.readString(blocker));
    }

    // ------------------------------------------------------------------ site

    @Test
    void siteWritesOnePagePerLanguageAndAnIndexWithNativeNames(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir.resolve("src").toFile().mkdirs() ? dir.resolve("src") : dir);
        Path out = dir.resolve("site");

        CliRun r = run("site", "--article", article.toString(), "--out", out.toString());

        assertEquals(0, r.code(), r::all);
        assertEquals("site: 3 languages (en, ar, es) written to " + out.resolve("index.html") + "\n", r.out());
        for (String f : List.of("en.html", "es.html", "ar.html", "index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), index);
        assertTrue(index.contains("<title>" + EN_TITLE + "</title>"), index);
        assertTrue(index.contains("<main>\n<h1>" + EN_TITLE + "</h1>"), index);
        assertTrue(index.contains("<a href=\"es.html\" hreflang=\"es\" lang=\"es\" dir=\"ltr\">español</a>"), index);
        assertTrue(index.contains("<a href=\"ar.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"), index);
        assertTrue(index.contains("<a href=\"en.html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"), index);

        String ar = Files.readString(out.resolve("ar.html"));
        assertTrue(ar.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(ar.contains(CliRun.AR_TITLE));
        assertTrue(ar.contains("href=\"es.html\" hreflang=\"es\" lang=\"es\""), "the switcher links the other pages");
        assertTrue(ar.contains(">español</a>"));
    }

    @Test
    void siteIsQuietWithoutATerminal(@TempDir Path dir) {
        CliRun r = run("site", "--out", dir.toString());

        assertEquals(0, r.code(), r::all);
        assertFalse(r.err().contains("(1/"), "no progress lines when stderr is not a terminal: " + r.err());
        assertTrue(Files.isRegularFile(dir.resolve("en.html")));
    }

    @Test
    void siteRefusesAnOutThatIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x"), "");

        CliRun r = run("site", "--out", file.toString());

        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().contains("--out must be a folder"), r::all);
    }

    @Test
    void siteOfAContentFolderWritesEveryArticleInEveryLanguageThenOnlyWhatChanged(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        CliRun.articleWithTitleBundles(Files.createDirectories(content.resolve("ketamine-pain-relief")));
        Path out = dir.resolve("site");

        CliRun first = run("site", "--content", content.toString(), "--out", out.toString(), "--base-url", "https://example.org/h/",
                "--threads", "2");

        assertEquals(0, first.code(), first::all);
        assertTrue(first.out().startsWith("site: 3 pages of 1 article in 3 languages (ar, en, es): 3 written, 0 unchanged, 0 removed"),
                first::all);
        for (String f : List.of("en/ketamine-pain-relief.html", "es/ketamine-pain-relief.html", "ar/ketamine-pain-relief.html",
                "en/index.html", "es/index.html", "ar/index.html", "index.html", "sitemap.xml")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("es/index.html")).contains(CliRun.ES_TITLE), "the index names it in Spanish");
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains(
                "hreflang=\"x-default\" href=\"https://example.org/h/en/ketamine-pain-relief.html\""));
        assertFalse(first.err().contains("site: 0/"), "no progress without a terminal: " + first.err());

        CliRun again = run("site", "--content", content.toString(), "--out", out.toString(), "--base-url", "https://example.org/h/");
        assertEquals(0, again.code(), again::all);
        assertTrue(again.out().contains(": 0 written, 3 unchanged, 0 removed"), again::all);
    }

    @Test
    void siteRefusesContentWithArticleAndOptionsThatNeedContent(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir);

        CliRun both = run("site", "--content", dir.toString(), "--article", article.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, both.code(), both::all);
        assertTrue(both.err().contains("--content cannot be combined with --article"), both::all);

        CliRun threads = run("site", "--article", article.toString(), "--threads", "2", "--out", dir.resolve("o").toString());
        assertEquals(2, threads.code(), threads::all);
        assertTrue(threads.err().contains("need --content"), threads::all);

        CliRun missing = run("site", "--content", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, missing.code(), missing::all);
        assertTrue(missing.err().contains("--content must name a folder"), missing::all);
    }

    // ------------------------------------------------------------------ check

    @Test
    void checkTextReportsTheSourceLanguageAndExits0WithoutErrors() {
        CliRun r = run("check", "--today", "2026-12-01");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().contains("Language: en; "), r::all);
        assertTrue(r.out().contains("Findings: 0 error, "), r::all);
    }

    @Test
    void checkExits1WhenAFindingIsAnError() {
        // the example's nextReviewDue is 2027-11-20: in 2028 the review is overdue, an error
        CliRun r = run("check", "--today", "2028-01-01");

        assertEquals(1, r.code(), r::all);
        assertTrue(r.out().contains("ERROR trust.review-overdue at /dates/nextReviewDue"), r::all);
    }

    @Test
    void checkJsonIsTheReportAsJson() {
        CliRun r = run("check", "--locale", "es", "--format", "json", "--today", "2026-12-01");

        assertEquals(0, r.code(), r::all);
        JsonObject report = (JsonObject) parse(r.out());
        assertEquals("es", report.getJsonObject("summary").getString("locale"));
        assertEquals(0, report.getJsonObject("summary").getJsonObject("counts").getInt("ERROR"));
        assertTrue(report.containsKey("findings"));
    }

    @Test
    void checkAllLocalesGivesOneReportPerLanguage(@TempDir Path dir) throws IOException {
        Path article = CliRun.articleWithTitleBundles(dir);

        CliRun json = run("check", "--article", article.toString(), "--all-locales", "--format", "json", "--today", "2026-12-01");
        CliRun text = run("check", "--article", article.toString(), "--all-locales", "--today", "2026-12-01");

        assertEquals(0, json.code(), json::all);
        JsonArray reports = (JsonArray) parse(json.out());
        assertEquals(List.of("en", "ar", "es"), reports.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonObject("summary").getString("locale")).toList());
        assertEquals(0, text.code(), text::all);
        assertTrue(text.out().contains("== en ==\n") && text.out().contains("== ar ==\n") && text.out().contains("== es ==\n"),
                text::all);
    }

    @Test
    void checkLocaleAndAllLocalesExcludeEachOther() {
        CliRun r = run("check", "--locale", "es", "--all-locales");

        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().contains("mutually exclusive"), r::all);
    }

    // ------------------------------------------------------------------ sanitize

    @Test
    void sanitizeMakesHostileHtmlSafe() {
        String hostile = "<p onclick=\"steal()\">Hello <strong>world</strong><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">x</a><img src=\"x.png\" onerror=\"alert(3)\" alt=\"\">"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{}</style></p>";

        CliRun r = runWithInput(hostile, "sanitize");

        assertEquals(0, r.code(), r::all);
        String out = r.out().toLowerCase(java.util.Locale.ROOT);
        for (String bad : List.of("<script", "alert", "onclick", "onerror", "javascript:", "<iframe", "<style")) {
            assertFalse(out.contains(bad), bad + " survived: " + r.out());
        }
        assertTrue(r.out().startsWith("<p>Hello <strong>world</strong>"), r::all);
    }

    @Test
    void sanitizeRefusesInputThatIsNotUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] latin1 = {'<', 'p', '>', (byte) 0xE9, '<', '/', 'p', '>'}; // "é" in ISO-8859-1

        int code = Main.run(new String[] {"sanitize"}, new ByteArrayInputStream(latin1),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, code);
        assertEquals("healthpage sanitize: stdin: not valid UTF-8; convert the input to UTF-8 first\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ errors and help

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "render --locale pt_BR | Invalid value for option '--locale': 'pt_BR' is not a BCP 47 language tag",
        "render --locale <script> | is not a BCP 47 language tag",
        "render | Missing required option: '--locale=TAG'",
        "render --locale en --format pdf | Invalid value for option '--format'",
        "render --locale en --colour | Unknown option: '--colour'",
        "rendr --locale en | Unmatched arguments from index 0: 'rendr'",
        "'' | say what to do: one of render, site, check, bundle, sanitize, serve",
        "bundle | say what to do: one of extract, check, check-labels, pseudo, coverage, export, export-xliff, import, import-xliff",
        "check --today 2026-13-01 | Invalid value for option '--today'",
        "render --locale en --article /no/such/article.json | /no/such/article.json: no such file",
        "render --locale en --bundles /no/such/dir | /no/such/dir: --bundles must name an existing folder"})
    void usageAndIoErrorsExit2WithAShortMessageAndNoStackTrace(String commandLine, String expected) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

        CliRun r = run(args);

        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().contains(expected), r::all);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r::all);
        assertTrue(r.err().lines().count() <= 6, "a few lines, not a wall: " + r.all());
    }

    @Test
    void aBrokenArticleExits2WithFileLineColumnPointerAndMessage(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": 1,\n  \"id\": \"bad\",\n  \"titel\": \"x\"\n}\n");

        CliRun r = run("render", "--article", bad.toString(), "--locale", "en");

        assertEquals(2, r.code(), r::all);
        assertTrue(r.err().startsWith("healthpage render: the article cannot be read ("), r::all);
        assertTrue(r.err().contains(bad + ":4:3 /titel: unknown field \"titel\""), r::all);
        assertFalse(r.err().contains("\tat "), r::all);
        assertEquals("", r.out());
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");

        CliRun quiet = run("check", "--article", bad.toString());
        CliRun verbose = run("check", "--article", bad.toString(), "--verbose");

        assertEquals(2, quiet.code(), quiet::all);
        assertEquals(2, verbose.code(), verbose::all);
        assertFalse(quiet.err().contains("\tat "), quiet::all);
        assertTrue(verbose.err().contains("\tat io.healthpage."), verbose::all);
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"render", "site", "check", "bundle", "sanitize", "serve"})
    void everyCommandHasHelp(String command) {
        CliRun r = run(command, "--help");

        assertEquals(0, r.code(), r::all);
        assertTrue(r.out().startsWith("Usage: healthpage " + command + " "), r::all);
        assertTrue(r.out().contains("--help"), r::all);
        assertEquals("", r.err());
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        CliRun r = run("--help");

        assertEquals(0, r.code(), r::all);
        for (String c : List.of("render", "site", "check", "bundle", "sanitize", "serve")) {
            assertTrue(r.out().contains("\n  " + c + " "), c + " missing: " + r.out());
        }
        assertTrue(r.out().contains("Exit codes: 0 success, 1 the content has errors, 2 usage or I/O problems."), r::all);
    }

    @Test
    void versionIsTheProjectVersion() {
        CliRun r = run("--version");

        assertEquals(0, r.code(), r::all);
        Matcher m = Pattern.compile("^healthpage (\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?)\n").matcher(r.out());
        assertTrue(m.find(), r::all);
        assertEquals(System.getProperty("healthpage.version", m.group(1)), m.group(1));
    }

    private static JsonStructure parse(String json) {
        try (JsonReader in = Json.createReader(new StringReader(json))) {
            return in.read();
        }
    }
}
