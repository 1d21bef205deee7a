package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.SourceHash;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one locale as XLIFF 1.2 (transitional schema): one {@code <trans-unit>} per message, ICU syntax
 * and inline tags as {@code <ph>}/{@code <bpt>}/{@code <ept>} codes with their original text
 * ({@link InlineCodes}), notes {@code from="developer"} (the source's) and {@code from="translator"} (the
 * entry's own), the state on {@code <target>} and {@code approved} on the unit. The mapping is documented
 * in {@code docs/bundle-format.md}, "XLIFF 1.2". Stateless and thread-safe.
 */
final class Xliff12Writer {
    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    static final String HP = Xliff.EXTENSION_NAMESPACE;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private Xliff12Writer() {}

    /** The XLIFF 1.2 value of a state: needs-translation (no target), needs-review-translation (stale), translated, … */
    static String state(Xliff.State s, boolean hasTarget) {
        return switch (s) {
            case INITIAL -> hasTarget ? "needs-review-translation" : "needs-translation";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case FINAL -> "final";
        };
    }

    static String write(Bundle source, Bundle target, Map<String, Xliff.State> states) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("", "xliff", NAMESPACE);
            w.writeDefaultNamespace(NAMESPACE);
            w.writeNamespace("hp", HP);
            w.writeAttribute("version", "1.2");
            w.writeCharacters("\n  ");
            w.writeStartElement(NAMESPACE, "file");
            w.writeAttribute("original", target.locale().toLanguageTag() + ".json");
            w.writeAttribute("source-language", source.locale().toLanguageTag());
            w.writeAttribute("target-language", target.locale().toLanguageTag());
            w.writeAttribute("datatype", "plaintext");
            w.writeAttribute("tool-id", "healthpage");
            w.writeAttribute(HP, "article", source.articleId() != null ? source.articleId() : "labels");
            w.writeAttribute(HP, "kind", source.kind().fileName());
            Xliff.writeMetadata(w, target.metadata());
            w.writeCharacters("\n    ");
            w.writeStartElement(NAMESPACE, "header");
            w.writeEmptyElement(NAMESPACE, "tool");
            w.writeAttribute("tool-id", "healthpage");
            w.writeAttribute("tool-name", "healthpage");
            w.writeEndElement();
            w.writeCharacters("\n    ");
            w.writeStartElement(NAMESPACE, "body");
            for (BundleEntry s : source.entries().values()) unit(w, s, target.entries().get(s.key()), states.get(s.key()));
            w.writeCharacters("\n    ");
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF 1.2 to a string failed", e);
        }
        return sw.toString();
    }

    private static void unit(XMLStreamWriter w, BundleEntry s, BundleEntry t, Xliff.State wanted) throws XMLStreamException {
        String hash = SourceHash.of(s.text());
        boolean stale = t != null && !t.isTranslationOf(s.text());
        Xliff.State state = t == null || stale ? Xliff.State.INITIAL
                : wanted == null || wanted == Xliff.State.INITIAL ? Xliff.State.TRANSLATED : wanted;
        w.writeCharacters("\n      ");
        w.writeStartElement(NAMESPACE, "trans-unit");
        w.writeAttribute("id", s.key());
        w.writeAttribute("resname", s.key());
        if (state != Xliff.State.INITIAL) w.writeAttribute("approved", "yes");
        w.writeAttribute("xml", XML_NS, "space", "preserve");
        if (stale) w.writeAttribute(HP, "translatedFrom", t.sourceHash() == null ? "" : t.sourceHash());
        w.writeCharacters("\n        ");
        List<InlineCodes.Piece> src = InlineCodes.split(s.text());
        w.writeStartElement(NAMESPACE, "source");
        content(w, src);
        w.writeEndElement();
        w.writeCharacters("\n        ");
        w.writeStartElement(NAMESPACE, "target");
        w.writeAttribute("state", state(state, t != null));
        if (t != null) content(w, InlineCodes.split(t.text(), src));
        w.writeEndElement();
        if (s.note() != null) for (String line : s.note().split("\n")) note(w, "developer", line);
        note(w, "developer", "Source hash: " + hash);
        if (stale) {
            note(w, "developer", "Stale: this translation was made from " + (t.sourceHash() == null ? "an unknown source text"
                    : "an older source text (hash " + t.sourceHash() + ")") + "; the source is now " + hash
                    + ". Check it against the source, revise it and set the state to translated.");
        }
        if (t != null && t.note() != null) note(w, "translator", t.note());
        w.writeCharacters("\n      ");
        w.writeEndElement();
    }

    private static void note(XMLStreamWriter w, String from, String text) throws XMLStreamException {
        w.writeCharacters("\n        ");
        w.writeStartElement(NAMESPACE, "note");
        w.writeAttribute("from", from);
        XmlText.text(w, XmlText.clean(text));
        w.writeEndElement();
    }

    private static void content(XMLStreamWriter w, List<InlineCodes.Piece> pieces) throws XMLStreamException {
        int[] next = {pieces.stream().mapToInt(InlineCodes.Piece::id).max().orElse(0) + 1};
        for (InlineCodes.Piece p : pieces) {
            if (p.kind() == InlineCodes.Kind.TEXT) {
                text(w, p.text(), next);
                continue;
            }
            String name = switch (p.kind()) {
                case BPT -> "bpt";
                case EPT -> "ept";
                default -> "ph";
            };
            w.writeStartElement(NAMESPACE, name);
            w.writeAttribute("id", String.valueOf(p.id()));
            if (p.kind() == InlineCodes.Kind.BPT || p.kind() == InlineCodes.Kind.EPT) w.writeAttribute("rid", String.valueOf(p.rid()));
            if (p.ctype() != null) w.writeAttribute("ctype", p.ctype());
            XmlText.text(w, XmlText.clean(p.text())); // codes are ICU syntax or tags: no control characters
            w.writeEndElement();
        }
    }

    /**
     * Text; a character XML cannot carry (a control character, a lone surrogate) becomes
     * {@code <ph ctype="x-char" hp:char="HEX"/>}.
     */
    private static void text(XMLStreamWriter w, String s, int[] next) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!XmlText.xmlChar(s, i, cp)) {
                XmlText.text(w, s.substring(start, i));
                w.writeEmptyElement(NAMESPACE, "ph");
                w.writeAttribute("id", String.valueOf(next[0]++));
                w.writeAttribute("ctype", "x-char");
                w.writeAttribute(HP, "char", String.format("%04X", s.charAt(i) & 0xFFFF));
                start = i + 1;
                i++;
                continue;
            }
            i += Character.charCount(cp);
        }
        XmlText.text(w, s.substring(start));
    }
}
