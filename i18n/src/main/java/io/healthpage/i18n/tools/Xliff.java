package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Exports one locale of an article (or of the labels) to XLIFF 2.0 for CAT tools, and imports the
 * translated file back into a {@link Bundle}. Uses only the JDK's StAX; the reader accepts no DTD and
 * resolves no external entity. Stateless and thread-safe. The mapping is described in
 * {@code docs/bundle-format.md}, "XLIFF and pseudo-locales":
 *
 * <ul>
 *   <li>one {@code <file>} per bundle, one {@code <unit id="KEY" canResegment="no">} per source key, with one
 *       {@code <segment>}: the whole ICU pattern (plural and select included) is the text of
 *       {@code <source>} and {@code <target>}; inline tags such as {@code <em>} stay escaped text;</li>
 *   <li>notes by category: {@code key}, {@code source-hash}, {@code description} (the source's note
 *       for translators), {@code stale} (human-readable), {@code translation-note} (the bundle entry's
 *       own note; the only note read back);</li>
 *   <li>the stale flag: attribute {@code hp:translatedFrom} on {@code <unit>} (namespace
 *       {@link #EXTENSION_NAMESPACE}) with the entry's old source hash (empty: none);</li>
 *   <li>bundle metadata as {@code hp:} attributes of {@code <file>}.</li>
 * </ul>
 */
public final class Xliff {
    /** The XLIFF 2.0 core namespace. */
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    /** The namespace of healthpage's extension attributes (prefix {@code hp}). */
    public static final String EXTENSION_NAMESPACE = "urn:healthpage:xliff:1";

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final int MAX_CHARS = 50 * 1024 * 1024;

    /** The XLIFF 2.0 state of a segment's target. */
    public enum State {
        /** No translation yet, or one that is not confirmed (a draft, or a stale translation). */
        INITIAL,
        /** Translated from the current source. */
        TRANSLATED,
        /** Translated and reviewed. */
        REVIEWED,
        /** Signed off; nothing more to do. */
        FINAL;

        /** The value of the {@code state} attribute: {@code initial}, {@code translated}, … */
        public String xmlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State parse(String s) {
            for (State st : values()) if (st.xmlName().equals(s)) return st;
            return null;
        }
    }

    /**
     * The outcome of {@link #read} (and of {@link TranslationExchange#read} for every format): the bundle
     * built from the good units, the state of each unit (in XLIFF 2.0's terms, whatever the format), and
     * every problem found. Immutable and thread-safe.
     *
     * @param bundle the imported bundle, or {@code null} when the file could not be used at all
     * @param states the state of every unit read, by key (unmodifiable, in file order)
     * @param problems errors (the unit or the file was not used) and warnings (unmodifiable)
     */
    public record ReadResult(Bundle bundle, Map<String, State> states, List<Problem> problems) {
        /** Copies. */
        public ReadResult {
            states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
            problems = List.copyOf(problems);
        }

        /** The bundle, if the file was usable. */
        public Optional<Bundle> bundleIfUsable() {
            return Optional.ofNullable(bundle);
        }

        /** Whether any problem is an error. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private Xliff() {}

    /**
     * Writes one locale as XLIFF 2.0 with default states: no entry → {@code initial} without target;
     * a stale entry → {@code initial} with the old target; a current entry → {@code translated}.
     *
     * @see #write(Bundle, Bundle, Map)
     */
    public static String write(Bundle source, Bundle target) {
        return write(source, target, Map.of());
    }

    /**
     * Writes one locale as XLIFF 2.0 (UTF-8 XML text).
     *
     * @param source the source bundle: keys, source patterns and notes for translators, in source order
     * @param target the translations of one locale (may be empty); entries whose key the source lacks
     *     are not written
     * @param states the state of current (not stale) entries, e.g. {@code reviewed} or {@code final}
     *     (default {@code translated}); ignored for missing and stale entries, which are always
     *     {@code initial} because they need work
     */
    public static String write(Bundle source, Bundle target, Map<String, State> states) {
        checkPair(source, target, states);
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("", "xliff", NAMESPACE);
            w.writeDefaultNamespace(NAMESPACE);
            w.writeNamespace("hp", EXTENSION_NAMESPACE);
            w.writeAttribute("version", "2.0");
            w.writeAttribute("srcLang", source.locale().toLanguageTag());
            w.writeAttribute("trgLang", target.locale().toLanguageTag());
            w.writeAttribute("xml", XML_NS, "space", "preserve");
            w.writeCharacters("\n  ");
            w.writeStartElement(NAMESPACE, "file");
            String fileId = source.articleId() != null ? source.articleId() : "labels";
            w.writeAttribute("id", fileId);
            w.writeAttribute("original", target.locale().toLanguageTag() + ".json");
            w.writeAttribute(EXTENSION_NAMESPACE, "kind", source.kind().fileName());
            writeMetadata(w, target.metadata());
            for (BundleEntry s : source.entries().values()) {
                writeUnit(w, s, target.entries().get(s.key()), states.get(s.key()));
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to a string failed", e);
        }
        return sw.toString();
    }

    /** Checks the arguments of a writer: {@code target} must translate {@code source}. */
    static void checkPair(Bundle source, Bundle target, Map<String, State> states) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(states, "states");
        if (source.kind() != target.kind() || !Objects.equals(source.articleId(), target.articleId())) {
            throw new IllegalArgumentException("the target bundle " + target.file() + " is not a translation of "
                    + source.file() + " (kind or article differ)");
        }
    }

    /** The bundle metadata as {@code hp:} attributes of the current element (both XLIFF versions). */
    static void writeMetadata(XMLStreamWriter w, BundleMetadata m) throws XMLStreamException {
        if (m.translator() != null) w.writeAttribute(EXTENSION_NAMESPACE, "translator", XmlText.clean(m.translator()));
        w.writeAttribute(EXTENSION_NAMESPACE, "medicallyReviewed", String.valueOf(m.medicallyReviewed()));
        if (m.reviewer() != null) w.writeAttribute(EXTENSION_NAMESPACE, "reviewer", XmlText.clean(m.reviewer()));
        if (m.reviewDate() != null) w.writeAttribute(EXTENSION_NAMESPACE, "reviewDate", m.reviewDate().toString());
    }

    private static void writeUnit(XMLStreamWriter w, BundleEntry s, BundleEntry t, State wanted) throws XMLStreamException {
        String hash = SourceHash.of(s.text());
        boolean stale = t != null && !t.isTranslationOf(s.text());
        State state = t == null || stale ? State.INITIAL : wanted == null || wanted == State.INITIAL ? State.TRANSLATED : wanted;
        w.writeCharacters("\n    ");
        w.writeStartElement(NAMESPACE, "unit");
        w.writeAttribute("id", s.key());
        w.writeAttribute("canResegment", "no");
        if (stale) w.writeAttribute(EXTENSION_NAMESPACE, "translatedFrom", t.sourceHash() == null ? "" : t.sourceHash());
        w.writeCharacters("\n      ");
        w.writeStartElement(NAMESPACE, "notes");
        note(w, "key", s.key());
        note(w, "source-hash", hash);
        if (s.note() != null) note(w, "description", s.note());
        if (stale) {
            note(w, "stale", "Stale: this translation was made from "
                    + (t.sourceHash() == null ? "an unknown source text" : "an older source text (hash " + t.sourceHash() + ")")
                    + "; the source is now " + hash + ". Check it against the source, revise it and set the state to"
                    + " translated.");
        }
        if (t != null && t.note() != null) note(w, "translation-note", t.note());
        w.writeCharacters("\n      ");
        w.writeEndElement();
        w.writeCharacters("\n      ");
        w.writeStartElement(NAMESPACE, "segment");
        w.writeAttribute("state", state.xmlName());
        w.writeStartElement(NAMESPACE, "source");
        content(w, s.text());
        w.writeEndElement();
        if (t != null) {
            w.writeStartElement(NAMESPACE, "target");
            content(w, t.text());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void note(XMLStreamWriter w, String category, String text) throws XMLStreamException {
        w.writeCharacters("\n        ");
        w.writeStartElement(NAMESPACE, "note");
        w.writeAttribute("category", category);
        XmlText.text(w, XmlText.clean(text));
        w.writeEndElement();
    }

    /** Text of source/target: characters XML cannot carry become {@code <cp hex="…"/>}. */
    private static void content(XMLStreamWriter w, String s) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (!XmlText.xmlChar(s, i, cp)) {
                XmlText.text(w, s.substring(start, i));
                w.writeEmptyElement(NAMESPACE, "cp");
                w.writeAttribute("hex", String.format("%04X", s.charAt(i) & 0xFFFF));
                n = 1;
                start = i + 1;
            }
            i += n;
        }
        XmlText.text(w, s.substring(start));
    }

    /**
     * Reads a translated XLIFF file.
     *
     * @see #read(String, String, Bundle, Locale)
     */
    public static ReadResult read(Path file, Bundle source, Locale targetLocale) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_CHARS) return fileError(name, "xliff.too-large", "the file is over 50 MB", null);
            try (InputStream in = Files.newInputStream(file)) {
                return new XliffReader(name, source, targetLocale).read(factory().createXMLStreamReader(in));
            }
        } catch (IOException e) {
            return fileError(name, "xliff.io", "cannot read the file: " + e.getMessage(), "check the path and permissions");
        } catch (XMLStreamException e) {
            return XliffReader.syntaxError(name, e);
        }
    }

    /**
     * Reads a translated XLIFF 2.0 file (as written by {@link #write}) and builds the target bundle.
     * Checks the structure (well-formed, no DTD, XLIFF 2.0 namespace and version, {@code srcLang} and
     * {@code trgLang}), the units (unknown, duplicate or missing ids, with the parser's line:column) and each
     * target (ICU syntax, the same argument names and the same inline tags as its source). Good units are
     * kept, bad ones reported and left out. A target in state {@code translated}, {@code reviewed} or
     * {@code final} gets the hash of the unit's source (it is current); one in state {@code initial} keeps
     * its old hash from {@code hp:translatedFrom} or gets none (it stays stale).
     *
     * @param fileName the name used in problems
     * @param xml the file's text
     * @param source the current source bundle (keys and source patterns)
     * @param targetLocale the locale the file must be for ({@code trgLang})
     * @return the bundle (file name {@code fileName}), states and problems
     */
    public static ReadResult read(String fileName, String xml, Bundle source, Locale targetLocale) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > MAX_CHARS) return fileError(fileName, "xliff.too-large", "the file is over 50 MB", null);
        try {
            return new XliffReader(fileName, source, targetLocale).read(factory().createXMLStreamReader(new StringReader(xml)));
        } catch (XMLStreamException e) {
            return XliffReader.syntaxError(fileName, e);
        }
    }

    /** The JDK's own StAX implementation (not whatever is on the class path), with DTDs and external entities off. */
    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return f;
    }

    static ReadResult fileError(String file, String code, String message, String hint) {
        return new ReadResult(null, Map.of(), List.of(Problem.builder(code, message).file(file).suggestion(hint).build()));
    }

    static boolean isStart(XMLStreamReader r, String name) {
        return r.getEventType() == XMLStreamConstants.START_ELEMENT && NAMESPACE.equals(r.getNamespaceURI())
                && name.equals(r.getLocalName());
    }
}
