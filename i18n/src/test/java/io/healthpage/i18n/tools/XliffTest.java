package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.problem.Problem;
import io.healthpage.i18n.BundleWriter;
import io.healthpage.i18n.SourceHash;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class XliffTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    /** A small source and Spanish target, hand-written. */
    private static Bundle source() {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        m.put("title", new BundleEntry("title", "How long does <em>relief</em> last?", null, "Page title", 0, 0));
        m.put("count", new BundleEntry("count", "{n, plural, one {# study<cite:a/>} other {# studies<cite:a/>}}", null, null, 0, 0));
        m.put("dose", new BundleEntry("dose", "Take {dose} & wait.", null, null, 0, 0));
        m.put("new", new BundleEntry("new", "Not translated yet", null, null, 0, 0));
        return XliffFixtures.bundle(EN, EN, m);
    }

    private static Bundle target() {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        m.put("title", new BundleEntry("title", "¿Cuánto dura el <em>alivio</em>?", SourceHash.of("How long does <em>relief</em> last?"),
                "revisado", 0, 0));
        m.put("count", new BundleEntry("count", "{n, plural, one {# estudio<cite:a/>} many {# de estudios<cite:a/>} other {# estudios<cite:a/>}}",
                SourceHash.of("{n, plural, one {# study<cite:a/>} other {# studies<cite:a/>}}"), null, 0, 0));
        m.put("dose", new BundleEntry("dose", "Tome {dose} y espere.", "0badc0de", null, 0, 0)); // stale
        return new Bundle("es.json", ES, Bundle.Kind.ARTICLE, "test-article",
                new BundleMetadata(EN, "Equipo <A&B>", true, "Dra. \"Q\"", LocalDate.of(2026, 1, 31)), m);
    }

    @Test
    void exportIsValidXliff2AndOkapiSeesUnitsNotesAndStates() {
        String xml = Xliff.write(source(), target(), Map.of("title", Xliff.State.FINAL));
        XliffOkapi.OkapiFile f = XliffOkapi.read(xml);
        assertEquals("en", f.srcLang());
        assertEquals("es", f.trgLang());
        assertEquals(List.of("title", "count", "dose", "new"), List.copyOf(f.units().keySet()));
        var title = f.units().get("title");
        assertEquals("How long does <em>relief</em> last?", title.source());
        assertEquals("¿Cuánto dura el <em>alivio</em>?", title.target());
        assertEquals("final", title.state());
        assertEquals(Map.of("key", "title", "source-hash", SourceHash.of("How long does <em>relief</em> last?"),
                "description", "Page title", "translation-note", "revisado"), title.notes());
        var count = f.units().get("count");
        assertEquals("translated", count.state()); // current, no state given
        assertTrue(count.target().startsWith("{n, plural, one {# estudio<cite:a/>} many"), count.target());
        var dose = f.units().get("dose");
        assertEquals("initial", dose.state()); // stale
        assertEquals("Take {dose} & wait.", dose.source());
        assertEquals("Tome {dose} y espere.", dose.target());
        assertTrue(dose.notes().get("stale").contains("0badc0de"), dose.notes().toString());
        var fresh = f.units().get("new");
        assertEquals("initial", fresh.state());
        assertNull(fresh.target());
        // tags and & are escaped text, the stale flag is an extension attribute on the unit
        assertTrue(xml.contains("<source>How long does &lt;em&gt;relief&lt;/em&gt; last?</source>"), xml);
        assertTrue(xml.contains("<unit id=\"dose\" canResegment=\"no\" hp:translatedFrom=\"0badc0de\">"), xml);
    }

    @Test
    void importOfAnExportGivesTheSameBundleStatesAndStaleFlags() {
        Bundle target = target();
        String xml = Xliff.write(source(), target, Map.of("title", Xliff.State.REVIEWED));
        Xliff.ReadResult r = Xliff.read("es.xlf", xml, source(), ES);
        assertEquals(List.of(), r.problems());
        Bundle b = r.bundle();
        assertEquals(target.metadata(), b.metadata());
        assertEquals(List.of("title", "count", "dose"), List.copyOf(b.entries().keySet()));
        for (BundleEntry e : target.entries().values()) {
            BundleEntry got = b.entries().get(e.key());
            assertEquals(e.text(), got.text());
            assertEquals(e.sourceHash(), got.sourceHash()); // "0badc0de" stays: still stale
            assertEquals(e.note(), got.note());
        }
        assertEquals(Map.of("title", Xliff.State.REVIEWED, "count", Xliff.State.TRANSLATED, "dose", Xliff.State.INITIAL,
                "new", Xliff.State.INITIAL), r.states());
        // the unit elements start on lines 4, 12, ... : entries remember where they came from
        assertTrue(b.entries().get("title").line() > 1);
    }

    @Test
    void confirmingAStaleUnitMakesItCurrent() {
        String xml = Xliff.write(source(), target())
                .replace("<segment state=\"initial\"><source>Take {dose} &amp; wait.</source><target>Tome {dose} y espere.",
                        "<segment state=\"translated\"><source>Take {dose} &amp; wait.</source><target>Tome {dose} y luego espere.");
        Xliff.ReadResult r = Xliff.read("es.xlf", xml, source(), ES);
        assertEquals(List.of(), r.problems());
        BundleEntry dose = r.bundle().entries().get("dose");
        assertEquals("Tome {dose} y luego espere.", dose.text());
        assertTrue(dose.isTranslationOf("Take {dose} & wait."));
    }

    @Test
    void badTargetsAreReportedAndLeftOutGoodOnesKept() {
        String xml = Xliff.write(source(), target())
                .replace("¿Cuánto dura el &lt;em&gt;alivio&lt;/em&gt;?", "¿Cuánto dura el alivio?")          // tag lost
                .replace("<target>Tome {dose} y espere.</target>", "<target>Tome {dosis} y espere.</target>") // argument renamed
                .replace("<segment state=\"initial\"><source>Not translated yet</source>",
                        "<segment state=\"translated\"><source>Not translated yet</source><target>{broken</target>");
        Xliff.ReadResult r = Xliff.read("es.xlf", xml, source(), ES);
        Map<String, String> codes = r.problems().stream().collect(Collectors.toMap(Problem::key, Problem::rule));
        assertEquals(Map.of("title", "xliff.tags", "dose", "xliff.arguments", "new", "xliff.icu-syntax"), codes);
        assertEquals(List.of("count"), List.copyOf(r.bundle().entries().keySet()));
        Problem dose = r.problems().stream().filter(p -> p.key().equals("dose")).findFirst().orElseThrow();
        assertTrue(dose.message().contains("missing {dose}") && dose.message().contains("not in the source {dosis}"), dose.message());
        assertTrue(dose.line() > 0 && dose.column() > 0);
    }

    @Test
    void unknownAndMissingUnitsWithLineAndColumn() {
        String xml = String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\">",
                "<file id=\"test-article\">",
                "<unit id=\"gone\"><segment state=\"translated\"><source>Old</source><target>Viejo</target></segment></unit>",
                "<unit id=\"title\"><segment state=\"translated\"><source>How long does &lt;em>relief&lt;/em> last?</source>"
                        + "<target>¿<ph id=\"1\"/>Cuánto?</target></segment></unit>",
                "<unit id=\"title\"><segment><source>x</source></segment></unit>",
                "</file>",
                "</xliff>");
        Xliff.ReadResult r = Xliff.read("es.xlf", xml, source(), ES);
        List<String> got = r.problems().stream().map(Problem::toString).toList();
        // locations as the JDK's StAX parser reports them: just after the start tag of the unit
        assertTrue(got.contains("es.xlf:4:17: warning [xliff.unknown-unit] gone: the source has no message 'gone' (renamed or"
                + " removed): the unit is not used (export the file again from the current source)"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("es.xlf:5:18: error [xliff.inline-code] title: inline element <ph> in <target>")),
                got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("es.xlf:6:18: error [xliff.duplicate-unit] title")), got.toString());
        for (String key : List.of("count", "dose", "new")) {
            assertTrue(got.stream().anyMatch(s -> s.startsWith("es.xlf:7:8: warning [xliff.missing-unit] " + key + ":")), got.toString());
        }
        assertTrue(r.bundle().entries().isEmpty());
    }

    @Test
    void fileLevelErrors() {
        String ok = Xliff.write(source(), target());
        assertFileError("xliff.locale-mismatch", Xliff.read("fr.xlf", ok, source(), Locale.FRENCH));
        assertFileError("xliff.not-xliff", Xliff.read("a.xlf", ok.replace(Xliff.NAMESPACE, "urn:oasis:names:tc:xliff:document:1.2"), source(), ES));
        assertFileError("xliff.version", Xliff.read("a.xlf", ok.replace("version=\"2.0\"", "version=\"2.1\""), source(), ES));
        assertFileError("xliff.xml-syntax", Xliff.read("a.xlf", ok.replace("</xliff>", ""), source(), ES));
        assertFileError("xliff.article-mismatch", Xliff.read("a.xlf", ok.replace("<file id=\"test-article\"", "<file id=\"other\""), source(), ES));
        Xliff.ReadResult bad = Xliff.read("a.xlf", "<xliff", source(), ES);
        assertEquals(1, bad.problems().get(0).line());
    }

    @Test
    void xxeExternalEntityIsRefusedAndNothingIsRead() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"es\">"
                + "<file id=\"test-article\"><unit id=\"title\"><segment state=\"translated\"><source>x</source>"
                + "<target>&xxe;</target></segment></unit></file></xliff>";
        Xliff.ReadResult r = Xliff.read("evil.xlf", xml, source(), ES);
        assertNull(r.bundle());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("evil.xlf:2:62: error [xliff.doctype] the file has a DOCTYPE declaration, which is not allowed"
                + " (no DTDs, no entities) (remove the <!DOCTYPE …> declaration; XLIFF 2.0 needs none)", r.problems().get(0).toString());
        assertFalse(r.problems().get(0).toString().contains("root:"), "no file content leaks into messages");
    }

    @Test
    void billionLaughsAndExternalDtdAreRefused() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><xliff>&lol3;</xliff>";
        Xliff.ReadResult r = Xliff.read("lol.xlf", laughs, source(), ES);
        assertNull(r.bundle());
        assertEquals(List.of("xliff.doctype"), r.problems().stream().map(Problem::rule).toList());
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<xliff/>";
        Xliff.ReadResult r2 = Xliff.read("ext.xlf", external, source(), ES);
        assertNull(r2.bundle());
        assertTrue(r2.hasErrors());
        // an entity reference without any DTD is not expanded either
        String undeclared = Xliff.write(source(), target()).replace("Tome {dose}", "&xxe;Tome {dose}");
        assertEquals("xliff.xml-syntax", Xliff.read("u.xlf", undeclared, source(), ES).problems().get(0).rule());
    }

    @Test
    void initialTargetWithoutStaleFlagIsAnUnconfirmedDraft() {
        String xml = Xliff.write(source(), target()).replace(
                "<segment state=\"initial\"><source>Not translated yet</source>",
                "<segment state=\"initial\"><source>Not translated yet</source><target>Borrador</target>");
        Xliff.ReadResult r = Xliff.read("es.xlf", xml, source(), ES);
        assertEquals(List.of("xliff.unconfirmed"), r.problems().stream().map(Problem::rule).toList());
        assertNull(r.bundle().entries().get("new").sourceHash());
        assertEquals("Borrador", r.bundle().entries().get("new").text());
    }

    @Test
    void exampleArticleExportsValidatesAndRoundTripsThroughTheBundleFiles() {
        Bundle source = XliffFixtures.sourceBundle(XliffFixtures.exampleArticle());
        // a "translation": the en-XA pseudo bundle relabelled as es, every third entry stale, every fifth missing
        Bundle pseudo = PseudoLocalizer.ACCENTED.localize(source);
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        int i = 0;
        for (BundleEntry e : pseudo.entries().values()) {
            i++;
            if (i % 5 == 0) continue;
            m.put(e.key(), i % 3 == 0 ? new BundleEntry(e.key(), e.text(), "00000000", "old", 0, 0) : e);
        }
        Bundle es = new Bundle("es.json", ES, Bundle.Kind.ARTICLE, source.articleId(), new BundleMetadata(EN, "T", false, null, null), m);
        String xml = Xliff.write(source, es);
        XliffOkapi.OkapiFile okapi = XliffOkapi.read(xml);
        assertEquals(source.entries().keySet(), okapi.units().keySet());
        for (BundleEntry s : source.entries().values()) {
            var u = okapi.units().get(s.key());
            assertEquals(s.text(), u.source(), s.key());
            BundleEntry t = m.get(s.key());
            assertEquals(t == null ? null : t.text(), u.target(), s.key());
            assertEquals(t == null || !t.isTranslationOf(s.text()) ? "initial" : "translated", u.state(), s.key());
            assertEquals(t != null && !t.isTranslationOf(s.text()), u.notes().containsKey("stale"), s.key());
            assertEquals(s.note(), u.notes().get("description"), s.key());
        }
        Xliff.ReadResult r = Xliff.read("es.xlf", xml, source, ES);
        assertEquals(List.of(), r.problems());
        BundleLoader.LoadResult loaded = BundleLoader.create().withKnownKeys(source.entries().keySet())
                .withArticleId(source.articleId()).load("es.json", BundleWriter.json(r.bundle()));
        assertEquals(List.of(), loaded.problems());
        Map<String, BundleEntry> back = loaded.bundle().orElseThrow().entries();
        assertEquals(m.keySet(), back.keySet());
        for (BundleEntry e : m.values()) {
            assertEquals(e.text(), back.get(e.key()).text());
            assertEquals(e.sourceHash(), back.get(e.key()).sourceHash());
            assertEquals(e.note(), back.get(e.key()).note());
        }
    }

    private static void assertFileError(String code, Xliff.ReadResult r) {
        assertNull(r.bundle(), r.problems().toString());
        assertEquals(code, r.problems().get(0).rule(), r.problems().toString());
        assertTrue(r.hasErrors());
    }
}
