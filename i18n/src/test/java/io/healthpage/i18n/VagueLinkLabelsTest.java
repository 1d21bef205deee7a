package io.healthpage.i18n;

import io.healthpage.check.ArticleChecker;
import io.healthpage.check.CheckReport;
import io.healthpage.problem.Problem;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.RelatedKind;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.TextStatus;
import io.healthpage.text.Labels;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checker's vague-link rule runs in every language that ships page labels, from the label
 * {@code check.vagueLinks} of the real label bundles (issue 7: "per language, from the label bundles").
 * The vague and the descriptive link texts below are written here, independently of the bundles.
 */
class VagueLinkLabelsTest {
    /** language → {a vague link text readers of that language see on the web, a descriptive one}. */
    private static final Map<String, List<String>> TEXTS = Map.ofEntries(
            Map.entry("es", List.of("Haga clic aquí", "Efectos secundarios de la ketamina")),
            Map.entry("fr", List.of("Cliquez ici", "Effets secondaires de la kétamine")),
            Map.entry("de", List.of("Hier klicken", "Nebenwirkungen von Ketamin")),
            Map.entry("ar", List.of("اقرأ المزيد", "الآثار الجانبية للكيتامين")),
            Map.entry("he", List.of("לחצו כאן", "תופעות הלוואי של קטמין")),
            Map.entry("pl", List.of("Kliknij tutaj", "Skutki uboczne ketaminy")),
            Map.entry("zh-Hans", List.of("点击这里", "氯胺酮的副作用")),
            Map.entry("ru", List.of("Подробнее", "Побочные эффекты кетамина")),
            Map.entry("pt", List.of("Clique aqui", "Efeitos colaterais da cetamina")),
            Map.entry("it", List.of("Clicca qui", "Effetti collaterali della ketamina")),
            Map.entry("ja", List.of("こちら", "ケタミンの副作用")),
            Map.entry("tr", List.of("Devamını oku", "Ketaminin yan etkileri")),
            Map.entry("uk", List.of("Детальніше", "Побічні ефекти кетаміну")));

    private static Article withLink(Locale locale, String linkText) {
        Message title = Message.builder("title", "Ketamine", locale).status(TextStatus.TRANSLATED).build();
        Message link = Message.builder("related.title", linkText, locale).status(TextStatus.TRANSLATED).build();
        return Article.builder("a", locale).title(title)
                .lead(new RelatedLink("r", RelatedKind.READ_MORE, "/ketamine-side-effects", link, null)).build();
    }

    @Test
    void everyShippedLanguageHasItsOwnListAndTheCheckerUsesIt() {
        Localizer localizer = Localizer.builder().build();
        for (Map.Entry<String, List<String>> e : TEXTS.entrySet()) {
            Locale locale = Locale.forLanguageTag(e.getKey());
            Labels labels = localizer.labels(locale);
            Message label = labels.get("check.vagueLinks");
            assertEquals(TextStatus.TRANSLATED, label.status(), e.getKey() + ": the label is a real translation");
            ArticleChecker checker = ArticleChecker.builder().today(LocalDate.of(2026, 11, 27)).labels(labels).build();

            CheckReport vague = checker.check(withLink(locale, e.getValue().get(0)));
            List<Problem> found = vague.findings("link.vague-text");
            assertEquals(1, found.size(), () -> e.getKey() + ": \"" + e.getValue().get(0) + "\" not reported: " + vague.findings());
            assertEquals("/lead/0/title", found.get(0).pointer());

            CheckReport descriptive = checker.check(withLink(locale, e.getValue().get(1)));
            assertTrue(descriptive.findings("link.vague-text").isEmpty(), () -> e.getKey() + ": " + descriptive.findings());
            assertTrue(descriptive.findings("link.vague-text-unchecked").isEmpty(), () -> e.getKey() + ": " + descriptive.findings());
        }
    }

    @Test
    void aLanguageWithoutLabelsIsReportedAsUnchecked() {
        // Korean has no label bundle: its labels fall back to English, so the rule cannot judge Korean link texts
        Locale ko = Locale.forLanguageTag("ko");
        Labels labels = Localizer.builder().build().labels(ko);
        assertTrue(labels.get("check.vagueLinks").status().isFallback());
        CheckReport r = ArticleChecker.builder().labels(labels).build().check(withLink(ko, "여기를 클릭"));
        assertFalse(r.findings("link.vague-text-unchecked").isEmpty(), () -> r.findings().toString());
    }
}
