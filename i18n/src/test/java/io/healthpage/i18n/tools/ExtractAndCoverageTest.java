package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.Fixtures.bundle;
import static io.healthpage.i18n.tools.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.SourceHash;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Section;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractAndCoverageTest {
    static final Path EXAMPLE = Path.of("../examples/content/ketamine-pain-relief/article.json");

    @Test
    void sourceBundleHasEveryKeyInDocumentOrderWithHashAndNotes() {
        Article a = Fixtures.article();
        Bundle b = SourceExtractor.extract(a);
        assertEquals("en.json", b.file());
        assertEquals(Locale.ENGLISH, b.locale());
        assertEquals(Bundle.Kind.ARTICLE, b.kind());
        assertEquals(a.messages().stream().map(Message::key).toList(), List.copyOf(b.entries().keySet()));
        BundleEntry dose = b.entries().get("dose");
        assertEquals(Fixtures.SOURCE.get("dose"), dose.text());
        assertEquals(SourceHash.of(Fixtures.SOURCE.get("dose")), dose.sourceHash());
        assertTrue(dose.note().contains("Where: paragraph 1 of 9 in section 's'."), dose.note());
        assertTrue(dose.note().contains("<term:ketamine>: the drug name ketamine — do not translate"), dose.note());
        assertTrue(dose.note().contains("Do not translate: “ketamine”."), dose.note());
        String duration = b.entries().get("duration").note();
        assertTrue(duration.contains("{duration}: a range of minutes (here 40–60), formatted for your language — do not write digits"),
                duration);
        String nmda = b.entries().get("nmda").note();
        assertTrue(nmda.contains("<term:nmda>: the abbreviation NMDA (N-methyl-D-aspartate)"), nmda);
        assertTrue(nmda.contains("<cite:ref1/>: a citation of “Ketamine for pain” (2020)"), nmda);
        assertTrue(b.entries().get("section.s.heading").note().equals("Where: heading of section 's'."));
        // a clean source bundle checked as itself (same language) has no errors
        assertFalse(BundleChecker.create().check(a, bundleAs(b, "en-GB")).hasErrors());
    }

    @Test
    void exampleArticleNotesSayWhereAndAuthorNoteComesFirst() throws Exception {
        Article a = ArticleJson.reader().read(EXAMPLE);
        Bundle b = SourceExtractor.extract(a);
        assertEquals(a.messages().size(), b.entries().size());
        String title = b.entries().get("title").note();
        assertTrue(title.startsWith("Page title, shown in the browser tab"), title);
        for (BundleEntry e : b.entries().values()) {
            assertTrue(e.note() != null && e.note().contains("Where: "), e.key() + " has no location note");
        }
        String faq = b.entries().entrySet().stream().filter(x -> x.getKey().startsWith("faq.") && x.getKey().contains(".answer."))
                .findFirst().orElseThrow().getValue().note();
        assertTrue(faq.contains("the answer of FAQ question 1"), faq);
    }

    /** Issue 14: a reviewer by role only, a title-only numbered item and an updated year get notes that say so. */
    @Test
    void theFormatAdditionsAreExtractedWithNotesThatSaySo() {
        Article a = ArticleJson.reader().read("t.json", """
                {"format": 1, "id": "a", "sourceLocale": "en", "contentVersion": "1", "title": "T",
                 "reviewers": [{"id": "pharmacist", "kind": "person", "role": "Pharmacist"}],
                 "lead": [{"type": "numbered", "id": "risks", "items": [{"title": "Nausea"},
                          {"title": "Dissociation", "body": "Feeling detached.<cite:who/>"}]}],
                 "references": [{"id": "who", "title": "Guideline", "year": 2019, "updated": 2023}]}
                """);
        Bundle b = SourceExtractor.extract(a);
        assertEquals(List.of("title", "person.pharmacist.role", "lead.risks.item.1.title", "lead.risks.item.2.title",
                "lead.risks.item.2.body"), List.copyOf(b.entries().keySet()));
        String role = b.entries().get("person.pharmacist.role").note();
        assertTrue(role.contains("Where: the medical reviewer, given by role only until the name is known: shown in place of the name"),
                role);
        assertFalse(role.contains("null"), role);
        assertTrue(b.entries().get("lead.risks.item.1.title").note()
                .contains("title of item 1 of 2 of the numbered list in the introduction, which has no text of its own"),
                b.entries().get("lead.risks.item.1.title").note());
        assertFalse(b.entries().get("lead.risks.item.2.title").note().contains("no text of its own"));
        String body = b.entries().get("lead.risks.item.2.body").note();
        assertTrue(body.contains("<cite:who/>: a citation of “Guideline” (2019, updated 2023)"), body);
        assertFalse(BundleChecker.create().check(a, bundleAs(b, "en-GB")).hasErrors());
    }

    @Test
    void updateReportsAddedRemovedChangedAndWritesAtomically(@TempDir Path dir) throws Exception {
        Article a = Fixtures.article();
        Path file = dir.resolve("en.json");
        SourceExtractor.write(SourceExtractor.extract(a), file);
        Bundle before = BundleLoader.create().load(file).bundle().orElseThrow();
        assertTrue(SourceExtractor.update(a, before).unchanged());

        Section s = a.sections().get(0);
        List<io.healthpage.model.Block> blocks = new ArrayList<>();
        for (io.healthpage.model.Block bl : s.blocks()) {
            if (bl.id().equals("long")) continue; // removed
            if (bl.id().equals("dose")) {
                blocks.add(new Paragraph("dose", Message.of("dose", "Take at most 10 mg of <term:ketamine>ketamine</term:ketamine> a day.", Locale.ENGLISH)));
            } else {
                blocks.add(bl);
            }
        }
        blocks.add(new Paragraph("new-one", Message.of("new-one", "A new paragraph.", Locale.ENGLISH)));
        Article edited = a.toBuilder().sections(List.of(new Section("s", s.heading(), blocks, List.of()))).build();
        SourceExtractor.Update u = SourceExtractor.update(edited, before);
        assertEquals(List.of("new-one"), u.added());
        assertEquals(List.of("long"), u.removed());
        assertEquals(List.of("dose"), u.changed());
        SourceExtractor.write(u.bundle(), file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        assertEquals(SourceHash.of("Take at most 10 mg of <term:ketamine>ketamine</term:ketamine> a day."),
                BundleLoader.create().load(file).bundle().orElseThrow().entries().get("dose").sourceHash());
    }

    @Test
    void coverageCountsAgreeWithTheChecker() {
        Article a = Fixtures.article();
        int total = a.messages().size(); // 14
        Bundle es = bundle("es",
                entry("title", "¿Cuánto dura el alivio de la ketamina?"),                      // translated
                entry("section.s.heading", "Dosis"),                                           // translated
                entry("dose", "Tome como máximo 50 mg de <term:ketamine>ketamina</term:ketamine> al día."), // broken
                new BundleEntry("duration", "El alivio suele durar {duration}.", "0badf00d", null, 1, 1), // stale
                entry("long", "La ketamina puede aliviar el dolor durante poco tiempo"));       // translated (warning only)
        Map<String, BundleEntry> reviewed = new LinkedHashMap<>(es.entries());
        Bundle fr = new Bundle("fr.json", Locale.FRENCH, Bundle.Kind.ARTICLE, "test-article",
                new BundleMetadata(Locale.ENGLISH, "T", true, "Dr. Example", null),
                Map.of("title", entry("title", "Combien de temps dure le soulagement par la kétamine ?")));
        CheckResult r = BundleChecker.create().checkAll(a, BundleSet.of(List.of(es, fr)));
        Coverage c = Coverage.of(r);
        assertEquals(2, c.rows().size());
        Coverage.Row esRow = c.rows().get(0);
        assertEquals("es", esRow.locale().toLanguageTag());
        assertEquals(total, esRow.total());
        assertEquals(3, esRow.translated());
        assertEquals(1, esRow.broken());
        assertEquals(1, esRow.stale());
        assertEquals(total - 5, esRow.missing());
        assertEquals(0, esRow.reviewed());
        Coverage.Row frRow = c.rows().get(1);
        assertEquals(1, frRow.translated());
        assertEquals(1, frRow.reviewed());
        assertEquals(100.0 * 3 / total, esRow.percent(), 1e-9);
        assertEquals(List.of(frRow), c.failingBelow(20));
        assertEquals(List.of(), c.failingBelow(0));
        assertTrue(c.toText().contains("es           14          3        9      1       1         0    21.4"), c.toText());
        assertTrue(c.toJson().replace(" ", "").contains("\"percent\":21.4"), c.toJson());
        assertFalse(reviewed.isEmpty());
    }

    private static Bundle bundleAs(Bundle b, String tag) {
        return new Bundle(tag + ".json", Locale.forLanguageTag(tag), b.kind(), b.articleId(), b.metadata(), b.entries());
    }
}
