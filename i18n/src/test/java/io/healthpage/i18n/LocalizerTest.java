package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Section;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizerTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Article article(String p1) {
        return Article.builder("demo", EN)
                .title(Message.of("title", "Pain relief", EN))
                .section(new Section("s", Message.of("section.s.heading", "How long?", EN), List.of(
                        new Paragraph("p1", Message.of("section.s.p1", p1, EN)),
                        new Paragraph("p2", Message.builder("section.s.p2", "{n, plural, one {# hour} other {# hours}}", EN)
                                .arg("n", NumberArg.of(3)).build()),
                        new Paragraph("p3", Message.of("section.s.p3", "Ask <em>your</em> doctor.", EN))), List.of()))
                .build();
    }

    private static String entry(String key, String text, String sourcePattern) {
        return "\"" + key + "\": {\"text\": \"" + text + "\", \"source\": \"" + SourceHash.of(sourcePattern) + "\"}";
    }

    private static Bundle bundle(String tag, boolean reviewed, String... entries) {
        String json = "{\"format\": 1, \"locale\": \"" + tag + "\", \"kind\": \"article\", \"article\": \"demo\", \"sourceLocale\": \"en\","
                + " \"translator\": \"t\", \"review\": {\"medicallyReviewed\": " + reviewed + ", \"reviewer\": "
                + (reviewed ? "\"Dr Review Panel\", \"date\": \"2026-01-01\"" : "null, \"date\": null") + "},"
                + " \"messages\": {" + String.join(",", entries) + "}}";
        BundleLoader.LoadResult r = BundleLoader.create().load(tag + ".json", json);
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.bundle().orElseThrow();
    }

    private static Map<String, Message> byKey(Article a) {
        Map<String, Message> m = new java.util.HashMap<>();
        for (Message x : a.messages()) m.put(x.key(), x);
        return m;
    }

    private final Article source = article("Relief lasts a short time.");

    private Bundle spanish() {
        return bundle("es", false,
                entry("title", "Alivio del dolor", "Pain relief"),
                entry("section.s.heading", "¿Cuánto dura?", "How long?"),
                entry("section.s.p1", "El alivio dura poco.", "Relief lasts a short time."),
                entry("section.s.p2", "{n, plural, one {# hora} many {# horas} other {# horas}}", "{n, plural, one {# hour} other {# hours}}"),
                entry("section.s.p3", "Pregunte a <em>su</em> médico.", "Ask <em>your</em> doctor."));
    }

    @Test
    void translatesEveryUnitAndMarksItsLanguage() {
        Localization l = Localizer.builder().bundles(BundleSet.of(List.of(spanish()))).build().localize(source, ES);
        assertEquals(ES, l.article().locale());
        for (Message m : l.article().messages()) {
            assertEquals(ES, m.locale(), m.key());
            assertEquals(TextStatus.TRANSLATED, m.status(), m.key());
        }
        assertEquals("¿Cuánto dura?", byKey(l.article()).get("section.s.heading").pattern());
        assertEquals(5, l.report().translated());
        assertEquals(0, l.report().fallback());
        assertFalse(l.medicallyReviewed());
    }

    @Test
    void missingUnitsFallBackToTheSourceMarkedWithItsLanguage() {
        Bundle partial = bundle("es", false, entry("title", "Alivio del dolor", "Pain relief"));
        Localization l = Localizer.builder().bundles(BundleSet.of(List.of(partial))).build().localize(source, ES);
        Message h = byKey(l.article()).get("section.s.heading");
        assertEquals("How long?", h.pattern());
        assertEquals(EN, h.locale());
        assertEquals(TextStatus.FALLBACK_MISSING, h.status());
        assertEquals(1, l.report().translated());
        assertEquals(4, l.report().missing());
    }

    @Test
    void aSourceEditMakesTheTranslationStale() {
        Article edited = article("Relief lasts about an hour.");
        Localizer loc = Localizer.builder().bundles(BundleSet.of(List.of(spanish()))).build();
        Localization l = loc.localize(edited, ES);
        Message p1 = byKey(l.article()).get("section.s.p1");
        assertEquals(TextStatus.FALLBACK_STALE, p1.status());
        assertEquals("Relief lasts about an hour.", p1.pattern());
        assertEquals(EN, p1.locale());
        assertEquals(1, l.report().stale());
        assertEquals(4, l.report().translated());
        // the policy can show it, marked
        Localization shown = Localizer.builder().bundles(BundleSet.of(List.of(spanish()))).stalePolicy(StalePolicy.SHOW_MARKED).build()
                .localize(edited, ES);
        Message p1s = byKey(shown.article()).get("section.s.p1");
        assertEquals(TextStatus.STALE_SHOWN, p1s.status());
        assertEquals("El alivio dura poco.", p1s.pattern());
    }

    @Test
    void oneInstanceJudgesEachSourceAfreshDespiteItsCaches() {
        // the Localizer caches whether a translation is usable; the cache must key on the source text
        // and arguments, not only the message key, or a reused instance would miss edits
        Localizer loc = Localizer.builder().bundles(BundleSet.of(List.of(spanish()))).build();
        assertEquals(5, loc.localize(source, ES).report().translated());

        Localization edited = loc.localize(article("Relief lasts about an hour."), ES);
        assertEquals(TextStatus.FALLBACK_STALE, byKey(edited.article()).get("section.s.p1").status());
        assertEquals(4, edited.report().translated());

        // same patterns, but {n} is now text: the plural cannot format it, so the translation is broken
        Article textArg = source.mapMessages(m -> m.key().equals("section.s.p2")
                ? Message.builder(m.key(), m.pattern(), m.locale())
                        .note(m.note()).arg("n", new TextArg("three")).status(m.status()).build()
                : m);
        Localization withText = loc.localize(textArg, ES);
        assertEquals(TextStatus.FALLBACK_BROKEN, byKey(withText.article()).get("section.s.p2").status());
        assertEquals(4, withText.report().translated());

        // and the original is still fully translated, with the same labels object for the same locale
        Localization again = loc.localize(source, ES);
        assertEquals(5, again.report().translated());
        assertEquals("Pregunte a <em>su</em> médico.", byKey(again.article()).get("section.s.p3").pattern());
        assertTrue(again.labels() == loc.localize(source, ES).labels(), "labels of a locale are computed once");
        assertEquals(again.labelReport().units(), loc.localize(source, ES).labelReport().units());
    }

    @Test
    void brokenTranslationsFallBackAndTheRestIsKept() {
        Bundle broken = bundle("es", false,
                entry("title", "Alivio del dolor", "Pain relief"),
                entry("section.s.p1", "El alivio dura {duracion}.", "Relief lasts a short time."),   // invented argument
                entry("section.s.p3", "Pregunte a su <strong>médico</strong>.", "Ask <em>your</em> doctor."), // other tag
                entry("section.s.heading", "<em>¿Cuánto dura?", "How long?"));                      // unclosed tag
        Localization l = Localizer.builder().bundles(BundleSet.of(List.of(broken))).build().localize(source, ES);
        Map<String, Message> m = byKey(l.article());
        assertEquals(TextStatus.TRANSLATED, m.get("title").status());
        for (String k : List.of("section.s.p1", "section.s.p3", "section.s.heading")) {
            assertEquals(TextStatus.FALLBACK_BROKEN, m.get(k).status(), k);
            assertEquals(EN, m.get(k).locale());
        }
        assertEquals(3, l.report().broken());
        UnitOutcome o = l.report().withStatus(TextStatus.FALLBACK_BROKEN).get(0);
        assertTrue(o.detail().startsWith("es.json:"), o.detail());
        // the same as located problems, in document order
        List<Problem> problems = l.report().problems();
        assertEquals(List.of("section.s.heading", "section.s.p1", "section.s.p3"), problems.stream().map(Problem::key).sorted().toList());
        assertTrue(problems.stream().allMatch(p -> p.rule().equals("localize.broken") && p.severity() == Severity.WARNING
                && "es.json".equals(p.file()) && p.line() > 0), problems.toString());
        assertEquals(o.detail(), o.problem().location() + " " + o.problem().message());
    }

    @Test
    void walksTheCldrChainPerUnit() {
        Bundle es419 = bundle("es-419", true, entry("title", "Alivio del dolor (LatAm)", "Pain relief"));
        Localization l = Localizer.builder().bundles(BundleSet.of(List.of(spanish(), es419))).build()
                .localize(source, Locale.forLanguageTag("es-MX"));
        Map<String, Message> m = byKey(l.article());
        assertEquals("Alivio del dolor (LatAm)", m.get("title").pattern());
        assertEquals(Locale.forLanguageTag("es-419"), m.get("title").locale());
        assertEquals("¿Cuánto dura?", m.get("section.s.heading").pattern());
        assertEquals(ES, m.get("section.s.heading").locale());
        assertEquals(5, l.report().translated());
        assertTrue(l.medicallyReviewed(), "the first bundle of the chain (es-419) is reviewed");
    }

    @Test
    void sourceLanguageNeedsNoBundles() {
        Localization l = Localizer.builder().build().localize(source, Locale.forLanguageTag("en-GB"));
        for (Message m : l.article().messages()) assertEquals(TextStatus.SOURCE, m.status());
        assertEquals("Key takeaways", plain(l.labels().get("takeaways")));
    }

    @Test
    void labelsComeFromTheBuiltInBundlesWithPerLabelFallback() {
        Localizer loc = Localizer.builder().build();
        Message arToc = loc.labels(Locale.forLanguageTag("ar")).get("toc");
        assertEquals(Locale.forLanguageTag("ar"), arToc.locale());
        assertEquals(TextStatus.TRANSLATED, arToc.status());
        assertFalse(arToc.pattern().contains("On this page"));
        // every label of a complete label bundle is used, including those whose arguments come at render time
        Localization ar = loc.localize(source, Locale.forLanguageTag("ar"));
        assertEquals(ar.labelReport().total(), ar.labelReport().translated(), ar.labelReport().units().toString());
        // a language with no label bundle gets English, marked as such
        Message sw = loc.labels(Locale.forLanguageTag("sw")).get("toc");
        assertEquals(EN, sw.locale());
        assertEquals(TextStatus.FALLBACK_MISSING, sw.status());
    }

    @Test
    void concurrentLocalizationIsDeterministic() throws Exception {
        Localizer loc = Localizer.builder().bundles(BundleSet.of(List.of(spanish()))).build();
        List<String> expected = new ArrayList<>();
        Locale[] locales = {ES, EN, Locale.forLanguageTag("es-MX"), Locale.forLanguageTag("ar"), Locale.forLanguageTag("pl")};
        for (Locale l : locales) expected.add(loc.localize(source, l).article().messages().toString());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> fs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int k = i % locales.length;
                        if (!expected.get(k).equals(loc.localize(source, locales[k]).article().messages().toString())) return false;
                    }
                    return true;
                }));
            }
            for (var f : fs) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePageContextCarriesTheLabelsOfTheLocalization() {
        Localization l = Localizer.builder().bundles(BundleSet.of(List.of(spanish()))).build().localize(source, ES);
        String html = io.healthpage.render.HtmlRenderer.builder().build().render(l.article(), l.pageContext(List.of())).html();
        String expected = plain(Localizer.builder().build().labels(ES).get("toc"));
        assertFalse(expected.equals("On this page"));
        assertTrue(html.contains(">" + expected + "</h2>"), html);
        assertFalse(html.contains("On this page"));
    }

    private static String plain(Message m) {
        return io.healthpage.text.MessageFormatter.create().format(m).plainText();
    }
}
