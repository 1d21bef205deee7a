package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Section;
import io.healthpage.model.TextStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The translator checker as the localizer's gate: a changed dose is never shown. */
class TranslationGateTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final String DOSE = "Do not take more than 5 mg a day.";

    private final Article article = Article.builder("dose", EN)
            .title(Message.of("title", "Dosing", EN))
            .section(new Section("s", Message.of("section.s.heading", "How much", EN),
                    List.of(new Paragraph("p", Message.of("section.s.p", DOSE, EN))), List.of()))
            .build();

    private BundleSet spanish(String doseText) {
        String json = "{\"format\": 1, \"locale\": \"es\", \"kind\": \"article\", \"article\": \"dose\", \"sourceLocale\": \"en\","
                + " \"translator\": \"t\", \"review\": {\"medicallyReviewed\": false, \"reviewer\": null, \"date\": null},"
                + " \"messages\": {\"title\": {\"text\": \"Dosis\", \"source\": \"" + SourceHash.of("Dosing") + "\"},"
                + " \"section.s.p\": {\"text\": \"" + doseText + "\", \"source\": \"" + SourceHash.of(DOSE) + "\"}}}";
        var r = BundleLoader.create().load("es.json", json);
        assertFalse(r.hasErrors(), r.problems().toString());
        return BundleSet.of(List.of(r.bundle().orElseThrow()));
    }

    private Message unit(Localization l) {
        return l.article().messages().stream().filter(m -> m.key().equals("section.s.p")).findFirst().orElseThrow();
    }

    @Test
    void aChangedDoseFallsBackToTheSourceAndIsReported() {
        BundleSet bundles = spanish("No tome más de 50 mg al día.");
        // without the gate the localizer only checks syntax, arguments and tags: the wrong dose would show
        Localization ungated = Localizer.builder().bundles(bundles).build().localize(article, Locale.forLanguageTag("es"));
        assertEquals(TextStatus.TRANSLATED, unit(ungated).status());

        Localization gated = Localizer.builder().bundles(bundles)
                .translationCheck(BundleChecker.create().asTranslationCheck(article)).build()
                .localize(article, Locale.forLanguageTag("es"));
        Message m = unit(gated);
        assertEquals(TextStatus.FALLBACK_BROKEN, m.status());
        assertEquals(DOSE, m.pattern());
        assertEquals(EN, m.locale());
        String detail = gated.report().withStatus(TextStatus.FALLBACK_BROKEN).get(0).detail();
        assertTrue(detail.contains("[facts.number-changed]") && detail.contains("50 mg"), detail);
        // the rest of the page is still translated
        assertEquals(TextStatus.TRANSLATED, gated.article().title().status());
    }

    @Test
    void aFaithfulTranslationPassesTheGate() {
        Localization gated = Localizer.builder().bundles(spanish("No tome más de 5 mg al día."))
                .translationCheck(BundleChecker.create().asTranslationCheck(article)).build()
                .localize(article, Locale.forLanguageTag("es"));
        assertEquals(TextStatus.TRANSLATED, unit(gated).status());
        assertEquals(0, gated.report().broken(), gated.report().units().toString());
    }

    private Localization gated(String doseText) {
        return Localizer.builder().bundles(spanish(doseText)).translationCheck(BundleChecker.create().asTranslationCheck(article))
                .build().localize(article, Locale.forLanguageTag("es"));
    }

    @Test
    void warningsDoNotKeepATranslationOffThePage() {
        // a doubled word and a double space are warnings of the checker: the page still shows the translation
        Localization l = gated("No  tome tome más de 5 mg al día.");
        assertEquals(TextStatus.TRANSLATED, unit(l).status());
    }

    @Test
    void theReasonIsTheFirstErrorInCatalogueOrder() {
        // an added address (text.url, a character rule) comes before a changed dose (facts.number-changed)
        Localization l = gated("No tome tome más de 50 mg al día, vea https://example.org.");
        assertEquals(TextStatus.FALLBACK_BROKEN, unit(l).status());
        String detail = l.report().withStatus(TextStatus.FALLBACK_BROKEN).get(0).detail();
        assertTrue(detail.contains("[text.url]") && !detail.contains("number-changed"), detail);
        // the checker itself reports both errors, in that order, and the warning
        var found = BundleChecker.create().check(article, spanish("No tome tome más de 50 mg al día, vea https://example.org.")
                .article(Locale.forLanguageTag("es")).orElseThrow()).findings();
        List<String> rules = found.stream().filter(p -> "section.s.p".equals(p.key())).map(p -> p.rule()).toList();
        assertTrue(rules.indexOf("text.url") >= 0 && rules.indexOf("text.url") < rules.indexOf("facts.number-changed"), rules.toString());
        assertTrue(rules.contains("text.doubled-word"), rules.toString());
    }
}
