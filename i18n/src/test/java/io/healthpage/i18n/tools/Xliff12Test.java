package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.problem.Problem;
import io.healthpage.i18n.SourceHash;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

class Xliff12Test {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final String PLURAL = "{n, plural, one {# study<cite:a/>} other {# <em>studies</em><cite:a/>}}";

    /** The OASIS XLIFF 1.2 transitional schema (src/test/resources/xliff12/README.md says where it comes from). */
    static Schema schema() throws SAXException {
        SchemaFactory f = SchemaFactory.newDefaultInstance();
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setResourceResolver((type, ns, publicId, systemId, base) -> {
            if (!"http://www.w3.org/2001/xml.xsd".equals(systemId)) throw new IllegalStateException("unexpected schema " + systemId);
            InputStream in = Xliff12Test.class.getResourceAsStream(
                    "/net/sf/okapi/lib/xliff2/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd");
            return new Input(systemId, in);
        });
        return f.newSchema(new StreamSource(Xliff12Test.class.getResource("/xliff12/xliff-core-1.2-transitional.xsd").toString()));
    }

    static void validate(Schema schema, String xml, String ctx) throws Exception {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError(ctx + ": not valid XLIFF 1.2 transitional: " + e.getMessage(), e);
        }
    }

    private static Bundle source() {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        m.put("title", new BundleEntry("title", "How long does <em>relief</em> last?", null, "Page title\nWhere: the title", 0, 0));
        m.put("count", new BundleEntry("count", PLURAL, null, null, 0, 0));
        m.put("dose", new BundleEntry("dose", "Take {dose} & wait. It''s 5 mg.", null, null, 0, 0));
        m.put("new", new BundleEntry("new", "Not translated yet", null, null, 0, 0));
        m.put("final", new BundleEntry("final", "Done", null, null, 0, 0));
        return XliffFixtures.bundle(EN, EN, m);
    }

    private static Bundle target() {
        Map<String, BundleEntry> m = new LinkedHashMap<>();
        m.put("title", new BundleEntry("title", "¿Cuánto dura el <em>alivio</em>?", SourceHash.of("How long does <em>relief</em> last?"),
                "revisado", 0, 0));
        m.put("count", new BundleEntry("count", "{n, plural, one {# estudio<cite:a/>} many {# de <em>estudios</em><cite:a/>}"
                + " other {# <em>estudios</em><cite:a/>}}", SourceHash.of(PLURAL), null, 0, 0));
        m.put("dose", new BundleEntry("dose", "Tome {dose} y espere.", "0badc0de", null, 0, 0)); // stale
        m.put("final", new BundleEntry("final", "Hecho", SourceHash.of("Done"), null, 0, 0));
        return new Bundle("es.json", ES, Bundle.Kind.ARTICLE, "test-article",
                new BundleMetadata(EN, "Equipo <A&B>", true, "Dra. \"Q\"", LocalDate.of(2026, 1, 31)), m);
    }

    @Test
    void codesCarryTheOriginalTextSoCatToolsProtectThemAndTheTextComesBackExactly() {
        String xml = TranslationExchange.write(ExchangeFormat.XLIFF_12, source(), target(), Map.of("final", Xliff.State.FINAL));
        // the plural: ICU syntax, '#' and the tags are codes; only the words are text
        assertTrue(xml.contains("<source><ph id=\"1\" ctype=\"x-icu\">{n, plural, one {</ph><ph id=\"2\" ctype=\"x-icu\">#</ph> study"
                + "<ph id=\"3\" ctype=\"x-cite\">&lt;cite:a/&gt;</ph><ph id=\"4\" ctype=\"x-icu\">} other {</ph><ph id=\"5\" ctype=\"x-icu\">#</ph> "
                + "<bpt id=\"6\" rid=\"6\" ctype=\"italic\">&lt;em&gt;</bpt>studies<ept id=\"7\" rid=\"6\">&lt;/em&gt;</ept>"
                + "<ph id=\"8\" ctype=\"x-cite\">&lt;cite:a/&gt;</ph><ph id=\"9\" ctype=\"x-icu\">}}</ph></source>"), xml);
        // the target reuses the source's ids for the same codes; its extra plural case gets new ones
        assertTrue(xml.contains("<target state=\"translated\"><ph id=\"1\" ctype=\"x-icu\">{n, plural, one {</ph><ph id=\"2\" ctype=\"x-icu\">#</ph>"
                + " estudio<ph id=\"3\" ctype=\"x-cite\">&lt;cite:a/&gt;</ph><ph id=\"10\" ctype=\"x-icu\">} many {</ph>"), xml);
        // a simple argument is one code; a doubled apostrophe stays text the translator writes
        assertTrue(xml.contains("<source>Take <ph id=\"1\" ctype=\"x-icu\">{dose}</ph> &amp; wait. It''s 5 mg.</source>"), xml);
        assertTrue(xml.contains("<trans-unit id=\"dose\" resname=\"dose\" xml:space=\"preserve\" hp:translatedFrom=\"0badc0de\">"), xml);
        assertTrue(xml.contains("<target state=\"needs-review-translation\">Tome"), xml);
        assertTrue(xml.contains("<trans-unit id=\"new\" resname=\"new\" xml:space=\"preserve\">"), xml);
        assertTrue(xml.contains("<target state=\"needs-translation\"></target>"), xml);
        assertTrue(xml.contains("<trans-unit id=\"final\" resname=\"final\" approved=\"yes\" xml:space=\"preserve\">"), xml);
        assertTrue(xml.contains("<target state=\"final\">Hecho</target>"), xml);
        assertTrue(xml.contains("<note from=\"developer\">Page title</note>"), xml);
        assertTrue(xml.contains("<note from=\"developer\">Where: the title</note>"), xml);
        assertTrue(xml.contains("<note from=\"developer\">Source hash: " + SourceHash.of("How long does <em>relief</em> last?") + "</note>"), xml);
        assertTrue(xml.contains("<note from=\"translator\">revisado</note>"), xml);
        for (BundleEntry e : source().entries().values()) assertEquals(e.text(), InlineCodes.join(InlineCodes.split(e.text())));
    }

    @Test
    void importOfAnExportGivesTheSameBundleStatesAndStaleFlags() throws Exception {
        Bundle target = target();
        String xml = TranslationExchange.write(ExchangeFormat.XLIFF_12, source(), target, Map.of("title", Xliff.State.REVIEWED,
                "final", Xliff.State.FINAL));
        validate(schema(), xml, "hand-written bundle");
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.XLIFF_12, "es.xlf", xml, source(), ES);
        assertEquals(List.of(), r.problems());
        assertEquals(target.metadata(), r.bundle().metadata());
        ExchangeFixtures.assertSameTranslations(source(), target, r.bundle(), true, "xliff 1.2");
        assertEquals(Map.of("title", Xliff.State.REVIEWED, "count", Xliff.State.TRANSLATED, "dose", Xliff.State.INITIAL,
                "new", Xliff.State.INITIAL, "final", Xliff.State.FINAL), r.states());
        assertEquals(ExchangeFormat.XLIFF_12, ExchangeFormat.detect(xml));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "de", "ar", "pl", "zh-Hans"})
    void theExampleInEveryLanguageValidatesAgainstTheOasisTransitionalSchema(String tag) throws Exception {
        Bundle source = ExchangeFixtures.source();
        Bundle target = ExchangeFixtures.translation(tag);
        String xml = TranslationExchange.write(ExchangeFormat.XLIFF_12, source, target);
        validate(schema(), xml, tag);
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.XLIFF_12, tag + ".xlf", xml, source, target.locale());
        assertEquals(List.of(), r.problems());
        ExchangeFixtures.assertSameTranslations(source, target, r.bundle(), true, tag);
    }

    @Test
    void theSchemaCheckCanFail() throws Exception {
        String xml = TranslationExchange.write(ExchangeFormat.XLIFF_12, source(), target());
        Schema s = schema();
        assertThrows(AssertionError.class, () -> validate(s, xml.replace(" datatype=\"plaintext\"", ""), "no datatype"));
        assertThrows(AssertionError.class, () -> validate(s, xml.replace("state=\"translated\"", "state=\"done\""), "bad state"));
        assertThrows(AssertionError.class, () -> validate(s, xml.replace("rid=\"6\">&lt;/em&gt;", "rid=\"66\">&lt;/em&gt;"), "unpaired ept"));
    }

    @Test
    void whatCatToolsWriteBackIsRead() {
        String xml = TranslationExchange.write(ExchangeFormat.XLIFF_12, source(), target())
                // a tool that emptied the codes, or wrote <x/> and <g> for them, or marked text with <mrk>
                .replace("<target state=\"needs-review-translation\">Tome <ph id=\"1\" ctype=\"x-icu\">{dose}</ph> y espere.</target>",
                        "<target state=\"translated\">Tome <x id=\"1\"/> y <mrk mtype=\"term\">espere</mrk>.</target>")
                .replace("<target state=\"translated\">¿Cuánto dura el <bpt id=\"1\" rid=\"1\" ctype=\"italic\">&lt;em&gt;</bpt>alivio"
                        + "<ept id=\"2\" rid=\"1\">&lt;/em&gt;</ept>?</target>", "<target state=\"translated\">¿Cuánto dura el <g id=\"1\">alivio</g>?</target>")
                .replace("<target state=\"needs-translation\"></target>", "<target state=\"translated\">Aún <ph id=\"9\"/>no</target>");
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.XLIFF_12, "es.xlf", xml, source(), ES);
        assertEquals("Tome {dose} y espere.", r.bundle().entries().get("dose").text());
        assertTrue(r.bundle().entries().get("dose").isTranslationOf("Take {dose} & wait. It''s 5 mg."), "confirmed by its state");
        assertEquals("¿Cuánto dura el <em>alivio</em>?", r.bundle().entries().get("title").text());
        assertEquals("Aún no", r.bundle().entries().get("new").text()); // an empty code with an id the source lacks adds nothing
        assertEquals(List.of(), r.problems());
    }

    @Test
    void badUnitsAreReportedWithLineColumnAndKeyTheRestKeptAndNoneLost() {
        String xml = TranslationExchange.write(ExchangeFormat.XLIFF_12, source(), target(), Map.of("final", Xliff.State.FINAL))
                .replace("<ept id=\"2\" rid=\"1\">&lt;/em&gt;</ept>?</target>", "?</target>")           // tag lost
                .replace("<target state=\"final\">", "<target state=\"done\">")                          // not a state
                .replace("<target state=\"needs-translation\"></target>",
                        "<target state=\"translated\">Aún <b>no</b></target>");                          // foreign markup
        Xliff.ReadResult r = TranslationExchange.read(ExchangeFormat.XLIFF_12, "es.xlf", xml, source(), ES);
        Map<String, String> codes = r.problems().stream().collect(Collectors.toMap(Problem::key, Problem::rule));
        assertEquals(Map.of("title", "xliff.tags", "final", "xliff.invalid-state", "new", "xliff.inline-code"), codes);
        for (Problem p : r.problems()) {
            assertTrue(p.line() > 1 && p.column() > 0 && p.file().equals("es.xlf"), p.toString());
        }
        // never lost: every unit of the file is in the bundle or named in a problem
        Set<String> accounted = new java.util.HashSet<>(r.bundle().entries().keySet());
        accounted.addAll(codes.keySet());
        assertEquals(source().entries().keySet(), accounted);
        assertEquals(Set.of("count", "dose"), r.bundle().entries().keySet());
        assertTrue(r.problems().get(0).toString().startsWith("es.xlf:"), r.problems().get(0).toString());
    }

    @Test
    void fileLevelProblems() {
        String ok = TranslationExchange.write(ExchangeFormat.XLIFF_12, source(), target());
        assertFileError("xliff.locale-mismatch", read(ok, Locale.FRENCH));
        Xliff.ReadResult region = read(ok.replace("target-language=\"es\"", "target-language=\"es-ES\""), ES);
        assertEquals(List.of("xliff.locale-mismatch"), codes(region));
        assertFalse(region.hasErrors(), "same language, another region: a warning");
        assertEquals(List.of("xliff.no-language"), codes(read(ok.replace(" target-language=\"es\"", ""), ES)));
        assertFileError("xliff.article-mismatch", read(ok.replace("hp:article=\"test-article\"", "hp:article=\"other\""), ES));
        assertFileError("xliff.not-xliff", read(Xliff.write(source(), target()).replace(Xliff.NAMESPACE, "urn:x"), ES));
        assertFileError("xliff.version", read(ok.replace("version=\"1.2\"", "version=\"2.0\""), ES));
        assertFileError("xliff.xml-syntax", read(ok.replace("</xliff>", ""), ES));
        Xliff.ReadResult xxe = read("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + ok.substring(ok.indexOf("<xliff")).replace("Hecho", "&x;"), ES);
        assertFileError("xliff.doctype", xxe);
        assertNull(xxe.bundle());
        // an XLIFF 2.0 file is detected as such, not read as 1.2
        assertEquals(ExchangeFormat.XLIFF_20, ExchangeFormat.detect(Xliff.write(source(), target())));
        assertNotNull(TranslationExchange.read(null, "a.xlf", Xliff.write(source(), target()), source(), ES).bundle());
    }

    private static Xliff.ReadResult read(String xml, Locale locale) {
        return TranslationExchange.read(ExchangeFormat.XLIFF_12, "a.xlf", xml, source(), locale);
    }

    private static List<String> codes(Xliff.ReadResult r) {
        return r.problems().stream().map(Problem::rule).toList();
    }

    private static void assertFileError(String code, Xliff.ReadResult r) {
        assertNull(r.bundle(), r.problems().toString());
        assertEquals(code, r.problems().get(0).rule(), r.problems().toString());
    }

    /** An {@link LSInput} for the one schema the XLIFF 1.2 schema imports. */
    private record Input(String systemId, InputStream in) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return in; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
