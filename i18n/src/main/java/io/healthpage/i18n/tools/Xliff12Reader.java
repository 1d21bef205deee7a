package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One run of {@link TranslationExchange#read} for an XLIFF 1.2 (or 1.1, as translate-toolkit's
 * {@code po2xliff} writes) file. Units are found by {@code id}, {@code resname}, a location context or,
 * failing those, their source text; inline codes are turned back into the pattern text they carry (a
 * {@code <x/>}, {@code <g>} or an emptied code takes the text of the source's code with the same id).
 * Not thread-safe.
 */
final class Xliff12Reader {
    static final Set<String> NAMESPACES = Set.of(Xliff12Writer.NAMESPACE, "urn:oasis:names:tc:xliff:document:1.1");
    private static final String HP = Xliff.EXTENSION_NAMESPACE;
    private static final Set<String> INITIAL_STATES = Set.of("new", "needs-translation", "needs-adaptation", "needs-l10n",
            "needs-review-translation", "needs-review-adaptation", "needs-review-l10n");

    private final String file;
    private final Bundle source;
    private final Locale target;
    private final UnitImporter importer;
    private BundleMetadata metadata;
    private int files;
    private int endLine;
    private int endColumn;

    Xliff12Reader(String file, Bundle source, Locale target) {
        this.file = file;
        this.source = source;
        this.target = target;
        this.importer = new UnitImporter(file, source, target, UnitImporter.XLIFF12);
    }

    Xliff.ReadResult read(XMLStreamReader r) throws XMLStreamException {
        try {
            String before = XliffReader.toRoot(r);
            if (before != null) {
                return fail(r, before, before.equals("doctype") ? XliffReader.DOCTYPE : "the file has no root element",
                        before.equals("doctype") ? "remove the <!DOCTYPE …> declaration; XLIFF 1.2 needs none" : null);
            }
            if (!"xliff".equals(r.getLocalName()) || !NAMESPACES.contains(r.getNamespaceURI())) {
                return fail(r, "not-xliff", "the root element is <" + r.getLocalName() + "> in namespace '" + r.getNamespaceURI()
                        + "', not XLIFF 1.2's <xliff> in " + Xliff12Writer.NAMESPACE, "export the file as XLIFF 1.2");
            }
            String version = r.getAttributeValue(null, "version");
            if (!"1.2".equals(version) && !"1.1".equals(version)) {
                return fail(r, "version", "version=\"" + version + "\": only XLIFF 1.2 (and 1.1) is read here",
                        "export as XLIFF 1.2, or import the file as the version it has");
            }
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && NAMESPACES.contains(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "file" -> {
                            if (++files > 1) {
                                problem(Severity.ERROR, r, "extra-file", "a second <file>: only the first is read",
                                        "export and import one bundle per file");
                                skip(r);
                            } else if (!startFile(r)) {
                                return importer.unusable();
                            }
                        }
                        case "trans-unit" -> unit(r);
                        case "bin-unit", "header" -> skip(r);
                        default -> { } // body, group: look inside for units
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && "file".equals(r.getLocalName())) {
                    endLine = r.getLocation().getLineNumber();
                    endColumn = r.getLocation().getColumnNumber();
                }
            }
        } finally {
            r.close();
        }
        if (files == 0) {
            importer.problem(Severity.ERROR, "no-file", 0, 0, null, "the file has no <file> element", "export the file again");
            return importer.unusable();
        }
        return importer.finish(metadata, endLine, endColumn);
    }

    private boolean startFile(XMLStreamReader r) {
        String expected = source.articleId() != null ? source.articleId() : "labels";
        String article = r.getAttributeValue(HP, "article");
        if (article != null && !article.equals(expected)) {
            problem(Severity.ERROR, r, "article-mismatch", "hp:article=\"" + article + "\" but the source is " + expected,
                    "import the file exported for " + expected);
            return false;
        }
        String kind = r.getAttributeValue(HP, "kind");
        if (kind != null && !kind.equals(source.kind().fileName())) {
            problem(Severity.ERROR, r, "article-mismatch", "hp:kind=\"" + kind + "\" but the source is "
                    + source.kind().fileName(), "import the file exported for " + expected);
            return false;
        }
        String src = r.getAttributeValue(null, "source-language");
        if (src == null || !Locale.forLanguageTag(src).getLanguage().equals(source.locale().getLanguage())) {
            problem(Severity.ERROR, r, "locale-mismatch", "source-language=\"" + src + "\" but the source is "
                    + source.locale().toLanguageTag(), "use the file exported for this article");
            return false;
        }
        String trg = r.getAttributeValue(null, "target-language");
        if (trg == null) {
            problem(Severity.WARNING, r, "no-language", "<file> has no target-language: read as " + target.toLanguageTag(),
                    "set target-language");
        } else if (!Locale.forLanguageTag(trg).equals(target)) {
            boolean sameLanguage = Locale.forLanguageTag(trg).getLanguage().equals(target.getLanguage());
            problem(sameLanguage ? Severity.WARNING : Severity.ERROR, r, "locale-mismatch",
                    "target-language=\"" + trg + "\" but the file is read as " + target.toLanguageTag()
                            + (sameLanguage ? ": same language, read as " + target.toLanguageTag() : ""),
                    "import the file for the locale it was exported for");
            if (!sameLanguage) return false;
        }
        metadata = XliffReader.metadata(r, source, (code, message, hint) -> problem(Severity.ERROR, r, code, message, hint));
        return true;
    }

    /** Reads one {@code <trans-unit>} (the reader is on its start tag). */
    private void unit(XMLStreamReader r) throws XMLStreamException {
        if ("x-gettext-domain-header".equals(r.getAttributeValue(null, "restype"))) { // po2xliff's copy of the PO header
            skip(r);
            return;
        }
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        List<String> keys = new ArrayList<>();
        keys.add(r.getAttributeValue(null, "id"));
        keys.add(r.getAttributeValue(null, "resname"));
        String approved = r.getAttributeValue(null, "approved");
        String translatedFrom = r.getAttributeValue(HP, "translatedFrom");
        Codes codes = new Codes();
        String src = null;
        String trg = null;
        String stateText = null;
        List<String> notes = new ArrayList<>();
        String inlineError = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            if (!NAMESPACES.contains(r.getNamespaceURI())) {
                skip(r);
                continue;
            }
            switch (r.getLocalName()) {
                case "source" -> {
                    StringBuilder sb = new StringBuilder();
                    String err = content(r, sb, codes, true);
                    src = sb.toString();
                    if (err != null && inlineError == null) inlineError = err;
                }
                case "target" -> {
                    stateText = r.getAttributeValue(null, "state");
                    StringBuilder sb = new StringBuilder();
                    String err = content(r, sb, codes, false);
                    trg = sb.toString();
                    if (err != null && inlineError == null) inlineError = err;
                }
                case "note" -> {
                    String from = r.getAttributeValue(null, "from");
                    String text = r.getElementText();
                    if (from != null && from.contains("translator")) notes.add(text);
                }
                case "context-group" -> {
                    boolean location = "location".equals(r.getAttributeValue(null, "purpose"));
                    int d = 1;
                    while (d > 0) {
                        int e = r.next();
                        if (e == XMLStreamConstants.END_ELEMENT) d--;
                        else if (e == XMLStreamConstants.START_ELEMENT) {
                            if (location && "context".equals(r.getLocalName()) && "sourcefile".equals(r.getAttributeValue(null, "context-type"))) {
                                keys.add(r.getElementText().strip());
                            } else {
                                d++;
                            }
                        }
                    }
                }
                default -> skip(r); // seg-source, alt-trans, count-group, prop-group, …
            }
        }
        UnitImporter.Error error = null;
        Xliff.State state;
        if (stateText == null) {
            state = "yes".equals(approved) ? Xliff.State.TRANSLATED : Xliff.State.INITIAL;
        } else {
            state = switch (stateText) {
                case "translated" -> Xliff.State.TRANSLATED;
                case "signed-off" -> Xliff.State.REVIEWED;
                case "final" -> Xliff.State.FINAL;
                default -> INITIAL_STATES.contains(stateText) || stateText.startsWith("x-") ? Xliff.State.INITIAL : null;
            };
            if (state == null) {
                error = new UnitImporter.Error("invalid-state", "state=\"" + stateText + "\" is not an XLIFF 1.2 state",
                        "use needs-translation, needs-review-translation, translated, signed-off or final");
            } else if (state != Xliff.State.INITIAL && "no".equals(approved)) {
                String key = keys.get(0) != null ? keys.get(0) : keys.size() > 1 ? keys.get(1) : null;
                importer.problem(Severity.WARNING, "not-approved", line, column, key,
                        "state=\"" + stateText + "\" but approved=\"no\": read as not yet confirmed",
                        "set approved=\"yes\" when the translation is done");
                state = Xliff.State.INITIAL;
            }
        }
        if (error == null && inlineError != null) {
            error = new UnitImporter.Error("inline-code", inlineError, "keep the codes of <source> (shown as tags or"
                    + " placeholders by your tool); do not type XLIFF markup");
        }
        UnitImporter.Note note = UnitImporter.Note.of(notes);
        importer.add(new UnitImporter.Unit(line, column, keys, true, src, trg == null || trg.isEmpty() ? null : trg,
                state, translatedFrom != null ? translatedFrom : note.translatedFrom(), note.note(), error));
    }

    /** The source's codes by element and id, to resolve {@code <x/>}, {@code <g>} and emptied codes in the target. */
    private static final class Codes {
        final Map<String, String> byId = new HashMap<>();
        final Map<String, String> eptByRid = new HashMap<>();
    }

    /**
     * Appends the pattern text of {@code <source>}/{@code <target>} (the reader is on its start tag; ends on its
     * end tag). Returns a description of the first inline element that cannot be turned back into text, or null.
     */
    private String content(XMLStreamReader r, StringBuilder out, Codes codes, boolean isSource) throws XMLStreamException {
        String where = r.getLocalName();
        String error = null;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return error;
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (error == null) error = "entity reference &" + r.getLocalName() + "; in <" + where + ">";
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = r.getLocalName();
                    boolean core = NAMESPACES.contains(r.getNamespaceURI());
                    String id = r.getAttributeValue(null, "id");
                    String rid = r.getAttributeValue(null, "rid");
                    String ch = r.getAttributeValue(HP, "char");
                    if (core && (name.equals("ph") || name.equals("bpt") || name.equals("ept") || name.equals("it"))) {
                        String text = codeText(r);
                        if (ch != null) {
                            try {
                                text = String.valueOf((char) Integer.parseInt(ch, 16));
                            } catch (NumberFormatException e) {
                                if (error == null) error = "hp:char=\"" + ch + "\" in <" + where + "> is not a hex character code";
                            }
                        }
                        if (isSource) {
                            codes.byId.put(name + ":" + id, text);
                            if (name.equals("ept")) codes.eptByRid.put(rid != null ? rid : id, text);
                        } else if (text.isEmpty() && codes.byId.containsKey(name + ":" + id)) {
                            text = codes.byId.get(name + ":" + id);
                        }
                        out.append(text);
                    } else if (core && !isSource && (name.equals("x") || name.equals("bx") || name.equals("ex"))) {
                        String of = name.equals("x") ? "ph" : name.equals("bx") ? "bpt" : "ept";
                        String text = codes.byId.get(of + ":" + id);
                        if (text == null && error == null) error = "<" + name + " id=\"" + id + "\"/> in <" + where + "> matches no code of <source>";
                        if (text != null) out.append(text);
                        skip(r);
                    } else if (core && !isSource && name.equals("g")) {
                        String open = codes.byId.get("bpt:" + id);
                        String close = codes.eptByRid.get(id);
                        if ((open == null || close == null) && error == null) {
                            error = "<g id=\"" + id + "\"> in <" + where + "> matches no tag pair of <source>";
                        }
                        out.append(open == null ? "" : open);
                        String inner = content(r, out, codes, false);
                        if (inner != null && error == null) error = inner;
                        out.append(close == null ? "" : close);
                    } else if (core && name.equals("mrk")) {
                        String inner = content(r, out, codes, isSource);
                        if (inner != null && error == null) error = inner;
                    } else {
                        if (error == null) error = "inline element <" + name + "> in <" + where + ">";
                        skip(r);
                    }
                }
                default -> { }
            }
        }
    }

    /** The text inside a code element (its original text); {@code <sub>} is not expected and is dropped. */
    private static String codeText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
            else if (depth == 1 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) sb.append(r.getText());
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        XliffReader.skip(r);
    }

    private Xliff.ReadResult fail(XMLStreamReader r, String code, String message, String hint) {
        problem(Severity.ERROR, r, code, message, hint);
        return importer.unusable();
    }

    private void problem(Severity severity, XMLStreamReader r, String code, String message, String hint) {
        Location l = r.getLocation();
        int line = l == null || l.getLineNumber() < 1 ? 0 : l.getLineNumber();
        importer.problem(severity, code, line, l == null ? 0 : l.getColumnNumber(), null, message, hint);
    }
}
