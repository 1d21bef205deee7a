package io.healthpage.i18n;

import io.healthpage.problem.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLoaderTest {
    private final BundleLoader loader = BundleLoader.create();

    /** "code@line:column key" for each problem, to compare with hand-counted positions. */
    private static String where(BundleLoader.LoadResult r) {
        return r.problems().stream()
                .map(p -> p.rule() + "@" + p.line() + ":" + p.column() + (p.key() == null ? "" : " " + p.key()))
                .collect(Collectors.joining("\n"));
    }

    private static final String HEADER = """
            {
              "format": 1,
              "locale": "es",
              "kind": "article",
              "article": "ketamine-pain-relief",
              "sourceLocale": "en",
              "translator": "Example Translation Team",
              "review": { "medicallyReviewed": false, "reviewer": null, "date": null },
              "messages": {
            """; // messages start on line 10

    @Test
    void loadsAGoodBundle() {
        String json = HEADER + """
                    "title": { "text": "¿Cuánto dura el alivio?", "source": "3f2a9c1b", "note": "pregunta" },
                    "lead.1": { "text": "{count, plural, one {# estudio} other {# estudios}}", "source": "00ff00ff" }
                  }
                }
                """;
        BundleLoader.LoadResult r = loader.load("es.json", json);
        assertEquals("", where(r));
        Bundle b = r.bundle().orElseThrow();
        assertEquals(Locale.forLanguageTag("es"), b.locale());
        assertEquals(Bundle.Kind.ARTICLE, b.kind());
        assertEquals("ketamine-pain-relief", b.articleId());
        assertEquals(new BundleMetadata(Locale.ENGLISH, "Example Translation Team", false, null, null), b.metadata());
        assertEquals(List.of("title", "lead.1"), List.copyOf(b.entries().keySet()));
        assertEquals(new BundleEntry("title", "¿Cuánto dura el alivio?", "3f2a9c1b", "pregunta", 10, 5),
                b.entry("title").orElseThrow());
        assertEquals(11, b.entry("lead.1").orElseThrow().line());
    }

    @Test
    void aBrokenMessageDoesNotBreakTheRestOfTheFile() {
        String json = HEADER + """
                    "a": { "text": "Uno", "source": "00000001" },
                    "b": { "text": "{count, plural, one {# estudio}}", "source": "00000002" },
                    "c": { "text": "{n, plural, one {x} other {y}", "source": "00000003" },
                    "d": { "text": "\\"x\\" {n, plural, one {x} other {y}", "source": "00000004" },
                    "e": { "text": "{g, select, a {x} a {y} other {z}}", "source": "00000005" },
                    "f": { "text": "{n, foo}", "source": "00000006" },
                    "g": { "text": "Siete", "source": "00000007" }
                  }
                }
                """;
        BundleLoader.LoadResult r = loader.load("es.json", json);
        // columns counted by hand: the text's opening quote is at column 20 on every line, its first char at 21
        assertEquals("""
                bundle.icu-syntax@11:21 b
                bundle.icu-syntax@12:32 c
                bundle.icu-syntax@13:38 d
                bundle.icu-syntax@14:39 e
                bundle.icu-syntax@15:25 f""", where(r));
        assertEquals(List.of("a", "g"), List.copyOf(r.bundle().orElseThrow().entries().keySet()));
        assertTrue(r.problems().get(0).message().contains("Missing 'other'"), r.problems().get(0).message());
        assertTrue(r.problems().get(3).message().contains("'a' appears twice"));
        assertTrue(r.problems().get(4).message().contains("unknown argument type 'foo'"));
        assertTrue(r.hasErrors());
    }

    @Test
    void duplicateKeysAreReportedAndNeitherIsUsed() {
        String json = HEADER + """
                    "a": { "text": "uno", "source": "00000001" },
                    "b": { "text": "dos", "source": "00000002", "text": "tres" },
                    "a": { "text": "cuatro", "source": "00000003" }
                  },
                  "locale": "fr"
                }
                """;
        BundleLoader.LoadResult r = loader.load("es.json", json);
        assertEquals("""
                bundle.missing-field@1:1
                bundle.duplicate-key@11:49 b
                bundle.duplicate-key@12:5 a
                bundle.duplicate-key@14:3""", where(r));
        assertTrue(r.problems().get(2).message().contains("first at 10:5"), r.problems().get(1).message());
        assertTrue(r.bundle().isEmpty(), "a duplicated locale makes the bundle's language unknown");
    }

    @Test
    void duplicateMessageKeepsTheOtherEntries() {
        String json = HEADER + """
                    "a": { "text": "uno", "source": "00000001" },
                    "b": { "text": "dos", "source": "00000002" },
                    "a": { "text": "cuatro", "source": "00000003" }
                  }
                }
                """;
        BundleLoader.LoadResult r = loader.load("es.json", json);
        assertEquals("bundle.duplicate-key@12:5 a", where(r));
        assertEquals(Set.of("b"), r.bundle().orElseThrow().entries().keySet());
    }

    @Test
    void wrongTypesUnknownFieldsAndMissingHashes() {
        String json = HEADER + """
                    "a": { "text": 42, "source": "00000001" },
                    "b": ["dos"],
                    "c": { "text": "tres", "sorce": "00000003" },
                    "d": "cuatro",
                    "e": { "text": "cinco", "source": "XYZ" },
                    "f": { "source": "00000006" },
                    "g": { "text": "   ", "source": "00000007" },
                    "h": { "text": "ocho", "source": null, "note": ["x"] }
                  },
                  "translater": "typo"
                }
                """;
        BundleLoader.LoadResult r = loader.load("es.json", json);
        assertEquals("""
                bundle.wrong-type@10:20 a
                bundle.wrong-type@11:10 b
                bundle.unknown-field@12:28 c
                bundle.missing-source-hash@12:5 c
                bundle.missing-source-hash@13:5 d
                bundle.invalid-source-hash@14:39 e
                bundle.missing-field@15:10 f
                bundle.empty-text@16:21 g
                bundle.wrong-type@17:52 h
                bundle.missing-source-hash@17:5 h
                bundle.unknown-field@19:3""".lines().sorted(BundleLoaderTest::byPosition)
                .collect(Collectors.joining("\n")), where(r));
        assertEquals(List.of("c", "d", "e", "h"), List.copyOf(r.bundle().orElseThrow().entries().keySet()));
        assertNull(r.bundle().get().entries().get("e").sourceHash(), "a malformed hash is no hash");
        assertTrue(r.problems().stream().anyMatch(p -> p.suggestion() != null && p.suggestion().contains("\"source\"")),
                "hint for 'sorce'");
        assertTrue(r.problems().stream().anyMatch(p -> p.suggestion() != null && p.suggestion().contains("\"translator\"")),
                "hint for 'translater'");
    }

    private static int byPosition(String a, String b) {
        int[] pa = position(a);
        int[] pb = position(b);
        return pa[0] != pb[0] ? Integer.compare(pa[0], pb[0]) : Integer.compare(pa[1], pb[1]);
    }

    private static int[] position(String s) {
        String lc = s.substring(s.indexOf('@') + 1).split(" ")[0];
        return new int[] {Integer.parseInt(lc.split(":")[0]), Integer.parseInt(lc.split(":")[1])};
    }

    @Test
    void badJsonKeepsNothingAndSaysWhere() {
        String json = """
                {
                  "format": 1,
                  "locale": "es"
                  "kind": "labels",
                  "messages": { "a": { "text": "uno", "source": "00000001" } }
                }
                """;
        BundleLoader.LoadResult r = loader.load("es.json", json);
        assertTrue(r.bundle().isEmpty());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertEquals("bundle.json-syntax", p.rule());
        assertEquals(4, p.line(), p.toString()); // the missing comma is noticed at the next key
        assertTrue(p.toString().startsWith("es.json:4:"), p.toString());
    }

    @Test
    void truncatedAndNonObjectJson() {
        assertEquals("bundle.json-syntax@2:14", where(loader.load("es.json", "{\n  \"format\": 1")));
        assertEquals("bundle.json-syntax@1:1", where(loader.load("es.json", "[1, 2]")));
        assertEquals("bundle.json-syntax@1:1", where(loader.load("es.json", "")));
    }

    @Test
    void unknownKeysAreReportedWithTheNearestKnownKey() {
        String json = HEADER + """
                    "title": { "text": "Título", "source": "00000001" },
                    "titel.x": { "text": "Título", "source": "00000001" },
                    "takeaway.9": { "text": "Nueve", "source": "00000002" }
                  }
                }
                """;
        BundleLoader.LoadResult r = loader.withKnownKeys(Set.of("title", "title.x", "takeaway.1")).load("es.json", json);
        assertEquals("bundle.unknown-key@11:5 titel.x\nbundle.unknown-key@12:5 takeaway.9", where(r));
        assertTrue(r.problems().get(0).suggestion().contains("\"title.x\""), r.problems().get(0).suggestion());
        assertEquals(Set.of("title"), r.bundle().orElseThrow().entries().keySet());
        assertFalse(r.hasErrors(), "unknown keys are warnings");
    }

    @Test
    void metadataIsChecked() {
        String json = """
                {
                  "format": 2,
                  "locale": "es_MX",
                  "kind": "article",
                  "article": "ketamine-pain-relief",
                  "sourceLocale": "en",
                  "messages": {}
                }
                """;
        assertEquals("bundle.unsupported-format@2:13\nbundle.invalid-value@3:13", where(loader.load("x.json", json)));
        String wrongArticle = HEADER.replace("ketamine-pain-relief", "other-article") + "}}";
        BundleLoader.LoadResult r = loader.withArticleId("ketamine-pain-relief").load("es.json", wrongArticle);
        assertEquals("bundle.article-mismatch@5:14", where(r));
        assertTrue(r.bundle().isEmpty());
    }

    @Test
    void medicalReviewNeedsAReviewer() {
        String json = HEADER.replace("\"medicallyReviewed\": false, \"reviewer\": null, \"date\": null",
                "\"medicallyReviewed\": true, \"reviewer\": null, \"date\": \"2026-13-01\"") + "}}";
        BundleLoader.LoadResult r = loader.load("es.json", json);
        assertEquals("bundle.review-incomplete@8:36\nbundle.invalid-value@8:68", where(r));
        assertFalse(r.bundle().orElseThrow().metadata().medicallyReviewed());
        String ok = HEADER.replace("\"medicallyReviewed\": false, \"reviewer\": null, \"date\": null",
                "\"medicallyReviewed\": true, \"reviewer\": \"Dr. Example\", \"date\": \"2026-01-15\"") + "}}";
        BundleMetadata m = loader.load("es.json", ok).bundle().orElseThrow().metadata();
        assertTrue(m.medicallyReviewed());
        assertEquals("Dr. Example", m.reviewer());
        assertEquals(LocalDate.of(2026, 1, 15), m.reviewDate());
    }

    @Test
    void rejectsBomAndInvalidUtf8(@TempDir Path dir) throws Exception {
        Path bom = dir.resolve("es.json");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{}".getBytes(StandardCharsets.UTF_8)));
        BundleLoader.LoadResult r = loader.load(bom);
        assertEquals("bundle.bom@0:0", where(r));
        assertTrue(r.bundle().isEmpty());

        Path latin1 = dir.resolve("fr.json");
        Files.write(latin1, concat("{\n  \"locale\": \"fran".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE7},
                "ais\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("bundle.encoding@2:18", where(loader.load(latin1)));
        assertEquals("bundle.bom@0:0", where(loader.load("es.json", "\uFEFF{}")));
    }

    @Test
    void enforcesTheSizeLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("es.json");
        Files.writeString(big, "{" + " ".repeat(2000) + "}");
        assertEquals("bundle.too-large@0:0", where(loader.withMaxFileSize(1000).load(big)));
        assertEquals("bundle.too-large@0:0", where(loader.withMaxFileSize(1000).load("es.json",
                new StringReader(" ".repeat(100_000)))));
    }

    @Test
    void loadsFromAReader() {
        BundleLoader.LoadResult r = loader.load("es.json", new StringReader(HEADER + "}}"));
        assertEquals("", where(r));
        assertTrue(r.bundle().orElseThrow().entries().isEmpty());
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
