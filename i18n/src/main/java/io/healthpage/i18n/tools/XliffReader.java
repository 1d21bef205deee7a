package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** One run of {@link Xliff#read}: walks the StAX events and collects entries, states and problems. Not thread-safe. */
final class XliffReader {
    private static final String NS = Xliff.NAMESPACE;
    private static final String HP = Xliff.EXTENSION_NAMESPACE;

    private final String file;
    private final Bundle source;
    private final Locale target;
    private final UnitImporter importer;
    private final List<Problem> problems;
    private BundleMetadata metadata;
    private int fileCount;
    private int endLine;
    private int endColumn;

    XliffReader(String file, Bundle source, Locale target) {
        this.file = file;
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "targetLocale");
        this.importer = new UnitImporter(file, source, target, UnitImporter.XLIFF2);
        this.problems = importer.problems;
    }

    static final String DOCTYPE = "the file has a DOCTYPE declaration, which is not allowed (no DTDs, no entities)";

    /**
     * Moves the reader to the root element; returns {@code "doctype"} if a DOCTYPE comes first,
     * {@code "not-xliff"} if there is no element at all, else null.
     */
    static String toRoot(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            if (!r.hasNext()) return "not-xliff";
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) return "doctype";
            if (ev == XMLStreamConstants.START_ELEMENT) return null;
        }
    }

    /** Receives an error about the {@code hp:} metadata (code without prefix). */
    interface MetadataProblem {
        void report(String code, String message, String hint);
    }

    /** The bundle metadata from the {@code hp:} attributes of the element the reader is on (both XLIFF versions). */
    static BundleMetadata metadata(XMLStreamReader r, Bundle source, MetadataProblem problems) {
        String translator = r.getAttributeValue(HP, "translator");
        boolean reviewed = "true".equals(r.getAttributeValue(HP, "medicallyReviewed"));
        String reviewer = r.getAttributeValue(HP, "reviewer");
        LocalDate date = null;
        String dateText = r.getAttributeValue(HP, "reviewDate");
        if (dateText != null && !dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.report("invalid-value", "hp:reviewDate=\"" + dateText + "\" is not a date", "write YYYY-MM-DD");
            }
        }
        if (reviewed && (reviewer == null || reviewer.isBlank())) {
            problems.report("invalid-value", "hp:medicallyReviewed=\"true\" without hp:reviewer: read as not reviewed",
                    "name the reviewer");
            reviewed = false;
        }
        return new BundleMetadata(source.metadata().sourceLocale(), translator, reviewed, reviewer, date);
    }

    static Xliff.ReadResult syntaxError(String file, XMLStreamException e) {
        return syntaxError(file, e, "save the file from the CAT tool again as XLIFF 2.0; DOCTYPE declarations and entities are not allowed");
    }

    /** A file that is not well-formed XML: one problem at the parser's line:column, with {@code hint}. */
    static Xliff.ReadResult syntaxError(String file, XMLStreamException e, String hint) {
        Location l = e.getLocation();
        String msg = String.valueOf(e.getMessage());
        int at = msg.indexOf("Message: ");
        if (at >= 0) msg = msg.substring(at + 9);
        int line = l == null || l.getLineNumber() < 1 ? 0 : l.getLineNumber();
        int column = line == 0 ? 0 : Math.max(1, l.getColumnNumber());
        return new Xliff.ReadResult(null, Map.of(), List.of(Problem.builder("xliff.xml-syntax",
                "not well-formed XML: " + msg.strip()).at(file, line, column).suggestion(hint).build()));
    }

    Xliff.ReadResult read(XMLStreamReader r) throws XMLStreamException {
        try {
            String before = toRoot(r);
            if (before != null) {
                return fail(r, "xliff." + before, before.equals("doctype") ? DOCTYPE : "the file has no root element",
                        before.equals("doctype") ? "remove the <!DOCTYPE …> declaration; XLIFF 2.0 needs none" : null);
            }
            if (!Xliff.isStart(r, "xliff")) {
                return fail(r, "xliff.not-xliff", "the root element is <" + r.getLocalName() + "> in namespace '"
                        + r.getNamespaceURI() + "', not <xliff> in " + NS, "export the file as XLIFF 2.0 (not 1.2)");
            }
            String version = r.getAttributeValue(null, "version");
            if (!"2.0".equals(version)) {
                return fail(r, "xliff.version", "version=\"" + version + "\": only XLIFF 2.0 is read", "export as XLIFF 2.0");
            }
            String src = r.getAttributeValue(null, "srcLang");
            if (src == null || !Locale.forLanguageTag(src).equals(source.locale())) {
                return fail(r, "xliff.locale-mismatch", "srcLang=\"" + src + "\" but the source is "
                        + source.locale().toLanguageTag(), "use the file exported for this article");
            }
            String trg = r.getAttributeValue(null, "trgLang");
            if (trg == null || !Locale.forLanguageTag(trg).equals(target)) {
                return fail(r, "xliff.locale-mismatch", "trgLang=\"" + trg + "\" but the file is read as "
                        + target.toLanguageTag(), "import the file for the locale it was exported for");
            }
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && NS.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "file" -> {
                            if (++fileCount > 1) {
                                problem(Severity.ERROR, r, "xliff.extra-file", null,
                                        "a second <file>: only the first is read", "export and import one bundle per file");
                                skip(r);
                            } else if (!startFile(r)) {
                                return new Xliff.ReadResult(null, Map.of(), problems);
                            }
                        }
                        case "unit" -> unit(r);
                        default -> { } // group, notes of the file, skeleton: look inside for units
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && NS.equals(r.getNamespaceURI())
                        && "file".equals(r.getLocalName())) {
                    endLine = r.getLocation().getLineNumber();
                    endColumn = r.getLocation().getColumnNumber();
                }
            }
        } finally {
            r.close();
        }
        if (fileCount == 0) {
            return new Xliff.ReadResult(null, Map.of(), List.of(Problem.builder("xliff.no-file", "the file has no <file> element")
                    .file(file).suggestion("export the file again").build()));
        }
        return importer.finish(metadata, endLine, endColumn);
    }

    private boolean startFile(XMLStreamReader r) {
        String id = r.getAttributeValue(null, "id");
        String expected = source.articleId() != null ? source.articleId() : "labels";
        if (!expected.equals(id)) {
            problem(Severity.ERROR, r, "xliff.article-mismatch", null, "<file id=\"" + id
                    + "\"> but the source is " + expected, "import the file exported for " + expected);
            return false;
        }
        String kind = r.getAttributeValue(HP, "kind");
        if (kind != null && !kind.equals(source.kind().fileName())) {
            problem(Severity.ERROR, r, "xliff.article-mismatch", null, "hp:kind=\"" + kind
                    + "\" but the source is " + source.kind().fileName(), "import the file exported for " + expected);
            return false;
        }
        metadata = metadata(r, source, (code, message, hint) -> problem(Severity.ERROR, r, "xliff." + code, null,
                message, hint));
        return true;
    }

    /** Reads one {@code <unit>} (the reader is on its start tag) and keeps it if it is good. */
    private void unit(XMLStreamReader r) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        int column = r.getLocation().getColumnNumber();
        String id = r.getAttributeValue(null, "id");
        String translatedFrom = r.getAttributeValue(HP, "translatedFrom");
        StringBuilder src = new StringBuilder();
        StringBuilder trg = new StringBuilder();
        boolean hasTarget = false;
        String note = null;
        Xliff.State state = null;
        String badState = null;
        String inlineError = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            if (!NS.equals(r.getNamespaceURI())) {
                skip(r);
                depth--;
                continue;
            }
            switch (r.getLocalName()) {
                case "note" -> {
                    String category = r.getAttributeValue(null, "category");
                    String text = r.getElementText();
                    depth--;
                    if ("translation-note".equals(category)) note = note == null ? text : note + "\n" + text;
                }
                case "segment" -> {
                    String s = r.getAttributeValue(null, "state");
                    Xliff.State st = s == null ? Xliff.State.INITIAL : Xliff.State.parse(s);
                    if (st == null) badState = s;
                    else if (state == null || st.compareTo(state) < 0) state = st;
                }
                case "source", "target" -> {
                    boolean isTarget = r.getLocalName().equals("target");
                    String err = content(r, isTarget ? trg : src);
                    depth--;
                    if (isTarget) hasTarget = true;
                    if (err != null && inlineError == null) inlineError = err;
                }
                default -> { } // notes, segment, ignorable, originalData: go inside
            }
        }
        UnitImporter.Error error = badState != null
                ? new UnitImporter.Error("invalid-state", "state=\"" + badState + "\" is not an XLIFF 2.0 state",
                        "use initial, translated, reviewed or final")
                : inlineError != null ? new UnitImporter.Error("inline-code", inlineError, "these files carry tags such as"
                        + " <em> as plain text; type them as they appear in <source>") : null;
        importer.add(new UnitImporter.Unit(line, column, id == null ? List.of() : List.of(id), false, src.toString(),
                hasTarget ? trg.toString() : null, state == null ? Xliff.State.INITIAL : state, translatedFrom, note, error));
    }

    /**
     * Appends the text of {@code <source>}/{@code <target>} (the reader is on its start tag; ends on its end
     * tag): {@code <cp hex>} become their character, {@code <mrk>} keeps its text, {@code <sm/>}/{@code <em/>}
     * are dropped. Returns a description of the first other inline element, or null.
     */
    private String content(XMLStreamReader r, StringBuilder out) throws XMLStreamException {
        String where = r.getLocalName();
        String error = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> out.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = r.getLocalName();
                    boolean core = NS.equals(r.getNamespaceURI());
                    if (core && name.equals("cp")) {
                        String hex = r.getAttributeValue(null, "hex");
                        try {
                            out.appendCodePoint(Integer.parseInt(hex, 16));
                        } catch (IllegalArgumentException | NullPointerException e) {
                            if (error == null) error = "<cp hex=\"" + hex + "\"> in <" + where + "> is not a code point";
                        }
                    } else if (core && (name.equals("mrk") || name.equals("sm") || name.equals("em"))) {
                        continue; // annotations: keep the text inside, drop the markers
                    } else if (error == null) {
                        error = "inline element <" + name + "> in <" + where + ">";
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (error == null) error = "entity reference &" + r.getLocalName() + "; in <" + where + ">";
                }
                default -> { }
            }
        }
        return error;
    }

    /** Skips the element the reader is on, to its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private Xliff.ReadResult fail(XMLStreamReader r, String code, String message, String hint) {
        problem(Severity.ERROR, r, code, null, message, hint);
        return new Xliff.ReadResult(null, Map.of(), problems);
    }

    private void problem(Severity severity, XMLStreamReader r, String code, String key, String message,
            String hint) {
        Location l = r.getLocation();
        int line = l == null || l.getLineNumber() < 1 ? 0 : l.getLineNumber();
        problems.add(Problem.builder(code, message).severity(severity)
                .at(file, line, line == 0 ? 0 : Math.max(1, l.getColumnNumber())).key(key).suggestion(hint).build());
    }
}
