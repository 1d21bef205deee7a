package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.SourceHash;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * {@link StaticSite} on content written by hand ({@link Fixture}: an article with es — a changed dose —,
 * ar, zh-Hans and ja — only a stale entry —, and an English-only second article) and on copies of the real
 * example article with its seven languages.
 */
class StaticSiteTest {
    private static final String BASE = "https://example.org/health/";
    private static final Path EXAMPLE = Path.of("..", "examples", "content", Fixture.ID);
    /** Keeps "ketamine", which the article's note says not to translate (else the dose check rejects it). */
    private static final String NEW_AR_TITLE = "مدة تخفيف الألم بالكيتامين (ketamine)";

    @TempDir
    Path tmp;

    private static StaticSite site(Path content) {
        return StaticSite.builder(ContentSource.directory(content)).baseUrl(BASE).build();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- what is written

    @Test
    void onePagePerArticleAndLanguageWithCanonicalAlternatesAndJsonLd() throws Exception {
        Path out = tmp.resolve("out");
        StaticSite.Result r = site(Fixture.content(tmp.resolve("content"))).write(out);

        List<String> paths = r.pages().stream().map(StaticSite.Page::path).toList();
        assertEquals(List.of("en/ketamine-pain-relief.html", "ar/ketamine-pain-relief.html", "es/ketamine-pain-relief.html",
                "ja/ketamine-pain-relief.html", "zh-Hans/ketamine-pain-relief.html", "en/second-article.html"), paths);
        assertEquals(2, r.articles());
        assertEquals(List.of("ar", "en", "es", "ja", "zh-Hans"), r.languages().stream().map(Locale::toLanguageTag).toList());
        assertEquals(6, r.pagesWritten());
        for (String p : paths) assertTrue(read(out.resolve(p)).endsWith("</html>\n"), p);

        String es = read(out.resolve("es/ketamine-pain-relief.html"));
        assertTrue(es.startsWith("<!DOCTYPE html>\n<html lang=\"es\" dir=\"ltr\">"), es);
        assertTrue(es.contains("<title>" + Fixture.ES_TITLE + "</title>"), es);
        assertTrue(es.contains("<link rel=\"canonical\" href=\"" + BASE + "es/ketamine-pain-relief.html\">"), es);
        assertTrue(es.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"../ar/ketamine-pain-relief.html\">"), es);
        assertTrue(es.contains("<script type=\"application/ld+json\">"), "the JSON-LD is in the page");
        assertTrue(es.contains("\"url\":\"" + BASE + "es/ketamine-pain-relief.html\""), "JSON-LD url = the canonical URL");
        // the dose check: the Spanish sentence with another dose is never shown; the source is, and it is reported
        assertFalse(es.contains(Fixture.WRONG_DOSE), es);
        assertTrue(es.contains(Fixture.DOSE), es);
        assertTrue(r.problems().stream().anyMatch(p -> p.rule().equals("localize.broken") && p.file().endsWith("es.json")
                && "lead.lead-scope".equals(p.key())), r.problems().toString());
        assertFalse(r.hasErrors(), r.problems().toString());
        StaticSite.Page esPage = r.pages().stream().filter(p -> p.path().startsWith("es/")).findFirst().orElseThrow();
        assertTrue(esPage.fallbackTexts() > 0 && esPage.fallbackTexts() < esPage.texts(), esPage.toString());

        for (String f : List.of("index.html", "en/index.html", "es/index.html", "ar/index.html", "sitemap.xml", StaticSite.MANIFEST)) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void theIndexOfALanguageListsItsArticlesByTitleInThatLanguage() throws Exception {
        Path out = tmp.resolve("out");
        site(Fixture.content(tmp.resolve("content"))).write(out);

        String es = read(out.resolve("es/index.html"));
        assertTrue(es.startsWith("<!DOCTYPE html>\n<html lang=\"es\" dir=\"ltr\">"), es);
        assertTrue(es.contains("<h1>Artículos de salud</h1>"), "the label index.title in Spanish: " + es);
        assertTrue(es.contains("<li><a href=\"ketamine-pain-relief.html\">" + Fixture.ES_TITLE + "</a></li>"), es);
        assertFalse(es.contains("second-article"), "only the articles with a Spanish page: " + es);
        assertTrue(es.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../index.html\">"), es);
        assertTrue(es.contains("<a href=\"../ar/index.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"), es);
        assertTrue(es.contains("<a href=\"../es/index.html\" hreflang=\"es\" lang=\"es\" dir=\"ltr\" aria-current=\"page\">español</a>"), es);

        String en = read(out.resolve("en/index.html"));
        assertEquals(2, count(en, "<li><a href=\"[a-z-]+\\.html\">"), en);

        String root = read(out.resolve("index.html"));
        assertTrue(root.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), "the main source language: " + root);
        for (String tag : List.of("ar", "en", "es", "ja", "zh-Hans")) {
            assertTrue(root.contains("<a href=\"" + tag + "/index.html\" hreflang=\"" + tag + "\""), tag + ": " + root);
        }
    }

    @Test
    void theIndexIsSortedWithTheCollatorOfItsLanguage() throws Exception {
        Path content = tmp.resolve("content");
        // English titles and Swedish ones: "Äpplen" sorts with A in English but after Z in Swedish
        String[][] articles = {{"a-zebra", "Zebra", "Zebror"}, {"b-apfel", "Äpfel", "Äpplen"}, {"c-apple", "apple", "apelsin"}};
        for (String[] a : articles) titled(content, a[0], a[1], Map.of("sv", a[2]));
        Path out = tmp.resolve("out");
        StaticSite.Result r = site(content).write(out);
        assertFalse(r.hasErrors(), r.problems().toString());

        assertEquals(List.of("Äpfel", "apple", "Zebra"), listed(read(out.resolve("en/index.html"))), "English collation");
        assertEquals(List.of("apelsin", "Zebror", "Äpplen"), listed(read(out.resolve("sv/index.html"))), "Swedish collation");
    }

    @Test
    void theSitemapValidatesAgainstTheSitemapSchemaAndNamesEveryTranslation() throws Exception {
        Path out = tmp.resolve("out");
        StaticSite.Result r = site(Fixture.content(tmp.resolve("content"))).write(out);
        String xml = read(out.resolve("sitemap.xml"));

        sitemapSchema().newValidator().validate(new StreamSource(new StringReader(xml)));

        // every page and index once, with every language version and x-default
        assertEquals(r.pages().size() + r.languages().size() + 1, count(xml, "<url>"), xml);
        String esBlock = block(xml, BASE + "es/ketamine-pain-relief.html");
        for (String tag : List.of("en", "ar", "es", "ja", "zh-Hans")) {
            assertTrue(esBlock.contains("<xhtml:link rel=\"alternate\" hreflang=\"" + tag + "\" href=\"" + BASE + tag
                    + "/ketamine-pain-relief.html\"/>"), tag + ": " + esBlock);
        }
        assertTrue(esBlock.contains("hreflang=\"x-default\" href=\"" + BASE + "en/ketamine-pain-relief.html\""), esBlock);
        assertEquals(6, count(esBlock, "<xhtml:link "), esBlock);
        String second = block(xml, BASE + "en/second-article.html");
        assertEquals(2, count(second, "<xhtml:link "), "itself and x-default: " + second);
        assertTrue(block(xml, BASE + "ar/index.html").contains("hreflang=\"x-default\" href=\"" + BASE + "index.html\""), xml);
    }

    @Test
    void theSitemapSchemaRejectsWhatIsNotASitemap() throws Exception {
        Schema schema = sitemapSchema();
        String head = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">";
        for (String bad : List.of(
                head + "<url><loc>" + BASE + "a.html</loc><xhtml:link rel=\"alternate\" hreflang=\"es\"/></url></urlset>",
                head + "<url><loc>" + BASE + "a.html</loc><other xmlns=\"urn:x\"/></url></urlset>",
                head + "<url><loc>" + BASE + "a.html</loc><xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"es.html\"/></url></urlset>",
                head + "<url><lastmod>2026</lastmod></url></urlset>")) {
            assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(new StringReader(bad))), bad);
        }
    }

    @Test
    void theBaseUrlIsCheckedByTheUrlPolicy() {
        ContentSource source = ContentSource.directory(tmp);
        assertEquals("https://example.org/health/", StaticSite.builder(source).baseUrl("https://example.org/health").build().baseUrl());
        assertEquals(StaticSite.DEFAULT_BASE_URL, StaticSite.builder(source).build().baseUrl());
        for (String bad : List.of("javascript:alert(1)", "/health/", "ftp://example.org/", "https://example.org/?x=1",
                "https://user@example.org/", "https://example.org/#top")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaticSite.builder(source).baseUrl(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> StaticSite.builder(source).threads(0));
    }

    // ---------------------------------------------------------------- incremental

    @Test
    void aSecondBuildOfTheSameContentWritesNothing() throws Exception {
        Path out = tmp.resolve("out");
        StaticSite s = site(Fixture.content(tmp.resolve("content")));
        s.write(out);
        Map<String, FileTime> times = ageEveryFile(out);

        StaticSite.Result again = s.write(out);

        assertEquals(0, again.pagesWritten(), again.toString());
        assertEquals(6, again.pagesUnchanged());
        assertEquals(0, again.otherFilesWritten());
        assertEquals(0, again.pagesRemoved());
        assertEquals(times, modificationTimes(out), "no file was touched");
        // the problem of the Spanish page is reported again (its page is rendered to say so, not written)
        assertTrue(again.problems().stream().anyMatch(p -> p.rule().equals("localize.broken")), again.problems().toString());
    }

    @Test
    void aChangedBundleRewritesItsPageAndTheIndexThatShowsItsTitle() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);
        Map<String, FileTime> before = ageEveryFile(out);

        Path ar = content.resolve(Fixture.ID + "/i18n/ar.json");
        Files.writeString(ar, read(ar).replace(Fixture.AR_TITLE, NEW_AR_TITLE), StandardCharsets.UTF_8);
        StaticSite.Result r = site(content).write(out);

        assertEquals(List.of("ar/ketamine-pain-relief.html"), r.pages().stream().filter(StaticSite.Page::written)
                .map(StaticSite.Page::path).toList());
        Map<String, FileTime> after = modificationTimes(out);
        List<String> changed = new ArrayList<>();
        for (String f : after.keySet()) if (!after.get(f).equals(before.get(f))) changed.add(f);
        assertEquals(List.of(StaticSite.MANIFEST, "ar/index.html", "ar/ketamine-pain-relief.html"), changed.stream().sorted().toList());
        assertTrue(read(out.resolve("ar/index.html")).contains(NEW_AR_TITLE));
    }

    @Test
    void aChangedArticleRewritesItsPagesOnly() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);
        Path second = content.resolve(Fixture.SECOND + "/article.json");
        Files.writeString(second, read(second).replace(Fixture.EN_TITLE, "A second article"), StandardCharsets.UTF_8);

        StaticSite.Result r = site(content).write(out);

        assertEquals(List.of("en/second-article.html"), r.pages().stream().filter(StaticSite.Page::written).map(StaticSite.Page::path).toList());
        assertEquals(List.of("A second article", Fixture.EN_TITLE), listed(read(out.resolve("en/index.html"))));
    }

    @Test
    void theHtmlOfAnotherBaseUrlIsWrittenAgain() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);

        StaticSite.Result r = StaticSite.builder(ContentSource.directory(content)).baseUrl("https://health.example.net/").build().write(out);

        assertEquals(6, r.pagesWritten());
        assertTrue(read(out.resolve("sitemap.xml")).contains("<loc>https://health.example.net/en/second-article.html</loc>"));
    }

    @Test
    void thePagesOfARemovedArticleOrLanguageAreRemoved() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);
        Files.writeString(out.resolve("zh-Hans/notes.txt"), "not ours");
        Files.writeString(out.resolve("mine.html"), "not ours either");

        deleteTree(content.resolve(Fixture.SECOND));
        Files.delete(content.resolve(Fixture.ID + "/i18n/zh-Hans.json"));
        Files.delete(content.resolve(Fixture.ID + "/i18n/ja.json"));
        StaticSite.Result r = site(content).write(out);

        assertEquals(3, r.pagesRemoved());
        assertFalse(Files.exists(out.resolve("en/second-article.html")));
        assertFalse(Files.exists(out.resolve("zh-Hans/ketamine-pain-relief.html")));
        assertFalse(Files.exists(out.resolve("zh-Hans/index.html")));
        assertFalse(Files.exists(out.resolve("ja")), "a language folder that holds nothing else goes too");
        assertEquals("not ours", read(out.resolve("zh-Hans/notes.txt")), "files it did not write stay");
        assertEquals("not ours either", read(out.resolve("mine.html")));
        String sitemap = read(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("second-article") || sitemap.contains("zh-Hans") || sitemap.contains("/ja/"), sitemap);
        assertFalse(read(out.resolve("en/ketamine-pain-relief.html")).contains("hreflang=\"zh-Hans\""), "the switcher too");
        assertFalse(read(out.resolve("index.html")).contains("zh-Hans"));
    }

    @Test
    void theSameBytesWhateverTheNumberOfThreads() throws Exception {
        Path content = tmp.resolve("content");
        for (int i = 1; i <= 6; i++) copyOfTheExample(content, "article-" + i);
        Fixture.content(content);
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four");

        StaticSite.Result a = StaticSite.builder(ContentSource.directory(content)).baseUrl(BASE).threads(1).build().write(one);
        StaticSite.Result b = StaticSite.builder(ContentSource.directory(content)).baseUrl(BASE).threads(4).build().write(four);

        assertEquals(6 * 7 + 6, a.pages().size());
        assertEquals(a.pages(), b.pages());
        assertEquals(a.problems(), b.problems());
        Map<String, byte[]> x = contents(one);
        Map<String, byte[]> y = contents(four);
        assertEquals(x.keySet(), y.keySet());
        for (String f : x.keySet()) assertTrue(java.util.Arrays.equals(x.get(f), y.get(f)), f + " differs");
        assertTrue(x.size() > 48 + 8, x.keySet().toString());
    }

    @Test
    void progressCountsUpToEveryPage() throws Exception {
        AtomicInteger last = new AtomicInteger(-1);
        AtomicInteger total = new AtomicInteger();
        StaticSite.builder(ContentSource.directory(Fixture.content(tmp.resolve("content")))).threads(2)
                .progress((done, all) -> {
                    last.accumulateAndGet(done, Math::max);
                    total.set(all);
                }).build().write(tmp.resolve("out"));
        assertEquals(6, total.get());
        assertEquals(6, last.get());
    }

    // ---------------------------------------------------------------- failures

    @Test
    void anArticleThatCannotBeLoadedIsReportedWhereAndKeepsTheSiteOfItsLastGoodBuild() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);
        String good = read(out.resolve("en/second-article.html"));
        Path second = content.resolve(Fixture.SECOND + "/article.json");
        Files.writeString(second, read(second).replace("\"sourceLocale\"", "\"sourceLocal\""), StandardCharsets.UTF_8);
        Path ar = content.resolve(Fixture.ID + "/i18n/ar.json");
        Files.writeString(ar, read(ar).replace(Fixture.AR_TITLE, NEW_AR_TITLE), StandardCharsets.UTF_8);

        StaticSite.Result r = site(content).write(out);

        assertTrue(r.hasErrors());
        Problem p = r.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertTrue(p.file().endsWith(Fixture.SECOND + "/article.json") && p.line() > 0, p.toString());
        assertEquals(good, read(out.resolve("en/second-article.html")), "its page of the last good build stays");
        assertTrue(listed(read(out.resolve("en/index.html"))).contains(Fixture.EN_TITLE + ""), "and is still listed");
        assertTrue(read(out.resolve("sitemap.xml")).contains("en/second-article.html"));
        assertTrue(read(out.resolve("ar/ketamine-pain-relief.html")).contains(NEW_AR_TITLE), "the rest is built");

        Files.writeString(second, read(second).replace("\"sourceLocal\"", "\"sourceLocale\""), StandardCharsets.UTF_8);
        StaticSite.Result fixed = site(content).write(out);
        assertFalse(fixed.hasErrors(), fixed.problems().toString());
    }

    @Test
    void aPageThatCannotBeWrittenIsReportedAndTheRestIsBuiltWhole() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        Path blocker = out.resolve("es/ketamine-pain-relief.html");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("x"), "a folder where the page should go");

        StaticSite.Result r = site(content).write(out);

        assertTrue(r.hasErrors());
        List<Problem> errors = r.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("site.page-failed", errors.get(0).rule());
        assertTrue(errors.get(0).file().endsWith(Fixture.ID + "/article.json"), errors.toString());
        assertTrue(errors.get(0).message().startsWith("es/ketamine-pain-relief.html could not be made"), errors.toString());
        assertEquals(5, r.pages().size(), "the Spanish page is not part of the site");
        assertFalse(Files.exists(out.resolve("es/index.html")), "Spanish is not a language of the site then");
        assertFalse(read(out.resolve("sitemap.xml")).contains("/es/"));
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> leftovers = s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), leftovers, "no temporary file is left behind");
        }

        deleteTree(blocker);
        StaticSite.Result again = site(content).write(out);
        assertFalse(again.hasErrors(), again.problems().toString());
        assertEquals(List.of("es/ketamine-pain-relief.html"), again.pages().stream().filter(StaticSite.Page::written)
                .map(StaticSite.Page::path).toList());
    }

    @Test
    void anEmptyOrMissingContentFolderChangesNothing() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);
        Map<String, FileTime> times = ageEveryFile(out);

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        StaticSite.Result r = site(empty).write(out);

        assertTrue(r.hasErrors());
        assertEquals("content.empty", r.problems().get(0).rule());
        assertEquals(times, modificationTimes(out));
    }

    @Test
    void anArticleCalledIndexIsRefused() throws Exception {
        Path content = tmp.resolve("content");
        copyOfTheExample(content, "index");
        copyOfTheExample(content, "other");
        StaticSite.Result r = site(content).write(tmp.resolve("out"));

        assertTrue(r.problems().stream().anyMatch(p -> p.rule().equals("site.reserved-id") && p.file().endsWith("index/article.json")),
                r.problems().toString());
        assertEquals(1, r.articles());
    }

    @Test
    void anUnreadableManifestMeansEverythingIsWrittenAgainAndNothingRemoved() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path out = tmp.resolve("out");
        site(content).write(out);
        Files.writeString(out.resolve(StaticSite.MANIFEST), "{ not json");
        deleteTree(content.resolve(Fixture.SECOND));

        StaticSite.Result r = site(content).write(out);

        assertTrue(r.problems().stream().anyMatch(p -> p.rule().equals("site.manifest") && p.severity() == Severity.WARNING),
                r.problems().toString());
        assertEquals(0, r.pagesRemoved());
        assertTrue(Files.exists(out.resolve("en/second-article.html")), "not removed: the manifest no longer says it is ours");
        assertEquals(5, r.pagesUnchanged() + r.pagesWritten());
        assertTrue(read(out.resolve(StaticSite.MANIFEST)).startsWith("{"), "a good manifest again");
    }

    // ---------------------------------------------------------------- helpers

    /** The real example article (all its bundles) under another id. */
    static void copyOfTheExample(Path content, String id) throws IOException {
        Path dir = content.resolve(id);
        Fixture.write(dir.resolve("article.json"), read(EXAMPLE.resolve("article.json"))
                .replace("\"id\": \"" + Fixture.ID + "\"", "\"id\": \"" + id + "\""));
        try (Stream<Path> s = Files.list(EXAMPLE.resolve("i18n"))) {
            for (Path b : s.toList()) {
                Fixture.write(dir.resolve("i18n").resolve(b.getFileName()), read(b)
                        .replace("\"article\": \"" + Fixture.ID + "\"", "\"article\": \"" + id + "\""));
            }
        }
    }

    /** An English article {@code id} titled {@code title}, with a bundle per locale giving the title only. */
    private static void titled(Path content, String id, String title, Map<String, String> translations) throws IOException {
        String article = read(EXAMPLE.resolve("article.json")).replace("\"id\": \"" + Fixture.ID + "\"", "\"id\": \"" + id + "\"")
                .replace(Fixture.EN_TITLE, title);
        Fixture.write(content.resolve(id + "/article.json"), article);
        for (Map.Entry<String, String> t : translations.entrySet()) {
            Fixture.write(content.resolve(id + "/i18n/" + t.getKey() + ".json"), Fixture.bundle(t.getKey(), id,
                    "\"title\": " + Fixture.entry(t.getValue(), SourceHash.of(title))));
        }
    }

    /** The link texts of an index's list, in order. */
    private static List<String> listed(String index) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<li><a href=\"[a-z0-9-]+\\.html\"[^>]*>([^<]*)</a></li>").matcher(index);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** The {@code <url>} element whose {@code <loc>} is {@code loc}. */
    private static String block(String sitemap, String loc) {
        int at = sitemap.indexOf("<loc>" + loc + "</loc>");
        assertTrue(at > 0, loc + " in " + sitemap);
        return sitemap.substring(sitemap.lastIndexOf("<url>", at), sitemap.indexOf("</url>", at));
    }

    static Schema sitemapSchema() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(new StreamSource[] {
                new StreamSource(StaticSiteTest.class.getResource("/sitemap/xhtml-link.xsd").toString()),
                new StreamSource(StaticSiteTest.class.getResource("/sitemap/sitemap.xsd").toString())});
    }

    /** Sets every file's modification time to an hour ago (so a rewrite is seen whatever the clock's granularity). */
    private static Map<String, FileTime> ageEveryFile(Path dir) throws IOException {
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
        for (String f : modificationTimes(dir).keySet()) Files.setLastModifiedTime(dir.resolve(f), old);
        return modificationTimes(dir);
    }

    private static Map<String, FileTime> modificationTimes(Path dir) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String f : modificationTimes(dir).keySet()) out.put(f, Files.readAllBytes(dir.resolve(f)));
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
