package io.healthpage.i18n.tools;

import io.healthpage.problem.Problem;
import static io.healthpage.i18n.tools.BundleCheckerTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.SourceHash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralAndFileRulesTest {
    private static final List<String> ALL = List.of("zero", "one", "two", "few", "many", "other");

    /** The expected sets are CLDR facts typed by hand; ICU's data must agree, and then drives the checks. */
    @ParameterizedTest
    @CsvSource({
        "ar, zero one two few many other",
        "cy, zero one two few many other",
        "pl, one few many other",
        "ru, one few many other",
        "fr, one many other",
        "ja, other"})
    void pluralCategoriesComeFromIcuData(String tag, String expected) {
        Set<String> icu = PluralRules.forLocale(ULocale.forLanguageTag(tag)).getKeywords();
        assertEquals(Set.of(expected.split(" ")), icu);
        assertTrue(rules(tag, "count", plural(icu)).stream().noneMatch(r -> r.startsWith("plural.")),
                () -> rules(tag, "count", plural(icu)).toString());
        for (String k : icu) {
            if (k.equals("other")) continue;
            List<String> fewer = new ArrayList<>(icu);
            fewer.remove(k);
            assertTrue(rules(tag, "count", plural(fewer)).contains("plural.missing-category"), tag + " without " + k);
        }
        for (String k : ALL) {
            if (icu.contains(k)) continue;
            List<String> more = new ArrayList<>(icu);
            more.add(k);
            Set<String> fired = rules(tag, "count", plural(more));
            assertTrue(fired.contains("plural.unused-category"), tag + " with " + k);
            assertFalse(fired.contains("plural.missing-category"), tag + " with " + k);
        }
        List<String> noOther = new ArrayList<>(icu);
        noOther.remove("other");
        if (!noOther.isEmpty()) assertTrue(rules(tag, "count", plural(noOther)).contains("icu.no-other"));
    }

    @Test
    void explicitValuesDoNotCountAsCategories() {
        assertTrue(rules("pl", "count", "{count, plural, =1 {jedno badanie} other {# badań}}").contains("plural.missing-category"));
    }

    private static String plural(java.util.Collection<String> categories) {
        return "{count, plural, " + categories.stream().map(c -> c + " {# x}").collect(Collectors.joining(" ")) + "}";
    }

    private static String header(String locale) {
        return "{\n  \"format\": 1,\n  \"locale\": \"" + locale + "\",\n  \"kind\": \"article\",\n  \"article\": \"test-article\",\n"
                + "  \"sourceLocale\": \"en\",\n  \"messages\": {\n";
    }

    private static final String TITLE = "    \"title\": { \"text\": \"¿Cuánto dura el alivio de la ketamina?\", \"source\": \""
            + SourceHash.of(Fixtures.SOURCE.get("title")) + "\" }";

    private static Set<String> fileRules(Path file) {
        return BundleChecker.create().check(Fixtures.article(), file).findings().stream().map(Problem::rule)
                .collect(Collectors.toSet());
    }

    @Test
    void fileLevelProblemsArePassedThrough(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("es.json");
        Files.writeString(good, header("es") + TITLE + "\n  }\n}\n");
        Set<String> clean = fileRules(good);
        assertFalse(clean.stream().anyMatch(r -> r.startsWith("bundle.")), clean::toString);

        Path bom = dir.resolve("bom/es.json");
        Files.createDirectories(bom.getParent());
        Files.write(bom, ("\uFEFF" + header("es") + TITLE + "\n  }\n}\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(fileRules(bom).contains("bundle.bom"));

        Path latin1 = dir.resolve("latin1/es.json");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, (header("es") + TITLE + "\n  }\n}\n").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(fileRules(latin1).contains("bundle.encoding"));

        Path wrong = dir.resolve("fr.json");
        Files.writeString(wrong, header("es") + TITLE + "\n  }\n}\n");
        assertTrue(fileRules(wrong).contains("bundle.locale-mismatch"));

        Path unknown = dir.resolve("u/es.json");
        Files.createDirectories(unknown.getParent());
        Files.writeString(unknown, header("es").replace("\"kind\"", "\"translater\": \"x\",\n  \"kind\"") + TITLE + "\n  }\n}\n");
        assertTrue(fileRules(unknown).contains("bundle.unknown-field"));

        Path dup = dir.resolve("d/es.json");
        Files.createDirectories(dup.getParent());
        Files.writeString(dup, header("es") + TITLE + ",\n" + TITLE + "\n  }\n}\n");
        CheckResult r = BundleChecker.create().check(Fixtures.article(), dup);
        Problem f = r.findings().stream().filter(x -> x.rule().equals("keys.duplicate")).findFirst().orElseThrow();
        assertEquals("title", f.key());
        assertTrue(f.line() >= 8, f.toString());
        assertFalse(r.findings().stream().anyMatch(x -> x.rule().equals("keys.missing") && "title".equals(x.key())),
                "a duplicated key is reported once, not also as missing");
    }

    @Test
    void checkAllCoversEveryLocaleAndUnusableFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("es.json"), header("es") + TITLE + "\n  }\n}\n");
        Files.writeString(dir.resolve("de.json"), header("de") + "    \"title\": { \"text\": \"Wie lange hilft Ketamin bei 50 mg?\" }\n  }\n}\n");
        Files.writeString(dir.resolve("fr.json"), "{ not json");
        BundleSet set = BundleSet.loadDirectory(dir, BundleLoader.create());
        CheckResult r = BundleChecker.create().checkAll(Fixtures.article(), set);
        Set<String> files = r.findings().stream().map(f -> Path.of(f.file()).getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("de.json", "es.json", "fr.json"), files);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("bundle.json-syntax")));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("bundle.missing-source-hash") && f.file().endsWith("de.json")));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("facts.number-changed") && f.file().endsWith("de.json")));
        assertTrue(r.hasErrors());
        String json = r.toJson();
        assertTrue(json.contains("\"rule\": \"facts.number-changed\"") || json.contains("\"rule\":\"facts.number-changed\""), json);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            var o = reader.readObject();
            assertEquals(r.errorCount(), o.getInt("errors"));
            assertEquals(3, o.getJsonArray("files").size());
        }
    }
}
