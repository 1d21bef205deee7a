package io.healthpage.i18n.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.LocalizationReport;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.SourceHash;
import io.healthpage.i18n.UnitOutcome;
import io.healthpage.i18n.security.HostileArticles.Entry;
import io.healthpage.i18n.security.HostileArticles.Kind;
import io.healthpage.i18n.security.HostileArticles.LabelEntry;
import io.healthpage.json.ArticleFormatException;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.render.ExternalLinks;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.text.Labels;
import io.healthpage.render.OutputMode;
import io.healthpage.render.PageContext;
import io.healthpage.problem.Problem;
import io.healthpage.render.RenderResult;
import io.healthpage.safety.Sanitizer;
import io.healthpage.text.MessageFormatter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4, "Sanitization": every hostile payload of {@link HostilePayloads} through every entry point —
 * article messages, titles, alt text, glossary, breadcrumbs (labels and hrefs), references (title,
 * publisher, URL), people, links, figures, licence, canonical and alternate URLs, text arguments,
 * translated article messages and translated page labels in a bundle, the JSON reader, and the public
 * {@link Sanitizer#sanitize} — rendered as fragment and page, in English and localized (es, ar), and
 * parsed again with jsoup. None may produce an executable construct ({@link SafeHtml}), and none may be
 * lost silently: the text is shown as text, or the unit is reported (render problem, localization
 * report, bundle problem, reader problem).
 */
class HostileInputTest {
    private static final MessageFormatter FORMATTER = MessageFormatter.create();
    private static final HtmlRenderer FRAGMENT = HtmlRenderer.builder().formatter(FORMATTER).build();
    private static final HtmlRenderer PAGE = HtmlRenderer.builder().formatter(FORMATTER).mode(OutputMode.PAGE)
            .externalLinks(ExternalLinks.NEW_TAB).build();
    private static final List<Locale> TARGETS = List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("ar"));
    /** docs/bundle-format.md and docs/article-format.md: a message text holds at most 20,000 characters. */
    private static final int MAX_MESSAGE_LENGTH = 20_000;

    /** Alternates Spanish and Arabic (right-to-left) over the corpus, so both are covered without doubling the run. */
    private static Locale target(int salt, HostilePayloads p) {
        return TARGETS.get((HostilePayloads.ALL.indexOf(p) + salt) % TARGETS.size());
    }

    // ------------------------------------------------------------------ the corpus itself

    @Test
    void theCorpusIsLargeAndCoversEachConcern() {
        List<HostilePayloads> all = HostilePayloads.ALL;
        assertTrue(all.size() >= 40, "at least 40 payloads, have " + all.size());
        assertTrue(all.stream().filter(HostilePayloads::refusedUrl).count() >= 15, "URL disguises");
        assertTrue(all.stream().anyMatch(p -> p.text().chars().anyMatch(c -> c >= 0xE000 && c <= 0xE1FF)), "private-use placeholders");
        assertTrue(all.stream().anyMatch(p -> p.text().indexOf('\u0000') >= 0), "NUL");
        assertTrue(all.stream().anyMatch(p -> p.text().length() > 20_000), "very long");
        assertTrue(HostilePayloads.reportedAsMessage().size() >= 30, "raw HTML and broken patterns");
    }

    // ------------------------------------------------------------------ source language

    static Stream<Arguments> sourceCases() {
        List<Arguments> out = new ArrayList<>();
        for (Entry e : Entry.values()) for (HostilePayloads p : HostilePayloads.ALL) out.add(Arguments.of(e, p));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("sourceCases")
    void inTheSourceLanguage(Entry e, HostilePayloads p) {
        Article a = HostileArticles.with(e, p.text());
        PageContext ctx = new PageContext(false, HostileArticles.alternates(e, p.text()));
        for (OutputMode mode : OutputMode.values()) {
            if (e.pageOnly && mode == OutputMode.FRAGMENT) continue;
            String where = e + " <- " + p + " (en, " + mode + ")";
            RenderResult r = (mode == OutputMode.PAGE ? PAGE : FRAGMENT).render(a, ctx);
            Document d = mode == OutputMode.PAGE ? SafeHtml.page(r.html(), where) : SafeHtml.fragment(r.html(), where);
            if (e.kind == Kind.MESSAGE) expectMessage(e, p, r, d, mode, where);
            else if (e.kind == Kind.PLAIN) expectShown(e, d, plainExpectation(e, p.text()), where);
            else expectUrl(e, p, r, d, where);
        }
    }

    private static String plainExpectation(Entry e, String payload) {
        return e == Entry.TEXT_ARGUMENT ? "Take " + payload + " daily." : payload;
    }

    private static void expectMessage(Entry e, HostilePayloads p, RenderResult r, Document d, OutputMode mode, String where) {
        if (p.asMessage() != null) {
            assertFalse(has(r, "render.message-broken", e.key), where + ": a valid message was refused: " + r.problems());
            expectShown(e, d, p.asMessage(), where);
            if (p.messageProblem() != null && e.inline) {
                assertTrue(has(r, p.messageProblem(), e.key), where + ": expected " + p.messageProblem() + " in " + r.problems());
            }
            if (e == Entry.TITLE && mode == OutputMode.PAGE) {
                assertEquals(SafeHtml.normalize(p.asMessage()), SafeHtml.normalize(d.title()), where + ": <title>");
                assertEquals(SafeHtml.normalize(p.asMessage()), SafeHtml.normalize(SafeHtml.jsonLd(d).getString("headline")),
                        where + ": JSON-LD headline carries the same text");
            }
        } else {
            assertTrue(has(r, "render.message-broken", e.key), where + ": raw HTML or a broken pattern must be reported: " + r.problems());
            if (e == Entry.TITLE && mode == OutputMode.PAGE) {
                assertFalse(SafeHtml.jsonLd(d).containsKey("headline"), where + ": JSON-LD leaves a broken headline out");
                assertTrue(r.problems().stream().anyMatch(x -> x.rule().equals("render.jsonld") && x.message().contains("title")),
                        where + ": and reports it: " + r.problems());
            }
        }
    }

    private static void expectShown(Entry e, Document d, String expected, String where) {
        String want = SafeHtml.normalize(expected);
        String shown = e.shownText(d);
        if (!shown.contains(want)) {
            fail(where + ": the text is not shown to the reader.\nwant: " + abbreviate(want) + "\nshown: " + abbreviate(shown));
        }
    }

    private static void expectUrl(Entry e, HostilePayloads p, RenderResult r, Document d, String where) {
        boolean dropped = has(r, "render.url-dropped", e.key);
        boolean present = !e.urlElements(d).isEmpty();
        if (p.refusedUrl()) assertTrue(dropped, where + ": an unsafe URL must be dropped and reported: " + r.problems());
        assertNotEquals(dropped, present, where + ": a URL is either kept or dropped and reported (dropped=" + dropped
                + ", present=" + present + ")");
    }

    // ------------------------------------------------------------------ translated article messages

    static Stream<Arguments> translationCases() {
        List<Arguments> out = new ArrayList<>();
        for (Entry e : Entry.values()) {
            if (e.kind != Kind.MESSAGE) continue;
            for (HostilePayloads p : HostilePayloads.ALL) out.add(Arguments.of(e, target(e.ordinal(), p), p));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({1}) <- {2}")
    @MethodSource("translationCases")
    void inATranslationBundle(Entry e, Locale target, HostilePayloads p) {
        Article source = HostileArticles.benign(true);
        BundleLoader.LoadResult loaded = BundleLoader.create().load(target.toLanguageTag() + ".json",
                bundleJson(target, "article", e.key, p.text(), e.benign));
        Bundle bundle = loaded.bundle().orElseThrow(() -> new AssertionError("the bundle's metadata is fine: " + loaded.problems()));
        Localization l = localizer(bundle).localize(source, target);
        boolean usable = p.asMessage() != null && !p.tagged() && p.text().length() <= MAX_MESSAGE_LENGTH;
        expectOutcome(l.report(), e.key, e.key, loaded, usable, e + " (" + target + ") <- " + p);
        for (OutputMode mode : OutputMode.values()) {
            String where = e + " <- " + p + " (" + target.toLanguageTag() + ", " + mode + ")";
            HtmlRenderer renderer = (mode == OutputMode.PAGE ? PAGE : FRAGMENT).toBuilder().labels(l.labels()).build();
            RenderResult r = renderer.render(l.article(), l.pageContext(HostileArticles.alternates(e, e.benign)));
            Document d = mode == OutputMode.PAGE ? SafeHtml.page(r.html(), where) : SafeHtml.fragment(r.html(), where);
            expectShown(e, d, usable ? p.asMessage() : e.benign, where);
        }
    }

    // ------------------------------------------------------------------ translated page labels

    static Stream<Arguments> labelCases() {
        List<Arguments> out = new ArrayList<>();
        for (LabelEntry e : LabelEntry.values()) for (HostilePayloads p : HostilePayloads.ALL) out.add(Arguments.of(e, target(e.ordinal(), p), p));
        return out.stream();
    }

    @ParameterizedTest(name = "label {0} ({1}) <- {2}")
    @MethodSource("labelCases")
    void inALabelBundle(LabelEntry e, Locale target, HostilePayloads p) {
        String english = Labels.english().get(e.key).pattern();
        BundleLoader.LoadResult loaded = BundleLoader.create().load(target.toLanguageTag() + ".json",
                bundleJson(target, "labels", e.key, p.text(), english));
        Bundle bundle = loaded.bundle().orElseThrow(() -> new AssertionError("the bundle's metadata is fine: " + loaded.problems()));
        Localization l = localizer(bundle).localize(HostileArticles.benign(true), target);
        boolean usable = p.asMessage() != null && !p.tagged() && p.text().length() <= MAX_MESSAGE_LENGTH;
        expectOutcome(l.labelReport(), "label." + e.key, e.key, loaded, usable, "label " + e.key + " (" + target + ") <- " + p);
        for (OutputMode mode : OutputMode.values()) {
            if (e.pageOnly && mode == OutputMode.FRAGMENT) continue;
            String where = "label " + e.key + " <- " + p + " (" + target.toLanguageTag() + ", " + mode + ")";
            HtmlRenderer renderer = (mode == OutputMode.PAGE ? PAGE : FRAGMENT).toBuilder().labels(l.labels()).build();
            RenderResult r = renderer.render(l.article(), l.pageContext(List.of()));
            Document d = mode == OutputMode.PAGE ? SafeHtml.page(r.html(), where) : SafeHtml.fragment(r.html(), where);
            String want = SafeHtml.normalize(usable ? p.asMessage() : english);
            String shown = SafeHtml.normalize(e.locate.apply(d));
            if (!shown.contains(want)) fail(where + ": label not shown.\nwant: " + abbreviate(want) + "\nshown: " + abbreviate(shown));
        }
    }

    private static Localizer localizer(Bundle bundle) {
        return Localizer.builder().bundles(BundleSet.of(List.of(bundle))).formatter(FORMATTER).build();
    }

    /** A usable translation is shown as current; any other falls back and says why (report detail or bundle problem). */
    private static void expectOutcome(LocalizationReport report, String unitKey, String bundleKey, BundleLoader.LoadResult loaded,
                                      boolean usable, String where) {
        UnitOutcome o = report.units().stream().filter(u -> u.key().equals(unitKey)).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no outcome for " + unitKey));
        if (usable) {
            assertEquals(TextStatus.TRANSLATED, o.status(), where + ": " + o + " / " + loaded.problems());
        } else {
            assertNotEquals(TextStatus.TRANSLATED, o.status(), where + ": a hostile translation was used");
            assertTrue(o.status().isFallback(), where + ": falls back: " + o);
            boolean loadProblem = loaded.problems().stream().anyMatch(x -> bundleKey.equals(x.key()) && x.line() > 0);
            assertTrue(o.detail() != null || loadProblem, where + ": the fallback must say why, with a position: " + o
                    + " / " + loaded.problems());
        }
    }

    private static String bundleJson(Locale target, String kind, String key, String text, String sourcePattern) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("format", 1)
                .add("locale", target.toLanguageTag())
                .add("kind", kind);
        if (kind.equals("article")) b.add("article", "a");
        b.add("sourceLocale", "en")
                .add("translator", "Hostile Translator")
                .add("review", Json.createObjectBuilder().add("medicallyReviewed", false).addNull("reviewer").addNull("date"))
                .add("messages", Json.createObjectBuilder().add(key, Json.createObjectBuilder()
                        .add("text", text).add("source", SourceHash.of(sourcePattern))));
        return write(b.build());
    }

    // ------------------------------------------------------------------ the JSON reader

    /** A string in article.json, the entry it feeds, and the pointer problems about it must start with. */
    enum JsonField {
        TITLE("/title", Entry.TITLE),
        BREADCRUMB_HREF("/breadcrumbs/1/href", Entry.BREADCRUMB_HREF),
        PARAGRAPH("/sections/0/blocks/0/text", Entry.PARAGRAPH),
        ALT_TEXT("/sections/0/blocks/3/alt", Entry.ALT_TEXT),
        REFERENCE_TITLE("/references/0/title", Entry.REFERENCE_TITLE),
        REFERENCE_URL("/references/0/url", Entry.REFERENCE_URL),
        LINK_HREF("/links/0/href", Entry.LINK_HREF);

        final String pointer;
        final Entry entry;

        JsonField(String pointer, Entry entry) {
            this.pointer = pointer;
            this.entry = entry;
        }
    }

    private static final String BASE_JSON = ArticleJson.reader().write(HostileArticles.benign(false));

    @Test
    void theJsonFixtureHoldsTheBenignValueAtEveryPointer() {
        JsonStructure root = parse(BASE_JSON);
        for (JsonField f : JsonField.values()) {
            JsonValue v = Json.createPointer(f.pointer).getValue(root);
            assertEquals(f.entry.benign, ((JsonString) v).getString(), f.pointer);
        }
        assertEquals(HostileArticles.benign(false), ArticleJson.reader().read("article.json", BASE_JSON), "the fixture round-trips");
    }

    static Stream<Arguments> jsonCases() {
        List<Arguments> out = new ArrayList<>();
        for (JsonField f : JsonField.values()) for (HostilePayloads p : HostilePayloads.ALL) out.add(Arguments.of(f, p));
        return out.stream();
    }

    @ParameterizedTest(name = "article.json {0} <- {1}")
    @MethodSource("jsonCases")
    void inArticleJson(JsonField f, HostilePayloads p) {
        String where = "article.json " + f.pointer + " <- " + p;
        JsonStructure root = Json.createPointer(f.pointer).replace(parse(BASE_JSON), Json.createValue(p.text()));
        String json = write((JsonObject) root);
        Article a;
        try {
            a = ArticleJson.reader().read("article.json", json);
        } catch (ArticleFormatException e) {
            assertFalse(e.problems().isEmpty(), where + ": rejected without a problem");
            boolean located = e.problems().stream().anyMatch(x -> located(x, f.pointer));
            assertTrue(located, where + ": rejected, but no problem points at the field: " + e.problems());
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": the reader crashed instead of reporting a problem", e);
        }
        // Loaded: the render must be safe. (The reader's own URL check is looser than the render's UrlPolicy,
        // e.g. it accepts "&#106;avascript:x" and user info; the render then drops and reports them: expectUrl.)
        // Page mode only: the page holds the same article markup as the fragment, plus head and JSON-LD.
        Entry e = f.entry;
        PageContext ctx = new PageContext(false, HostileArticles.alternates(e, e.benign));
        String w = where + " (PAGE)";
        RenderResult r = PAGE.render(a, ctx);
        Document d = SafeHtml.page(r.html(), w);
        if (e.kind == Kind.MESSAGE) {
            if (p.asMessage() == null) {
                assertTrue(has(r, "render.message-broken", e.key), w + ": loaded a broken message, so its render must report it");
            } else {
                expectShown(e, d, p.asMessage(), w);
            }
        } else if (e.kind == Kind.PLAIN) {
            expectShown(e, d, plainExpectation(e, p.text()), w);
        } else {
            expectUrl(e, p, r, d, w);
        }
    }

    private static boolean located(Problem x, String field) {
        return x.pointer() != null && (x.pointer().equals(field) || x.pointer().startsWith(field + "/")) && x.line() > 0;
    }

    // ------------------------------------------------------------------ the public sanitizer

    static Stream<HostilePayloads> payloads() {
        return HostilePayloads.ALL.stream();
    }

    @ParameterizedTest(name = "sanitize <- {0}")
    @MethodSource("payloads")
    void throughThePublicSanitizer(HostilePayloads p) {
        String where = "sanitize <- " + p;
        for (String input : List.of(p.text(), "<p>" + p.text() + "</p>", "<a href=\"" + p.text() + "\">x</a>",
                "<img alt=\"" + p.text() + "\" src=\"" + p.text() + "\">")) {
            String out = Sanitizer.standard().sanitize(input);
            SafeHtml.fragment(out, where + " [" + abbreviate(input) + "]");
            assertEquals(out, Sanitizer.standard().sanitize(out), where + ": sanitize is idempotent");
        }
        if (p.text().indexOf('<') < 0 && p.text().indexOf('&') < 0) {
            // inert text stays readable, as text
            String out = Sanitizer.standard().sanitize(p.text());
            assertEquals(SafeHtml.normalize(p.text()), SafeHtml.normalize(Jsoup.parseBodyFragment(out).body().text()), where);
        }
        if (p.refusedUrl() && p.text().indexOf('"') < 0) {
            String out = Sanitizer.standard().sanitize("<a href=\"" + p.text() + "\">x</a>");
            assertFalse(Jsoup.parseBodyFragment(out).selectFirst("a").hasAttr("href"), where + ": the unsafe href is removed: " + out);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static boolean has(RenderResult r, String code, String key) {
        for (Problem x : r.problems()) if (x.rule().equals(code) && key.equals(x.key())) return true;
        return false;
    }

    private static JsonStructure parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.read();
        }
    }

    private static String write(JsonObject o) {
        StringWriter w = new StringWriter();
        try (var jw = Json.createWriter(w)) {
            jw.writeObject(o);
        }
        return w.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…(" + s.length() + " chars)";
    }
}
