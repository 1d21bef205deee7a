package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.DateArg;
import io.healthpage.model.Figure;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.PercentArg;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.model.YearArg;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the rich fixture {@code articles/full.json} (every block type, argument type and field) and writes it back. */
class FullArticleTest {
    static final Path FULL = Path.of("src/test/resources/articles/full.json");
    private final ArticleJson json = ArticleJson.reader();

    @Test
    void readsEveryPartAsWritten() throws IOException {
        Article a = json.read(FULL);
        assertEquals("ketamine-pain-relief", a.id());
        assertEquals(Locale.ENGLISH, a.sourceLocale());
        assertEquals(Locale.forLanguageTag("es"), a.locale());
        assertEquals("3", a.contentVersion());
        assertEquals(LocalDate.of(2026, 1, 10), a.dates().nextReviewDue());

        Message title = a.title();
        assertEquals("title", title.key());
        assertEquals(Locale.ENGLISH, title.locale());
        assertEquals(TextStatus.SOURCE, title.status());

        Message description = a.description();
        assertEquals("description", description.key());
        assertEquals("Shown in search results; keep under 160 characters.", description.note());
        assertEquals(NumberArg.of(2), description.args().get("count"));

        assertEquals("breadcrumb.1", a.breadcrumbs().get(0).label().key());
        assertEquals("nav.drugs", a.breadcrumbs().get(1).label().key());
        assertEquals("person.editorial-team.credentials", a.authors().get(0).credentials().key());

        Message disclaimer = a.disclaimer();
        assertEquals(Locale.forLanguageTag("es"), disclaimer.locale());
        assertEquals(TextStatus.TRANSLATED, disclaimer.status());

        assertEquals("takeaway.onset", a.takeaways().get(1).key());
        assertEquals(new RangeArg(new BigDecimal("30"), new BigDecimal("60"), "minute"),
                a.takeaways().get(1).args().get("onset"));
        assertEquals("lead.intro", ((Paragraph) a.lead().get(0)).text().key());

        Section s = a.sections().get(0);
        Paragraph p = (Paragraph) s.blocks().get(0);
        assertEquals("section.how-long.1", p.text().key());
        assertEquals(new QuantityArg(new BigDecimal("40"), "minute"), p.text().args().get("duration"));
        assertEquals(new PercentArg(new BigDecimal("42.5")), p.text().args().get("share"));
        assertEquals(new DateArg(LocalDate.of(2024, 11, 27), "yMMMd"), p.text().args().get("date"));
        assertEquals(new TextArg("Ketalar"), p.text().args().get("drug"));
        assertEquals("section.how-long.factors.item.2", ((BulletList) s.blocks().get(1)).items().get(1).key());
        Callout warning = (Callout) s.blocks().get(3);
        assertEquals("section.how-long.warning.title", warning.title().key());
        assertEquals("section.how-long.warning.body.1", ((Paragraph) warning.body().get(0)).text().key());
        Figure decorative = (Figure) s.blocks().get(6);
        assertTrue(decorative.decorative());
        assertNull(decorative.alt());
        Table table = (Table) s.blocks().get(7);
        assertEquals("section.how-long.onset.row.2.cell.1", table.rows().get(1).get(0).key());
        assertEquals("Nasal spray", table.rows().get(1).get(0).pattern());
        assertEquals("section.how-long.onset.header.2", table.header().get(1).key());
        assertTrue(table.rowHeaders());
        assertEquals("section.first-use.heading", s.subsections().get(0).heading().key());
        assertEquals(new YearArg(1970), s.subsections().get(0).heading().args().get("approved"));
        assertEquals("faq.addictive.answer.2.item.1", ((BulletList) a.faq().get(0).answer().get(1)).items().get(0).key());
        assertEquals("term.nmda.expansion", a.glossary().get(0).expansion().key());
        assertEquals(Locale.forLanguageTag("en-GB"), a.references().get(1).language());
        assertEquals(List.of("Gales A", "Maxwell S"), a.references().get(0).authors());
    }

    @Test
    void theFixtureCoversEveryBlockTypeAndEveryArgumentType() throws IOException {
        Article a = json.read(FULL);
        Set<Class<?>> blockTypes = new HashSet<>();
        collect(a.lead(), blockTypes);
        for (Section s : a.sections()) collectSection(s, blockTypes);
        a.faq().forEach(f -> collect(f.answer(), blockTypes));
        assertEquals(Set.of(Block.class.getPermittedSubclasses()), blockTypes);
        Set<Class<?>> argTypes = new HashSet<>();
        for (Message m : a.messages()) for (Arg arg : m.args().values()) argTypes.add(arg.getClass());
        assertEquals(Set.of(Arg.class.getPermittedSubclasses()), argTypes);
    }

    private static void collectSection(Section s, Set<Class<?>> out) {
        collect(s.blocks(), out);
        for (Section sub : s.subsections()) collectSection(sub, out);
    }

    private static void collect(List<Block> blocks, Set<Class<?>> out) {
        for (Block b : blocks) {
            out.add(b.getClass());
            if (b instanceof Callout c) collect(c.body(), out);
        }
    }

    @Test
    void roundTripsExactly() throws IOException {
        Article a = json.read(FULL);
        String written = json.write(a);
        assertEquals(a, json.read("written.json", written));
        assertEquals(written, json.write(json.read("written.json", written)));
    }

    @Test
    void writesDerivedKeysNeverAndExplicitOnesAlways() throws IOException {
        String written = json.write(json.read(FULL));
        assertTrue(written.startsWith("{\n  \"format\": 1,\n  \"id\": \"ketamine-pain-relief\",\n"), written);
        assertTrue(written.contains("\n  \"title\": \"How long does ketamine pain relief last?\",\n"), written);
        assertTrue(written.contains("\"key\": \"nav.drugs\""), written);
        assertFalse(written.contains("\"key\": \"title\""), written);
        assertFalse(written.contains("\"key\": \"description\""), written);
        // the translated disclaimer keeps its language and status
        assertTrue(written.contains("\"lang\": \"es\",\n    \"status\": \"translated\""), written);
        assertTrue(written.endsWith("}\n"));
    }

    @Test
    void writesToAFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Article a = json.read(FULL);
        Path target = dir.resolve("article.json");
        Files.writeString(target, "old content");
        json.write(a, target);
        assertEquals(json.write(a), Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(a, json.read(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void writingIntoAMissingDirectoryFailsWithoutCreatingAnything(@TempDir Path dir) throws IOException {
        Article a = json.read(FULL);
        Path target = dir.resolve("missing/article.json");
        assertThrows(NoSuchFileException.class, () -> json.write(a, target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        String text = "\uFEFF" + Files.readString(FULL);
        assertInstanceOf(Article.class, json.read("bom.json", text));
    }
}
