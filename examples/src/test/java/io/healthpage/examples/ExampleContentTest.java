package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.check.ArticleChecker;
import io.healthpage.check.CheckReport;
import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.tools.BundleChecker;
import io.healthpage.i18n.tools.CheckResult;
import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the example article: it loads cleanly, every translation is current and
 * complete, and the English text meets the plain-language targets it sets itself (issue 7: "fix the
 * article, not the thresholds").
 */
class ExampleContentTest {
    private static final String ID = "ketamine-pain-relief";
    /** A fixed day after the last review (2026-11-20) and before the next one is due (2027-11-20). */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final double TARGET_GRADE = 8.0;
    private static final List<String> LOCALES = List.of("es", "fr", "de", "ar", "pl", "zh-Hans");
    /**
     * Findings a localized article may have at ERROR severity: none. The checker reports translation
     * review at WARNING ({@code translation.not-reviewed}); listed here so a change of severity shows.
     */
    private static final Set<String> ALLOWED_LOCALIZED_ERRORS = Set.of();

    private static ContentLibrary.Entry entry() {
        ContentLibrary lib = ContentLibrary.builtIn();
        assertTrue(lib.problems().isEmpty(), () -> "loading problems:\n" + String.join("\n", lib.problems()));
        return lib.article(ID).orElseThrow(() -> new AssertionError(ID + " is missing from the built-in content"));
    }

    @Test
    void everyBundleIsCleanAndCurrent() {
        ContentLibrary.Entry e = entry();
        assertEquals(LOCALES.size(), e.bundles().locales().size(), () -> "bundles: " + e.bundles().locales());
        CheckResult r = BundleChecker.create().checkAll(e.article(), e.bundles());
        assertEquals(0, r.errorCount(), r::toString);
        assertEquals(0, r.warningCount(), r::toString);
    }

    @Test
    void everyLocaleIsShownWithoutFallback() {
        ContentLibrary.Entry e = entry();
        Localizer localizer = Localizer.builder().bundles(e.bundles()).build();
        for (String tag : LOCALES) {
            Localization l = localizer.localize(e.article(), Locale.forLanguageTag(tag));
            assertEquals(0, l.report().fallback(), () -> tag + ": " + l.report() + "\n" + l.report().units().stream()
                    .filter(u -> u.status().isFallback()).map(Object::toString).reduce("", (a, b) -> a + b + "\n"));
            assertTrue(l.report().total() > 100, () -> tag + ": suspiciously few units: " + l.report());
        }
    }

    @Test
    void englishMeetsItsOwnPlainLanguageTargets() {
        Article article = entry().article();
        CheckReport report = checker().check(article);
        System.out.println("== en\n" + report.toText());

        List<Problem> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), () -> "errors: " + errors);
        assertTrue(report.findings("language.abbreviation-untagged").isEmpty(),
                () -> report.findings("language.abbreviation-untagged").toString());

        Double fk = report.summary().gradeLevels().get("Flesch–Kincaid grade");
        Double smog = report.summary().gradeLevels().get("SMOG grade");
        assertNotNull(fk, () -> "no FK grade in " + report.summary().gradeLevels().keySet());
        assertNotNull(smog, () -> "no SMOG grade in " + report.summary().gradeLevels().keySet());
        assertTrue(fk <= TARGET_GRADE, "Flesch–Kincaid grade " + fk + " > " + TARGET_GRADE);
        assertTrue(smog <= TARGET_GRADE, "SMOG grade " + smog + " > " + TARGET_GRADE);
        assertTrue(report.findings("readability.too-hard").isEmpty(), () -> report.findings("readability.too-hard").toString());
    }

    @Test
    void spanishMeetsTheSameTargets() {
        ContentLibrary.Entry e = entry();
        Localization l = Localizer.builder().bundles(e.bundles()).build().localize(e.article(), Locale.forLanguageTag("es"));
        CheckReport report = checker(l).check(l.article());
        // Fernández Huerta on Flesch's scale (target grade 8 → at least 60) and INFLESZ "normal" or easier (≥ 55)
        Double fh = report.summary().scores().get("Fernández Huerta");
        Double sp = report.summary().scores().get("Szigriszt-Pazos");
        assertNotNull(fh, () -> "no Fernández Huerta in " + report.summary().scores().keySet());
        assertNotNull(sp, () -> "no Szigriszt-Pazos in " + report.summary().scores().keySet());
        assertTrue(fh >= 60, "Fernández Huerta " + fh);
        assertTrue(sp >= 55, "Szigriszt-Pazos " + sp);
        assertTrue(report.findings("readability.too-hard").isEmpty(), () -> report.findings("readability.too-hard").toString());
        // the translation was reworded where sentences ran long (one of them only for ICU's "usted." suppression)
        assertTrue(report.findings("language.long-sentence").isEmpty(), () -> report.findings("language.long-sentence").toString());
    }

    @Test
    void theCheckerRunsOnEveryLocale() {
        ContentLibrary.Entry e = entry();
        Localizer localizer = Localizer.builder().bundles(e.bundles()).build();
        for (String tag : LOCALES) {
            Localization l = localizer.localize(e.article(), Locale.forLanguageTag(tag));
            CheckReport report = checker(l).check(l.article());
            System.out.println("== " + tag + "\n" + report.toText());
            assertEquals(tag, report.summary().locale().toLanguageTag());
            assertTrue(report.summary().words() > 0, tag + ": no prose read");
            assertFalse(report.summary().scores().isEmpty() && report.summary().bands().isEmpty(),
                    tag + ": no readability figures");
            List<Problem> errors = report.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR && !ALLOWED_LOCALIZED_ERRORS.contains(f.rule())).toList();
            assertTrue(errors.isEmpty(), () -> tag + ": errors: " + errors);
            assertTrue(report.findings("translation.fallback").isEmpty(), () -> tag + ": " + report.findings("translation.fallback"));
            assertTrue(report.findings("translation.stale").isEmpty(), () -> tag + ": " + report.findings("translation.stale"));
            assertTrue(report.findings("language.long-sentence").isEmpty(), () -> tag + ": " + report.findings("language.long-sentence"));
            // every example language has its own list of vague link texts in the label bundles
            assertTrue(report.findings("link.vague-text-unchecked").isEmpty(), () -> tag + ": " + report.findings("link.vague-text-unchecked"));
        }
    }

    private static ArticleChecker checker() {
        return ArticleChecker.builder().today(TODAY).build();
    }

    /** A checker for a localized article, with the vague link texts of its language's labels. */
    private static ArticleChecker checker(Localization l) {
        return ArticleChecker.builder().today(TODAY).labels(l.labels()).build();
    }
}
