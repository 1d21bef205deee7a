package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Block;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.Figure;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedKind;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextStatus;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import io.healthpage.text.Labels;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule has a failing fixture (a small change to a clean article) and a passing one (the clean
 * article, which has no findings at all).
 */
class ArticleCheckerTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ArticleChecker CHECKER = ArticleChecker.builder().today(TODAY).build();

    static Message m(String key, String text) {
        return Message.of(key, text, EN);
    }

    static Paragraph p(String id, String text) {
        return new Paragraph(id, m("p." + id, text));
    }

    static Section section(String id, String heading, Block... blocks) {
        return new Section(id, m("section." + id + ".heading", heading), List.of(blocks), List.of());
    }

    /** A clean article; {@code omit} leaves parts out: takeaways, tip, dates, reviewer, disclaimer. */
    static Article.Builder clean(String... omit) {
        Set<String> o = Set.of(omit);
        Article.Builder b = Article.builder("ketamine-relief", EN)
                .title(m("title", "How long does ketamine pain relief last?"))
                .lead(p("intro", "Ketamine is a medicine for pain. It works fast. The relief does not last long."))
                .section(new Section("how-long", m("section.how-long.heading", "How long it lasts"), List.of(
                        new Paragraph("fact", Message.builder("p.fact", "Relief often lasts about {h} hours <cite:nih/>.",
                                EN).arg("h", NumberArg.of(2)).build()),
                        new Paragraph("nmda", m("p.nmda", "It acts on <term:nmda>NMDA</term:nmda> sites in the brain.")),
                        Figure.builder("chart.png")
                                .id("chart").alt(m("fig.alt", "A bar chart of pain scores in the first six hours"))
                                .caption(m("fig.caption", "Pain scores after one dose")).build(),
                        new RelatedLink("more", RelatedKind.READ_MORE, "/ketamine-side-effects",
                                m("related.title", "Side effects of ketamine"), null)), List.of()))
                .term(Term.builder("nmda", TermKind.ABBREVIATION, m("term.nmda.text", "NMDA"))
                        .expansion(m("term.nmda.expansion", "N-methyl-D-aspartate")).build())
                .reference(Reference.builder("nih", "Ketamine")
                        .publisher("NIH").year(2023).url("https://example.org/nih").build());
        if (!o.contains("tip")) {
            b.section(section("what-to-do", "What you can do", new Callout("tip", CalloutKind.TIP, null,
                    List.of(p("ask", "Ask your doctor how long your relief may last.")))));
        }
        if (!o.contains("takeaways")) b.takeaway(m("takeaway.1", "Relief from one dose is short."));
        if (!o.contains("dates")) b.dates(new ArticleDates(null, null, LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 10)));
        if (!o.contains("reviewer")) {
            b.reviewer(Person.builder("rev", PersonKind.ORGANIZATION, "Example Medical Review Board").build());
        }
        if (!o.contains("disclaimer")) b.disclaimer(m("disclaimer", "This page does not replace advice from your doctor."));
        return b;
    }

    static List<String> rules(CheckReport r) {
        return r.findings().stream().map(Problem::rule).toList();
    }

    static CheckReport check(Article a) {
        return CHECKER.check(a);
    }

    static Article withLead(String text) {
        return clean().lead(p("extra", text)).build();
    }

    @Test
    void cleanArticleHasNoFindings() {
        CheckReport r = check(clean().build());
        assertEquals(List.of(), r.findings(), r.toText());
        assertTrue(r.summary().gradeLevels().get("Flesch\u2013Kincaid grade") < 8, r.toText());
    }

    private static void fails(String rule, Article a) {
        fails(rule, CHECKER, a);
    }

    private static void fails(String rule, ArticleChecker c, Article a) {
        CheckReport r = c.check(a);
        assertTrue(rules(r).contains(rule), rule + " expected in:\n" + r.toText());
        // and the clean article passes the same rule with the same checker
        assertFalse(rules(c.check(clean().build())).contains(rule), rule + " on the clean article");
    }

    // ---------------------------------------------------------------- structure

    @Test
    void headingMissing() {
        fails("structure.heading-missing", clean().section(section("empty", "  ", p("x", "Text here."))).build());
    }

    @Test
    void headingDepth() {
        Section s = section("l7", "Level seven", p("l7p", "Deep text."));
        for (int i = 6; i >= 2; i--) s = new Section("l" + i, m("h" + i, "Level " + i), List.of(), List.of(s));
        fails("structure.heading-depth", clean().section(s).build());
    }

    @Test
    void sectionTooLong() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) sb.append("Rest a lot. Drink some water. Eat well and sleep. ");
        Article a = clean().section(section("long", "Looking after yourself", p("l1", sb.substring(0, sb.length() / 2)),
                p("l2", sb.substring(sb.length() / 2)))).build();
        fails("structure.section-too-long", a);
    }

    @Test
    void noSummary() {
        fails("structure.no-summary", clean("takeaways").build());
    }

    @Test
    void noAction() {
        fails("structure.no-action", clean("tip").build());
        // an instruction in the text counts as an action too
        assertFalse(rules(check(clean("tip").lead(p("call", "Call 911 if you cannot breathe.")).build())).contains("structure.no-action"));
    }

    // ---------------------------------------------------------------- links

    @Test
    void vagueLinkText() {
        Article a = clean().link(new LinkTarget("se", "/side-effects"))
                .lead(p("x", "Ketamine has side effects. <link:se>Read more\u2026</link:se>")).build();
        fails("link.vague-text", a);
        Problem f = check(a).findings("link.vague-text").get(0);
        assertEquals("/lead/1/text", f.pointer());
        assertEquals("p.x", f.key());
        assertEquals("WCAG 2.2 SC 2.4.4", f.guideline());
    }

    /** Spanish page labels as a translator would supply them (the real bundles live in the i18n module). */
    private static Labels spanishLabels(String vagueLinks) {
        Locale es = Locale.forLanguageTag("es");
        Message label = Message.builder("label." + ArticleChecker.VAGUE_LINKS_LABEL, vagueLinks, es)
                .status(TextStatus.TRANSLATED).build();
        return Labels.of(es, Map.of(ArticleChecker.VAGUE_LINKS_LABEL, label));
    }

    private static Article spanishWithRelatedLink(String title) {
        Locale es = Locale.forLanguageTag("es");
        return Article.builder("a", es).title(Message.of("title", "Dolor", es))
                .lead(new RelatedLink("r", RelatedKind.READ_MORE, "/x", Message.of("r", title, es), null)).build();
    }

    @Test
    void vagueRelatedLinkInSpanishFromTheLabels() {
        ArticleChecker checker = ArticleChecker.builder().today(TODAY).labels(spanishLabels("leer más|haga clic aquí")).build();
        // the label's phrases are compared like link texts: case, trailing punctuation and arrows do not count
        assertTrue(rules(checker.check(spanishWithRelatedLink("Leer más\u2026"))).contains("link.vague-text"));
        assertTrue(rules(checker.check(spanishWithRelatedLink("Haga clic aquí \u2192"))).contains("link.vague-text"));
        List<String> passing = rules(checker.check(spanishWithRelatedLink("Efectos secundarios de la ketamina")));
        assertFalse(passing.contains("link.vague-text"), passing::toString);
        assertFalse(passing.contains("link.vague-text-unchecked"), passing::toString);
    }

    @Test
    void vagueTextInAnEnglishFallbackUnitOfASpanishPage() {
        // a unit shown in English (no translation yet) is checked with the English list
        Locale es = Locale.forLanguageTag("es");
        Article a = Article.builder("a", es).title(Message.of("title", "Dolor", es))
                .lead(new RelatedLink("r", RelatedKind.READ_MORE, "/x",
                        Message.of("r", "Click here", Locale.ENGLISH).withText("Click here", Locale.ENGLISH, TextStatus.FALLBACK_MISSING),
                        null)).build();
        ArticleChecker checker = ArticleChecker.builder().today(TODAY).labels(spanishLabels("leer más")).build();
        assertTrue(rules(checker.check(a)).contains("link.vague-text"));
    }

    @Test
    void vagueTextUncheckedWithoutALanguageList() {
        // no Spanish labels given: the rule cannot run, and the report says so instead of passing silently
        Article a = spanishWithRelatedLink("Leer más");
        CheckReport r = CHECKER.check(a);
        assertFalse(rules(r).contains("link.vague-text"));
        Problem f = r.findings("link.vague-text-unchecked").get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("Spanish"), f.message());
        // Spanish labels that fell back to English are no Spanish list either
        Labels fallback = Labels.of(Locale.forLanguageTag("es"), Map.of());
        assertTrue(rules(ArticleChecker.builder().today(TODAY).labels(fallback).build().check(a)).contains("link.vague-text-unchecked"));
        // a list given through the builder counts
        assertFalse(rules(ArticleChecker.builder().today(TODAY).vagueLinkText(Locale.forLanguageTag("es"), "Leer más").build()
                .check(a)).contains("link.vague-text-unchecked"));
        // English needs nothing: its list is built in (the clean English article has links and no findings)
        assertTrue(CHECKER.check(clean().build()).findings().isEmpty());
    }

    @Test
    void theEnglishListIsTheEnglishLabel() {
        List<String> phrases = ArticleChecker.vagueLinkTexts(Labels.english().get(ArticleChecker.VAGUE_LINKS_LABEL));
        assertTrue(phrases.containsAll(List.of("read more", "click here", "see more", "here", "this")), phrases::toString);
        for (String p : phrases) assertEquals(CheckRun.normalizeLinkText(p), p, "phrases are stored normalized");
    }

    @Test
    void sameTextDifferentTargets() {
        Article a = clean()
                .lead(new RelatedLink("r1", RelatedKind.RELATED, "/a", m("r1", "Pain relief options"), null))
                .lead(new RelatedLink("r2", RelatedKind.RELATED, "/b", m("r2", "Pain relief options"), null)).build();
        fails("link.same-text-different-target", a);
        // same text, same target is fine
        Article same = clean()
                .lead(new RelatedLink("r1", RelatedKind.RELATED, "/a", m("r1", "Pain relief options"), null))
                .lead(new RelatedLink("r2", RelatedKind.RELATED, "/a", m("r2", "Pain relief options"), null)).build();
        assertFalse(rules(check(same)).contains("link.same-text-different-target"));
    }

    @Test
    void bareUrl() {
        fails("link.bare-url", clean().link(new LinkTarget("u", "https://example.org/pain"))
                .lead(p("x", "Find help at <link:u>https://example.org/pain</link:u>.")).build());
    }

    @Test
    void emptyLinkText() {
        fails("link.empty-text", clean().link(new LinkTarget("u", "https://example.org/pain"))
                .lead(p("x", "Find help <link:u></link:u> today.")).build());
    }

    // ---------------------------------------------------------------- images

    private static Article withFigure(Figure f) {
        return clean().lead(f).build();
    }

    @Test
    void altMissing() {
        fails("image.alt-missing", withFigure(Figure.builder("pic.png").id("f").alt(m("f.alt", " ")).build()));
    }

    @Test
    void altFileName() {
        fails("image.alt-filename", withFigure(Figure.builder("img/photo_123.jpg")
                .id("f").alt(m("f.alt", "photo_123.jpg")).build()));
        fails("image.alt-filename", withFigure(Figure.builder("img/x.jpg").id("f").alt(m("f.alt", "IMG_4021")).build()));
    }

    @Test
    void altTooLong() {
        fails("image.alt-too-long", withFigure(Figure.builder("pic.png")
                .id("f").alt(m("f.alt", "A nurse gives a dose. ".repeat(8))).build()));
    }

    @Test
    void decorativeWithCaption() {
        fails("image.decorative-captioned", withFigure(Figure.builder("pic.png")
                .id("f").decorative(true).caption(m("f.cap", "Pain scores over time")).build()));
        assertFalse(rules(check(withFigure(Figure.builder("pic.png")
                .id("f").decorative(true).build()))).contains("image.decorative-captioned"));
    }

    // ---------------------------------------------------------------- language

    @Test
    void abbreviationUntagged() {
        Article a = withLead("Ask about CBT for pain.");
        fails("language.abbreviation-untagged", a);
        assertEquals("CBT", check(a).findings("language.abbreviation-untagged").get(0).text());
    }

    @Test
    void abbreviationWithoutExpansion() {
        Article a = clean().term(Term.builder("cbt", TermKind.TERM, m("term.cbt.text", "CBT")).build())
                .lead(p("x", "Ask about <term:cbt>CBT</term:cbt> for pain.")).build();
        fails("language.abbreviation-no-expansion", a);
        assertFalse(rules(check(a)).contains("language.abbreviation-untagged"));
    }

    @Test
    void jargon() {
        Article a = withLead("It is an analgesic.");
        fails("language.jargon", a);
        assertEquals("Say \u201cpain reliever\u201d, or tag the term and give it a glossary definition.",
                check(a).findings("language.jargon").get(0).suggestion());
        // a tagged term with a definition is explained, so it is not jargon any more
        Article defined = clean()
                .term(Term.builder("analgesic", TermKind.TERM, m("t.a", "analgesic")).definition(m("t.a.def", "a medicine that eases pain")).build())
                .lead(p("x", "It is an <term:analgesic>analgesic</term:analgesic>.")).build();
        assertFalse(rules(check(defined)).contains("language.jargon"));
    }

    @Test
    void jargonExtendedThroughTheBuilder() {
        ArticleChecker c = ArticleChecker.builder().today(TODAY).jargon(EN, "ketamine infusion", "a drip of ketamine").build();
        fails("language.jargon", c, withLead("You may get a ketamine infusion."));
    }

    @Test
    void builderArgumentsFollowTheNullRule() {
        ArticleChecker.Builder b = ArticleChecker.builder();
        // null: NullPointerException naming the argument; a bad non-null value: IllegalArgumentException
        assertEquals("text", assertThrows(NullPointerException.class, () -> b.vagueLinkText(EN, null)).getMessage());
        assertEquals("language", assertThrows(NullPointerException.class, () -> b.vagueLinkText(null, "more")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.vagueLinkText(EN, " → … "));
        assertEquals("language", assertThrows(NullPointerException.class, () -> b.jargon(null, "a", "b")).getMessage());
        assertEquals("term", assertThrows(NullPointerException.class, () -> b.jargon(EN, null, "b")).getMessage());
        assertEquals("plainAlternative", assertThrows(NullPointerException.class, () -> b.jargon(EN, "a", null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.jargon(EN, " ", "b"));
    }

    @Test
    void longSentence() {
        fails("language.long-sentence", withLead("This sentence goes on and on with many small words so that it becomes far "
                + "too long for a reader who wants to take in one idea at a time today."));
    }

    @Test
    void longParagraph() {
        fails("language.long-paragraph", withLead("Rest well. Eat well. Drink water. ".repeat(22)));
    }

    @Test
    void passiveVoice() {
        Article a = withLead("The medicine is given by a nurse.");
        fails("language.passive-voice", a);
        assertFalse(rules(check(withLead("A nurse gives the medicine."))).contains("language.passive-voice"));
        assertFalse(rules(check(withLead("You may feel tired."))).contains("language.passive-voice"));
    }

    // ---------------------------------------------------------------- readability

    @Test
    void tooHard() {
        fails("readability.too-hard", withLead("Intravenous administration of subanesthetic concentrations demonstrates "
                + "considerable variability regarding analgesic effectiveness. Pharmacological characteristics necessitate "
                + "individualized therapeutic monitoring."));
    }

    @Test
    void noFormulaForJapanese() {
        Locale ja = Locale.JAPANESE;
        Article a = Article.builder("a", ja).title(Message.of("title", "痛み", ja))
                .lead(new Paragraph("p", Message.of("p", "ケタミンは痛みの薬です。効果は短いです。", ja))).build();
        CheckReport r = check(a);
        assertTrue(rules(r).contains("readability.no-formula"));
        assertTrue(r.summary().scores().containsKey("characters per sentence"), r.toText());
        assertFalse(rules(check(clean().build())).contains("readability.no-formula"));
    }

    // ---------------------------------------------------------------- trust

    @Test
    void noLastReviewed() {
        fails("trust.no-last-reviewed", clean("dates").build());
    }

    @Test
    void reviewOverdue() {
        ArticleChecker later = ArticleChecker.builder().today(LocalDate.of(2027, 1, 11)).build();
        assertTrue(rules(later.check(clean().build())).contains("trust.review-overdue"));
        assertFalse(rules(CHECKER.check(clean().build())).contains("trust.review-overdue"));
        assertFalse(rules(ArticleChecker.builder().today(LocalDate.of(2027, 1, 10)).build().check(clean().build()))
                .contains("trust.review-overdue"), "due today is not overdue");
    }

    @Test
    void noReviewer() {
        fails("trust.no-reviewer", clean("reviewer").build());
    }

    @Test
    void reviewerUnnamed() {
        // issue 14: a reviewer given by role only counts as a reviewer, and the missing name is a reminder, not a warning
        Article a = clean("reviewer").reviewer(Person.byRole("pharmacist", PersonKind.PERSON, m("person.pharmacist.role", "Pharmacist"))
                .build()).build();
        fails("trust.reviewer-unnamed", a);
        CheckReport r = check(a);
        assertFalse(rules(r).contains("trust.no-reviewer"), r.toText());
        Problem unnamed = r.findings("trust.reviewer-unnamed").get(0);
        assertEquals(Severity.INFO, unnamed.severity());
        assertEquals("/reviewers/0", unnamed.pointer());
        assertEquals("Pharmacist", unnamed.text());
    }

    @Test
    void noDisclaimer() {
        fails("trust.no-disclaimer", clean("disclaimer").build());
    }

    @Test
    void uncitedClaims() {
        Article a = clean().section(section("numbers", "How often it helps", p("n", "About 7 in 10 people feel better."))).build();
        fails("trust.uncited-claims", a);
        assertEquals("/sections/2", check(a).findings("trust.uncited-claims").get(0).pointer());
    }

    @Test
    void referenceIncomplete() {
        fails("trust.reference-incomplete", clean().reference(Reference.builder("r2", "A study")
                .year(2024).build()).build());
    }

    @Test
    void referenceIncompleteSaysWhatIsMissingInASentence() {
        Article noYear = clean().reference(Reference.builder("r2", "A study").url("https://example.org/s").build()).build();
        Article noLink = clean().reference(Reference.builder("r2", "A study").year(2024).build()).build();
        Article neither = clean().reference(Reference.builder("r2", "A study").build()).build();
        assertEquals("Reference 'r2' has no year, so readers cannot date it.",
                check(noYear).findings("trust.reference-incomplete").get(0).message());
        assertEquals("Reference 'r2' has no URL, DOI or PMID, so readers cannot find it.",
                check(noLink).findings("trust.reference-incomplete").get(0).message());
        assertEquals("Reference 'r2' has no year and no URL, DOI or PMID, so readers cannot find or date it.",
                check(neither).findings("trust.reference-incomplete").get(0).message());
    }

    @Test
    void referenceOld() {
        fails("trust.reference-old", clean().reference(Reference.builder("r2", "An old study")
                .year(2001).url("https://example.org/old").build()).build());
    }

    @Test
    void aReferenceIsAsOldAsItsLastUpdate() {
        // issue 14: a guideline first published in 2001 and updated recently is current; one updated long ago is not
        int recent = TODAY.getYear() - 1;
        Article updated = clean().reference(Reference.builder("r2", "A guideline").year(2001).updated(recent)
                .url("https://example.org/g").build()).build();
        assertFalse(rules(check(updated)).contains("trust.reference-old"), check(updated).toText());
        Article stale = clean().reference(Reference.builder("r2", "A guideline").year(2001).updated(2003)
                .url("https://example.org/g").build()).build();
        fails("trust.reference-old", stale);
        Problem p = check(stale).findings("trust.reference-old").get(0);
        assertEquals("/references/1/updated", p.pointer());
        assertTrue(p.message().contains("last updated in 2003"), p.message());
    }

    // ---------------------------------------------------------------- translation

    private static final Locale ES = Locale.forLanguageTag("es");

    /** The clean article "localized" to Spanish: each message replaced by {@code f}. */
    private static Article localized(UnaryOperator<Message> f) {
        return clean().locale(ES).build().mapMessages(f);
    }

    private static final UnaryOperator<Message> TRANSLATED = msg -> msg.withText(msg.pattern(), ES, TextStatus.TRANSLATED);
    private static final ArticleChecker REVIEWED = ArticleChecker.builder().today(TODAY).translationReviewed(true).build();

    @Test
    void fallbackUnits() {
        Article a = localized(msg -> msg.key().equals("title") ? msg.withText(msg.pattern(), EN, TextStatus.FALLBACK_MISSING)
                : TRANSLATED.apply(msg));
        List<Problem> f = REVIEWED.check(a).findings("translation.fallback");
        assertEquals(1, f.size());
        assertEquals("/title", f.get(0).pointer());
        assertTrue(REVIEWED.check(localized(TRANSLATED)).findings("translation.fallback").isEmpty());
    }

    @Test
    void staleUnits() {
        Article a = localized(msg -> msg.key().equals("p.fact") ? msg.withText(msg.pattern(), ES, TextStatus.STALE_SHOWN)
                : TRANSLATED.apply(msg));
        assertEquals(1, REVIEWED.check(a).findings("translation.stale").size());
        assertTrue(REVIEWED.check(localized(TRANSLATED)).findings("translation.stale").isEmpty());
    }

    @Test
    void translationNotReviewed() {
        assertEquals(1, CHECKER.check(localized(TRANSLATED)).findings("translation.not-reviewed").size());
        assertTrue(REVIEWED.check(localized(TRANSLATED)).findings("translation.not-reviewed").isEmpty());
        assertTrue(CHECKER.check(clean().build()).findings("translation.not-reviewed").isEmpty(), "source article");
    }

    // ---------------------------------------------------------------- summary and output

    @Test
    void readabilityPerLanguage() {
        Map<String, List<String>> expected = Map.of(
                "es", List.of("Fern\u00e1ndez Huerta", "Szigriszt-Pazos"),
                "fr", List.of("Kandel\u2013Moles"),
                "de", List.of("Amstad", "Wiener Sachtextformel"),
                "sv", List.of("LIX", "RIX"),
                "en", List.of("Flesch Reading Ease", "Flesch\u2013Kincaid grade", "SMOG grade"));
        String[] text = {"Una frase corta. Otra frase.", "Une phrase courte. Une autre.", "Ein kurzer Satz. Noch einer.",
                "En kort mening. En till.", "A short sentence. One more."};
        String[] langs = {"es", "fr", "de", "sv", "en"};
        for (int i = 0; i < langs.length; i++) {
            Locale l = Locale.forLanguageTag(langs[i]);
            Article a = Article.builder("a", l).title(Message.of("title", "T", l))
                    .lead(new Paragraph("p", Message.of("p", text[i], l))).build();
            CheckReport r = check(a);
            assertEquals(expected.get(langs[i]), new ArrayList<>(r.summary().scores().keySet()), langs[i]);
            assertEquals(2, r.summary().sentences(), langs[i]);
        }
    }

    @Test
    void pematItemsAndPercentage() {
        CheckReport r = check(withLead("It is an analgesic."));
        // short material: items 8, 9, 11 not applicable; 3 disagree (jargon), 4, 5 and 12 agree (the clean
        // article has a callout) → 3 of 4
        assertEquals(Map.of("PEMAT-P item 3", false, "PEMAT-P item 4", true, "PEMAT-P item 5", true, "PEMAT-P item 12", true),
                r.summary().pematItems());
        assertEquals(75.0, r.summary().understandability(), 1e-9);
        assertEquals(1, r.summary().counts().get(Severity.WARNING));
        assertEquals(0, r.summary().counts().get(Severity.ERROR));
    }

    @Test
    void textAndJson() {
        CheckReport r = check(withLead("It is an analgesic."));
        String text = r.toText();
        assertTrue(text.contains("WARNING language.jargon at /lead/1/text [p.extra]"), text);
        assertTrue(text.contains("Flesch\u2013Kincaid grade"), text);
        String json = r.toJson();
        var obj = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        assertEquals("language.jargon", obj.getJsonArray("findings").getJsonObject(0).getString("rule"));
        assertEquals("/lead/1/text", obj.getJsonArray("findings").getJsonObject(0).getString("pointer"));
        assertEquals(1, obj.getJsonObject("summary").getJsonObject("counts").getInt("WARNING"));
        assertEquals(75.0, obj.getJsonObject("summary").getJsonNumber("understandability").doubleValue(), 1e-9);
    }
}
