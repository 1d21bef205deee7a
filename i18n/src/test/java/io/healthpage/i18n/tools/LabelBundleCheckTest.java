package io.healthpage.i18n.tools;

import io.healthpage.problem.Problem;
import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translator checker on page-label bundles: the shipped ones are clean, broken ones are caught. */
class LabelBundleCheckTest {
    static final List<String> SHIPPED = List.of("ar", "de", "es", "fr", "he", "it", "ja", "pl", "pt", "ru", "tr", "uk", "zh-Hans");

    static String resource(String tag) throws IOException {
        try (InputStream in = LabelBundleCheckTest.class.getResourceAsStream("/io/healthpage/i18n/labels/" + tag + ".json")) {
            assertTrue(in != null, "no shipped label bundle " + tag);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Bundle load(String name, String json) {
        BundleLoader.LoadResult r = BundleLoader.create().load(name, new java.io.StringReader(json));
        assertTrue(r.problems().isEmpty(), () -> name + ": " + r.problems());
        return r.bundle().orElseThrow();
    }

    @Test
    void everyShippedLabelBundleIsCompleteCurrentAndClean() throws IOException {
        BundleChecker checker = BundleChecker.create();
        // the same word in French and English, on purpose: "Licence", "Important"
        Set<String> sameOnPurpose = Set.of("fr text.identical license", "fr text.identical callout.important");
        Set<String> seen = new TreeSet<>();
        for (String tag : SHIPPED) {
            CheckResult r = checker.checkLabels(load(tag + ".json", resource(tag)));
            assertEquals(0, r.errorCount(), () -> tag + ":\n" + r.toText(false));
            for (Problem f : r.findings()) {
                String id = tag + " " + f.rule() + " " + f.key();
                assertTrue(sameOnPurpose.contains(id), () -> "unexpected finding " + id + ":\n" + r.toText(false));
                seen.add(id);
            }
        }
        assertEquals(sameOnPurpose, seen, "the allowed findings are still found (else drop them from the list)");
    }

    @Test
    void aBrokenLabelIsReportedWithFileLineAndKey(@TempDir Path dir) throws IOException {
        // Russian needs one/few/many/other; drop "few" and break a placeholder in another label
        String json = resource("ru")
                .replace(" few {Эта статья ссылается на # источника.}", "")
                .replace("{names}", "{name}");
        Path file = dir.resolve("ru.json");
        Files.writeString(file, json);
        CheckResult r = BundleChecker.create().checkLabels(file);
        String text = r.toText(false);
        assertTrue(r.hasErrors(), text);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().startsWith("plural") && "references.count".equals(f.key())), text);
        assertTrue(r.findings().stream().anyMatch(f -> f.key() != null && f.key().startsWith("byline.") && f.line() > 0), text);
    }

    @Test
    void anArticleBundleIsNotALabelBundle() {
        Bundle article = load("es.json", """
                {"format": 1, "locale": "es", "kind": "article", "article": "a", "sourceLocale": "en",
                 "translator": "t", "review": {"medicallyReviewed": false, "reviewer": null, "date": null},
                 "messages": {"title": {"text": "Hola", "source": "00000000"}}}
                """);
        CheckResult r = BundleChecker.create().checkLabels(article);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("bundle.wrong-kind")), r.toText(false));
    }
}
