package io.healthpage.i18n;

import io.healthpage.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesAndBundleSetTest {
    private final BundleLoader loader = BundleLoader.create();

    private static String where(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.rule() + "@" + p.line() + ":" + p.column() + (p.key() == null ? "" : " " + p.key()))
                .collect(Collectors.joining("\n"));
    }

    private static final String PROPERTIES = """
            # Spanish labels
            @format = 1
            @locale = es
            @kind = labels
            @sourceLocale = en
            @translator = Equipo de traducción
            @review.medicallyReviewed = false
            takeaways = Puntos clave
            takeaways@source = 1a2b3c4d
            takeaways@note = heading of the key takeaways box
            reviewed: Revisado el {date}
            reviewed@source=00ff00ff
            long = Una línea \\
                continuada y \\u00e9 y \\\\ barra
            bad = {n, plural, one {x}}
            ! a comment
            good.after = Sigue \\
               funcionando
            good.after@source = 12345678
            """;

    @Test
    void readsProperties() {
        BundleLoader.LoadResult r = loader.load("es.properties", PROPERTIES);
        // 'bad' at line 15: "bad = " puts the pattern's first char at column 7
        assertEquals("bundle.missing-source-hash@13:1 long\nbundle.icu-syntax@15:7 bad", where(r.problems()));
        Bundle b = r.bundle().orElseThrow();
        assertEquals(Bundle.Kind.LABELS, b.kind());
        assertEquals(new BundleMetadata(Locale.ENGLISH, "Equipo de traducción", false, null, null), b.metadata());
        assertEquals(new BundleEntry("takeaways", "Puntos clave", "1a2b3c4d", "heading of the key takeaways box", 8, 1),
                b.entries().get("takeaways"));
        assertEquals("Revisado el {date}", b.entries().get("reviewed").text());
        assertEquals("00ff00ff", b.entries().get("reviewed").sourceHash());
        assertEquals("Una línea continuada y é y \\ barra", b.entries().get("long").text());
        assertEquals("Sigue funcionando", b.entries().get("good.after").text());
        assertEquals(List.of("takeaways", "reviewed", "long", "good.after"), List.copyOf(b.entries().keySet()));
    }

    @Test
    void propertiesProblems() {
        String text = """
                @format = 1
                @locale = es
                @kind = labels
                @sourceLocale = en
                @translatr = X
                a = uno
                a@source = 00000001
                a = otra vez
                b@source = 00000002
                c = bad \\u00zz escape
                d = cuatro
                d@sorce = 00000004
                """;
        BundleLoader.LoadResult r = loader.load("es.properties", text);
        assertEquals("""
                bundle.unknown-field@5:1
                bundle.duplicate-key@8:1 a
                bundle.missing-field@9:1 b
                bundle.properties-syntax@10:9
                bundle.unknown-field@12:1 d
                bundle.missing-source-hash@11:1 d""".lines().sorted().collect(Collectors.joining("\n")),
                where(r.problems()).lines().sorted().collect(Collectors.joining("\n")));
        assertEquals(Set.of("d"), r.bundle().orElseThrow().entries().keySet());
    }

    @Test
    void roundTripJsonPropertiesJson() {
        String json = """
                {
                  "format": 1,
                  "locale": "ar",
                  "kind": "article",
                  "article": "ketamine-pain-relief",
                  "sourceLocale": "en",
                  "translator": "Example \\"Team\\"",
                  "review": { "medicallyReviewed": true, "reviewer": "Dr. Example", "date": "2026-02-03" },
                  "messages": {
                    "title": { "text": "كم يدوم تخفيف الألم؟", "source": "3f2a9c1b", "note": "question" },
                    "lead.1": { "text": " {count, plural, zero {لا دراسات} one {دراسة واحدة} two {دراستان} few {# دراسات} many {# دراسة} other {# دراسة}}\\nسطر", "source": "00ff00ff" },
                    "quote": { "text": "It''s a '{literal}' \\\\ back:slash = # ! \\t tab", "source": "abcdef01" },
                    "nohash": "بدون"
                  }
                }
                """;
        Bundle original = loader.load("ar.json", json).bundle().orElseThrow();
        assertEquals(4, original.entries().size());

        String properties = BundleWriter.properties(original);
        BundleLoader.LoadResult viaProperties = loader.load("ar.properties", properties);
        assertEquals("bundle.missing-source-hash", viaProperties.problems().stream().map(Problem::rule)
                .collect(Collectors.joining(",")), properties);
        assertSameContent(original, viaProperties.bundle().orElseThrow());

        String json2 = BundleWriter.json(viaProperties.bundle().orElseThrow());
        Bundle again = loader.load("ar.json", json2).bundle().orElseThrow();
        assertSameContent(original, again);
        assertEquals(json2, BundleWriter.json(again), "writing is deterministic");
        assertEquals(LocalDate.of(2026, 2, 3), again.metadata().reviewDate());
        assertEquals("Example \"Team\"", again.metadata().translator());
    }

    /** Same everything except file and positions. */
    private static void assertSameContent(Bundle expected, Bundle actual) {
        assertEquals(expected.locale(), actual.locale());
        assertEquals(expected.kind(), actual.kind());
        assertEquals(expected.articleId(), actual.articleId());
        assertEquals(expected.metadata(), actual.metadata());
        assertEquals(withoutPositions(expected), withoutPositions(actual));
    }

    private static Map<String, List<String>> withoutPositions(Bundle b) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        b.entries().forEach((k, e) -> m.put(k, java.util.Arrays.asList(e.text(), e.sourceHash(), e.note())));
        return m;
    }

    private static String bundleJson(String locale, String kind, String article, String messages) {
        return "{\"format\": 1, \"locale\": \"" + locale + "\", \"kind\": \"" + kind + "\", "
                + (article == null ? "" : "\"article\": \"" + article + "\", ")
                + "\"sourceLocale\": \"en\", \"messages\": {" + messages + "}}";
    }

    @Test
    void loadsADirectory(@TempDir Path dir) throws Exception {
        String msg = "\"title\": {\"text\": \"T\", \"source\": \"00000001\"}";
        Files.writeString(dir.resolve("es.json"), bundleJson("es", "article", "ketamine-pain-relief", msg));
        Files.writeString(dir.resolve("pt-BR.json"), bundleJson("pt-BR", "article", "ketamine-pain-relief", msg));
        Files.writeString(dir.resolve("zh-Hant.properties"), """
                @format = 1
                @locale = zh-Hant
                @kind = article
                @article = ketamine-pain-relief
                @sourceLocale = en
                title = 標題
                title@source = 00000001
                """);
        Files.writeString(dir.resolve("fr.json"), bundleJson("de", "article", "ketamine-pain-relief", msg));
        Files.writeString(dir.resolve("pt_PT.json"), bundleJson("pt-PT", "article", "ketamine-pain-relief", msg));
        Files.writeString(dir.resolve("ar.json"), bundleJson("ar", "article", "ketamine-pain-relief", msg));
        Files.writeString(dir.resolve("ar.properties"), "@format=1\n@locale=ar\n@kind=article\n"
                + "@article=ketamine-pain-relief\n@sourceLocale=en\ntitle=ع\ntitle@source=00000001\n");
        Files.writeString(dir.resolve("de.json"), "{ broken");
        Files.writeString(dir.resolve("README.md"), "not a bundle");
        Files.writeString(dir.resolve("he.json"), bundleJson("he", "labels", null, msg));

        BundleSet set = BundleSet.loadDirectory(dir, loader.withArticleId("ketamine-pain-relief"));
        assertEquals(Set.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("zh-Hant")),
                set.locales());
        assertEquals(Set.of(Locale.forLanguageTag("he")), set.labelLocales());
        assertEquals("標題", set.article(Locale.forLanguageTag("zh-Hant")).orElseThrow().entries().get("title").text());
        assertTrue(set.article(Locale.forLanguageTag("ar")).isEmpty(), "ar.json and ar.properties conflict");
        assertEquals(List.of("bundle.duplicate-locale ar.properties", "bundle.json-syntax de.json",
                        "bundle.locale-mismatch fr.json", "bundle.file-name pt_PT.json"),
                set.problems().stream().map(p -> p.rule() + " " + Path.of(p.file()).getFileName())
                        .collect(Collectors.toList()));
        assertTrue(set.problems().get(1).line() > 0, "syntax errors keep their position");
    }

    @Test
    void missingDirectoryIsAProblemNotAnException(@TempDir Path dir) {
        BundleSet set = BundleSet.loadDirectory(dir.resolve("nope"), loader);
        assertTrue(set.locales().isEmpty());
        assertEquals("bundle.io", set.problems().get(0).rule());
    }

    @Test
    void bundleSetOfRejectsTwoBundlesForOneLocale() {
        Bundle es = loader.load("es.json", bundleJson("es", "article", "a", "")).bundle().orElseThrow();
        Bundle es2 = loader.load("es2.json", bundleJson("es", "article", "a", "")).bundle().orElseThrow();
        Bundle labels = loader.load("l.json", bundleJson("es", "labels", null, "")).bundle().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> BundleSet.of(List.of(es, es2)));
        BundleSet set = BundleSet.of(List.of(es)).plus(BundleSet.of(List.of(labels)));
        assertEquals(Set.of(Locale.forLanguageTag("es")), set.locales());
        assertEquals(Set.of(Locale.forLanguageTag("es")), set.labelLocales());
    }
}
