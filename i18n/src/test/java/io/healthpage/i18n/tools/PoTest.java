package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.problem.Problem;
import io.healthpage.i18n.SourceHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);

    private static Bundle source() {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        m.put("title", new BundleEntry("title", "How long does <em>relief</em> last?", null, "Page title\nWhere: the title", 0, 0));
        m.put("count", new BundleEntry("count", "{n, plural, one {# study} other {# studies}}", null, null, 0, 0));
        m.put("dose", new BundleEntry("dose", "Take \"{dose}\"\\ now.\nThen wait.", null, null, 0, 0));
        m.put("new", new BundleEntry("new", "Not translated yet", null, null, 0, 0));
        return XliffFixtures.bundle(EN, EN, m);
    }

    private static Bundle target() {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        m.put("title", new BundleEntry("title", "¿Cuánto dura el <em>alivio</em>?", SourceHash.of("How long does <em>relief</em> last?"),
                "revisado\ncon cuidado", 0, 0));
        m.put("count", new BundleEntry("count", "{n, plural, one {# estudio} many {# de estudios} other {# estudios}}",
                SourceHash.of("{n, plural, one {# study} other {# studies}}"), null, 0, 0));
        m.put("dose", new BundleEntry("dose", "Tome \"{dose}\"\\ ya.\nLuego espere.", "0badc0de", null, 0, 0)); // stale
        return new Bundle("es.json", ES, Bundle.Kind.ARTICLE, "test-article",
                new BundleMetadata(EN, "Equipo Q", true, "Dra. Q", java.time.LocalDate.of(2026, 1, 31)), m);
    }

    @Test
    void writesTheDocumentedLayout() {
        String po = TranslationExchange.write(ExchangeFormat.PO, source(), target(), Map.of(), NOW);
        assertTrue(po.startsWith("# Translation of the article \"test-article\" into es.\n"), po);
        assertTrue(po.contains("msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: healthpage test-article\\n\"\n"), po);
        for (String h : List.of("\"PO-Revision-Date: 2026-12-01 09:30+0000\\n\"", "\"Last-Translator: Equipo Q\\n\"", "\"Language: es\\n\"",
                "\"Content-Type: text/plain; charset=UTF-8\\n\"", "\"X-Healthpage-Locale: es\\n\"", "\"X-Healthpage-Article: test-article\\n\"",
                "\"X-Healthpage-Medically-Reviewed: yes\\n\"", "\"X-Healthpage-Reviewer: Dra. Q\\n\"", "\"X-Healthpage-Review-Date: 2026-01-31\\n\"")) {
            assertTrue(po.contains(h + "\n"), h + " in\n" + po);
        }
        assertTrue(po.contains("""
                # revisado
                # con cuidado
                #. Page title
                #. Where: the title
                #. Source hash: %s
                #: title
                #, icu-message-format
                msgctxt "title"
                msgid "How long does <em>relief</em> last?"
                msgstr "¿Cuánto dura el <em>alivio</em>?"
                """.formatted(SourceHash.of("How long does <em>relief</em> last?"))), po);
        // a plural is the ICU text in one msgid/msgstr, not gettext's msgid_plural
        assertTrue(po.contains("msgid \"{n, plural, one {# study} other {# studies}}\"\n"), po);
        assertFalse(po.contains("msgid_plural"));
        // stale: fuzzy, the old hash in a translator comment; quotes, backslashes and line breaks escaped as gettext does
        assertTrue(po.contains("""
                # translated-from-source: 0badc0de
                #. Source hash: %s
                #. Stale: this translation was made from an older source text (hash 0badc0de). Check it against the source, revise it and remove the fuzzy flag.
                #: dose
                #, fuzzy, icu-message-format
                msgctxt "dose"
                msgid ""
                "Take \\"{dose}\\"\\\\ now.\\n"
                "Then wait."
                msgstr ""
                "Tome \\"{dose}\\"\\\\ ya.\\n"
                "Luego espere."
                """.formatted(SourceHash.of("Take \"{dose}\"\\ now.\nThen wait."))), po);
        assertTrue(po.endsWith("#: new\n#, icu-message-format\nmsgctxt \"new\"\nmsgid \"Not translated yet\"\nmsgstr \"\"\n"), po);
        String pot = TranslationExchange.write(ExchangeFormat.POT, source(), target(), Map.of(), NOW);
        assertTrue(pot.contains("\"Language: \\n\""), pot);
        assertFalse(pot.contains("estudio") || pot.contains("fuzzy, icu") || pot.contains("revisado"), "a template has no translations");
        assertEquals(4, pot.split("msgstr \"\"\n\n|msgstr \"\"\n$", -1).length - 1, "one empty msgstr per message, after the header");
    }

    @Test
    void importGivesBackTextsNotesStaleFlagsAndMetadata() {
        String po = TranslationExchange.write(ExchangeFormat.PO, source(), target(), Map.of(), NOW);
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.PO, "es.po", po, source(), ES);
        assertEquals(List.of(), r.problems());
        assertEquals(target().metadata(), r.bundle().metadata());
        ExchangeFixtures.assertSameTranslations(source(), target(), r.bundle(), true, "po");
        assertEquals(Map.of("title", Xliff.State.TRANSLATED, "count", Xliff.State.TRANSLATED, "dose", Xliff.State.INITIAL,
                "new", Xliff.State.INITIAL), r.states());
        assertEquals(ExchangeFormat.PO, ExchangeFormat.detect(po));
        // entries remember where they are: the msgctxt line
        BundleEntry title = r.bundle().entries().get("title");
        assertEquals("msgctxt \"title\"", po.lines().toList().get(title.line() - 1));
    }

    @Test
    void confirmingAFuzzyEntryMakesItCurrentAndAPreviousMsgidGivesTheOldHash() {
        String po = TranslationExchange.write(ExchangeFormat.PO, source(), target(), Map.of(), NOW);
        Xliff.ReadResult confirmed = TranslationExchange.read(ExchangeFormat.PO, "es.po", po.replace("#, fuzzy, icu-message-format", "#, icu-message-format"),
                source(), ES);
        assertTrue(confirmed.bundle().entries().get("dose").isTranslationOf(source().entries().get("dose").text()));
        String previous = po.replace("#, fuzzy, icu-message-format\nmsgctxt \"dose\"",
                "#, fuzzy, icu-message-format\n#| msgid \"Take {dose}.\"\nmsgctxt \"dose\"");
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.PO, "es.po", previous, source(), ES);
        assertEquals(SourceHash.of("Take {dose}."), r.bundle().entries().get("dose").sourceHash(), "msgmerge --previous wins over our marker");
    }

    @Test
    void keysComeFromMsgctxtThenReferencesThenAUniqueSourceText() {
        String po = header() + """

                #: count
                msgid "{n, plural, one {# study} other {# studies}}"
                msgstr "{n, plural, one {# estudio} other {# estudios}}"

                msgid "Not translated yet"
                msgstr "Aún no"

                #: somewhere.else
                msgid "Unknown text"
                msgstr "Texto"
                """;
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.PO, "es.po", po, source(), ES);
        assertEquals("{n, plural, one {# estudio} other {# estudios}}", r.bundle().entries().get("count").text());
        assertEquals("Aún no", r.bundle().entries().get("new").text());
        Problem unknown = r.problems().stream().filter(p -> p.rule().equals("po.unknown-unit")).findFirst().orElseThrow();
        assertEquals("somewhere.else", unknown.key());
        assertEquals(14, unknown.line(), "the msgid line of the entry");
    }

    @Test
    void syntaxErrorsAndGettextPluralsAreReportedWithLineAndColumnAndTheOtherEntriesKept() {
        String po = header() + """

                msgctxt "title"
                msgid "How long does <em>relief</em> last?"
                msgstr "¿Cuánto dura el <em>alivio</em>?\\q"

                msgctxt "count"
                msgid "{n, plural, one {# study} other {# studies}}"
                msgid_plural "studies"
                msgstr[0] "estudio"
                msgstr[1] "estudios"

                msgctxt "new"
                msgid "Not translated yet"
                msgstr "Aún no"
                msgstr "Todavía no"

                msgctxt "dose"
                msgid "Take \\"{dose}\\"\\\\ now.\\nThen wait."
                msgstr "Tome \\"{dosis}\\" ya."
                """;
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.PO, "es.po", po, source(), ES);
        List<String> got = r.problems().stream().map(Problem::toString).toList();
        assertTrue(got.contains("es.po:8:41: error [po.syntax] title: PO syntax: unknown escape \\q: the entry is not used (fix the line in a PO"
                + " editor (msgfmt -c FILE shows the same errors), or export the file again)"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("es.po:10:1: error [po.gettext-plural] count: a gettext plural entry")), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("es.po:19:1: error [po.syntax] new: PO syntax: a second msgstr")), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("es.po:21:1: error [po.arguments] dose: the arguments differ")), got.toString());
        assertTrue(r.bundle().entries().isEmpty(), "every entry had an error");
        assertTrue(r.hasErrors());
    }

    @Test
    void headerProblems(@TempDir Path dir) throws Exception {
        String ok = TranslationExchange.write(ExchangeFormat.PO, source(), target(), Map.of(), NOW);
        assertFileError("po.encoding", read(ok.replace("charset=UTF-8", "charset=ISO-8859-1"), ES));
        assertFileError("po.locale-mismatch", read(ok, Locale.FRENCH));
        assertFileError("po.article-mismatch", read(ok.replace("X-Healthpage-Article: test-article", "X-Healthpage-Article: other"), ES));
        assertFileError("po.no-header", read("msgctxt \"title\"\nmsgid \"x\"\nmsgstr \"y\"\n", ES));
        // gettext's own spelling of the language is understood; another region of the same language is a warning
        Xliff.ReadResult pt = read(ok.replace("\"X-Healthpage-Locale: es\\n\"\n", "").replace("Language: es", "Language: pt_BR"),
                Locale.forLanguageTag("pt-BR"));
        assertEquals(List.of(), pt.problems());
        Xliff.ReadResult mx = read(ok.replace("\"X-Healthpage-Locale: es\\n\"\n", "").replace("Language: es", "Language: es_MX"), ES);
        assertEquals(List.of("po.locale-mismatch"), mx.problems().stream().map(Problem::rule).toList());
        assertFalse(mx.hasErrors(), mx.problems().toString());
        assertEquals(3, mx.bundle().entries().size());
        // bytes that are not UTF-8: one problem at their line and column, nothing read
        Path latin1 = dir.resolve("es.po");
        Files.write(latin1, ok.replace("¿Cuánto", "\u00bfCu\u00e1nto").getBytes(StandardCharsets.ISO_8859_1));
        Xliff.ReadResult bad = TranslationExchange.read(latin1, ExchangeFormat.PO, source(), ES);
        assertNull(bad.bundle());
        Problem p = bad.problems().get(0);
        assertEquals("po.encoding", p.rule());
        int line = ok.lines().toList().indexOf("msgstr \"¿Cuánto dura el <em>alivio</em>?\"") + 1;
        assertEquals(line, p.line(), p.toString());
        assertEquals(9, p.column(), p.toString());
    }

    private static String header() {
        return "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: es\\n\"\n";
    }

    private static Xliff.ReadResult read(String po, Locale locale) {
        return TranslationExchange.read(ExchangeFormat.PO, "es.po", po, source(), locale);
    }

    private static void assertFileError(String code, Xliff.ReadResult r) {
        assertNull(r.bundle(), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.rule().equals(code) && p.isError()), r.problems().toString());
    }
}
